// splitReasonCell decides whether a cell leads with a reason before its explanation (Slate, Mailgun).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitReasonCell } from '../../../../server/src/catalog/parsers/splitReasonCell';

test('"Reason -- description" and "Reason - description" give the reason', () => {
  assert.deepEqual(splitReasonCell('Bad Request -- Your request is invalid.'), { reason: 'Bad Request', description: 'Your request is invalid.' });
  assert.deepEqual(splitReasonCell('Too many requests - An API request limit has been reached'), {
    reason: 'Too many requests',
    description: 'An API request limit has been reached',
  });
  assert.deepEqual(splitReasonCell('Server Errors — Something is wrong'), { reason: 'Server Errors', description: 'Something is wrong' });
});

test('look-alikes: a sentence with a dash, a hyphenated word, no dash at all', () => {
  assert.equal(splitReasonCell('The request failed, because the server - as usual - was busy'), null);
  assert.equal(splitReasonCell('Non-Authoritative Information'), null);
  assert.equal(splitReasonCell('Everything worked as expected'), null);
  assert.equal(splitReasonCell('One of the seven listed reasons for a failure here - see below'), null);
});
