import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { type Logger, runSafe } from '../../../server/src/lsp/runSafe';

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (m) => errors.push(m), warn: () => undefined, info: () => undefined };
}

describe('runSafe', () => {
  it('answers the handler result', () => {
    assert.equal(runSafe(recordingLogger(), 'hover', null, undefined, () => 'ok'), 'ok');
  });

  it('logs a failure with its context and answers the fallback', () => {
    const logger = recordingLogger();
    const result = runSafe(logger, 'hover at file:///a.ts:3', [], undefined, () => {
      throw new Error('boom');
    });
    assert.deepEqual(result, []);
    assert.equal(logger.errors.length, 1);
    assert.match(logger.errors[0]!, /^hover at file:\/\/\/a\.ts:3 failed: Error: boom/);
  });

  it('turns a cancelled request into the protocol cancelled error', () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const result = runSafe(recordingLogger(), 'hover', null, source.token, () => 'late');
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
  });
});
