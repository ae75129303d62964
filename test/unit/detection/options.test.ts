import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStatusNameRules, splitWords } from '../../../server/src/detection/statusNames';
import { expectLiterals, expectNone } from './marked';

describe('configurable names', () => {
  it('adds property names from options, in TS and JSON', () => {
    expectNone('const r = { outcome: 404 };');
    expectLiterals('const r = { outcome: «404» };', 'property', 'typescript', { extraPropertyNames: ['outcome'] });
    expectLiterals('{"Outcome": «404»}', 'property', 'json', { extraPropertyNames: ['outcome'] });
  });

  it('adds call names from options: their first numeric argument is a status', () => {
    expectNone("respondWith('x', 404);");
    expectLiterals("respondWith('x', «404»);", 'call-argument', 'typescript', { extraCallNames: ['respondWith'] });
    expectLiterals('api.fail(«4040»);', 'call-argument', 'typescript', { extraCallNames: ['fail'] });
  });

  it('keeps the defaults when options are empty', () => {
    expectLiterals('res.status(«200»)', 'call-argument', 'typescript', { extraCallNames: [], extraPropertyNames: [] });
  });
});

describe('name rules', () => {
  it('splits identifiers into words', () => {
    assert.deepEqual(splitWords('HTTPStatusCode'), ['http', 'status', 'code']);
    assert.deepEqual(splitWords('retry_after_status_codes'), ['retry', 'after', 'status', 'codes']);
    assert.deepEqual(splitWords('x-status'), ['x', 'status']);
    assert.deepEqual(splitWords('httpstatuscode'), ['http', 'status', 'code']);
    assert.deepEqual(splitWords('constructor'), ['constructor']);
  });

  it('tells status names from look-alikes', () => {
    const names = createStatusNameRules();
    for (const name of ['status', 'statusCode', 'STATUS_CODE', 'httpStatus', 'httpStatusCode', 'expectedStatus', 'responseStatus', 'httpCode']) {
      assert.ok(names.isStatusName(name), name);
    }
    for (const name of ['statusText', 'statusMessage', 'exitStatus', 'statusBarHeight', 'code', 'responseCode', 'toString', '__proto__']) {
      assert.ok(!names.isStatusName(name), name);
    }
    assert.ok(names.isStatusListName('statusCodesToRetry'));
    assert.ok(!names.isStatusListName('statusTextList'));
    assert.ok(names.isStatusKeyedName('STATUS_TEXT'));
    for (const name of ['status', 'sendStatus', 'setStatus', 'toHaveStatus', 'expectStatus', 'toHaveStatusCode', 'writeHead']) {
      assert.ok(names.isStatusCallName(name), name);
    }
    for (const name of ['getStatus', 'updateStatus', 'statusText', 'setStatusBar']) {
      assert.ok(!names.isStatusCallName(name), name);
    }
  });
});
