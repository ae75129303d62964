/** The server's writer after a stub handover: its own answer to the `initialize` the stub answered is not sent again. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emitter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { initializeResult } from '../../../server/src/lsp/capabilities';
import { EarlyAnsweredWriter } from '../../../server/src/lsp/earlyAnsweredWriter';

function recordingWriter(): MessageWriter & { written: Message[] } {
  const written: Message[] = [];
  return {
    written,
    onError: new Emitter<[Error, Message | undefined, number | undefined]>().event,
    onClose: new Emitter<void>().event,
    write: (message) => {
      written.push(message);
      return Promise.resolve();
    },
    end: () => undefined,
    dispose: () => undefined,
  };
}

const log = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 4, message: 'loading' } } as Message;

describe('EarlyAnsweredWriter', () => {
  it('drops the response to the answered id once, and passes everything else in order', async () => {
    const inner = recordingWriter();
    const writer = new EarlyAnsweredWriter(inner, { id: 1, result: initializeResult() });
    const hover = { jsonrpc: '2.0', id: 2, result: null } as Message;
    const again = { jsonrpc: '2.0', id: 1, result: null } as Message;
    const request = { jsonrpc: '2.0', id: 1, method: 'client/registerCapability', params: {} } as Message;
    for (const message of [log, request, { jsonrpc: '2.0', id: 1, result: initializeResult() } as Message, hover, again]) await writer.write(message);
    assert.deepEqual(inner.written, [log, request, hover, again]);
  });

  it('tells the client when the dropped answer is an error or differs from the one it got', async () => {
    const failed = recordingWriter();
    await new EarlyAnsweredWriter(failed, { id: 'a', result: initializeResult() }).write({ jsonrpc: '2.0', id: 'a', error: { code: -32603, message: 'boom' } } as Message);
    assert.deepEqual(failed.written, [
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message: 'initialize failed after it was answered (the server may not work as its capabilities say): boom' } },
    ]);
    const differing = recordingWriter();
    await new EarlyAnsweredWriter(differing, { id: 1, result: { capabilities: {} } }).write({ jsonrpc: '2.0', id: 1, result: { capabilities: { hoverProvider: true } } } as Message);
    assert.deepEqual(differing.written, [
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message: 'initialize was answered with {"capabilities":{}}, but the server answers {"capabilities":{"hoverProvider":true}}' } },
    ]);
  });
});
