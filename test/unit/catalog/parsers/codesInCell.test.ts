// codesInCell decides what a status-code cell says: codes with their trailing phrase, a row to skip
// quietly, or a malformed cell worth a problem.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCodeCell } from '../../../../server/src/catalog/parsers/codesInCell';

test('one code, with or without the phrase after it', () => {
  assert.deepEqual(readCodeCell('200'), { kind: 'codes', codes: [200], rest: '' });
  assert.deepEqual(readCodeCell('400 格式错误'), { kind: 'codes', codes: [400], rest: '格式错误' });
  assert.deepEqual(readCodeCell('200 (OK)'), { kind: 'codes', codes: [200], rest: 'OK' });
  assert.deepEqual(readCodeCell('404Not Found'), { kind: 'codes', codes: [404], rest: 'Not Found' });
});

test('several codes in one cell, in the order written', () => {
  assert.deepEqual(readCodeCell('301, 302, 303, and 308'), { kind: 'codes', codes: [301, 302, 303, 308], rest: '' });
  assert.deepEqual(readCodeCell('500, 502, 503, 504'), { kind: 'codes', codes: [500, 502, 503, 504], rest: '' });
  assert.deepEqual(readCodeCell('204, 301, and 302'), { kind: 'codes', codes: [204, 301, 302], rest: '' });
  assert.deepEqual(readCodeCell('401 / 403 Denied'), { kind: 'codes', codes: [401, 403], rest: 'Denied' });
  // Look-alike: a code followed by words that merely contain a number stays one code.
  assert.deepEqual(readCodeCell('429 Too Many Requests, 60 per minute'), { kind: 'codes', codes: [429], rest: 'Too Many Requests, 60 per minute' });
});

test('vendor statuses above 599 are three-digit codes', () => {
  assert.deepEqual(readCodeCell('608'), { kind: 'codes', codes: [608], rest: '' });
  assert.deepEqual(readCodeCell('701'), { kind: 'codes', codes: [701], rest: '' });
});

test('ranges, addresses, classes, long application codes, 0 and notes are skipped, not codes', () => {
  for (const text of ['100-101, 255', '200 - 299', '127.0.0.1', '7xx', '5XX', '100001', '4001', '0', 'All other codes']) {
    assert.equal(readCodeCell(text).kind, 'skip', text);
  }
});

test('a malformed cell is a problem', () => {
  assert.deepEqual(readCodeCell('abc'), { kind: 'problem', message: "status code cell 'abc' is not a number" });
  assert.deepEqual(readCodeCell('42'), { kind: 'problem', message: "status code cell '42' is not a three-digit code" });
});
