/** The entry stub's side of a `--stdio` start: framing the first message, reading it from a stream, answering it. */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { initializeResult } from '../../../server/src/lsp/capabilities';
import { frameFirstMessage, frameMessage, MAX_HEADER_BYTES } from '../../../server/src/lsp/messageFraming';
import { answerEarly, readFirstMessage, transportOf } from '../../../server/src/lsp/stdioHandover';

const initialize = { jsonrpc: '2.0', id: 7, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, locale: 'zh-cn' } };
const initialized = { jsonrpc: '2.0', method: 'initialized', params: {} };

describe('first message framing', () => {
  it('finds the body after the headers, whatever their case and order', () => {
    const body = '{"a":"é"}';
    const bytes = Buffer.from(`content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: 10\r\n\r\n${body}rest`);
    const framing = frameFirstMessage(bytes);
    assert.deepEqual(framing, { kind: 'complete', bodyStart: bytes.indexOf('{'), bodyEnd: bytes.indexOf('{') + 10 });
    assert.equal(bytes.toString('utf8', bytes.indexOf('{'), bytes.indexOf('{') + 10), body);
  });

  it('asks for more bytes until the headers and the whole body are there', () => {
    const whole = frameMessage(initialize);
    for (const end of [0, 1, 15, 16, 17, 18, 19, whole.length - 1]) {
      assert.deepEqual(frameFirstMessage(whole.subarray(0, end)), { kind: 'incomplete' }, `cut at ${end}`);
    }
    assert.equal(frameFirstMessage(whole).kind, 'complete');
  });

  it('tells why bytes are not a message', () => {
    const reason = (text: string) => {
      const framing = frameFirstMessage(Buffer.from(text));
      return framing.kind === 'broken' ? framing.reason : framing.kind;
    };
    assert.equal(reason('Content-Type: x\r\n\r\n{}'), 'no Content-Length header');
    assert.equal(reason('Content-Length: ten\r\n\r\n{}'), 'Content-Length is not a number: "ten"');
    assert.equal(reason('hello\r\n\r\n'), 'a header line without a colon: "hello"');
    assert.equal(reason('x'.repeat(MAX_HEADER_BYTES + 1)), `no end of headers in the first ${MAX_HEADER_BYTES} bytes`);
  });
});

describe('the transport the library will pick', () => {
  it('is the first one named on the command line', () => {
    assert.equal(transportOf(['--stdio']), 'stdio');
    assert.equal(transportOf(['--clientProcessId=12', '--stdio']), 'stdio');
    assert.equal(transportOf(['--node-ipc', '--stdio']), 'node-ipc');
    assert.equal(transportOf(['--socket=5000']), 'socket');
    assert.equal(transportOf(['--socket', '5000', '--stdio']), 'socket');
    assert.equal(transportOf(['--pipe=/tmp/p']), 'pipe');
    assert.equal(transportOf([]), undefined);
  });
});

describe('reading the first message', () => {
  it('stops after it, keeping every byte read, and leaves the rest in the stream', async () => {
    const input = new PassThrough();
    const first = frameMessage(initialize);
    const next = frameMessage(initialized);
    const all = Buffer.concat([first, next]);
    const reading = readFirstMessage(input);
    // Split mid-header, then mid-body, then with the next message's start in the same chunk.
    input.write(all.subarray(0, 9));
    input.write(all.subarray(9, 40));
    input.write(all.subarray(40, first.length + 5));
    const read = await reading;
    assert.deepEqual(read.message, initialize);
    assert.equal(read.ended, false);
    assert.deepEqual(read.bytes, all.subarray(0, first.length + 5));
    input.write(all.subarray(first.length + 5));
    assert.deepEqual(input.read(), all.subarray(first.length + 5));
  });

  it('hands over what it read when the stream ends first, or the bytes are not a message', async () => {
    const ending = new PassThrough();
    const reading = readFirstMessage(ending);
    ending.end(Buffer.from('Content-Length: 99\r\n\r\n{'));
    assert.deepEqual(await reading, { bytes: Buffer.from('Content-Length: 99\r\n\r\n{'), ended: true });

    const junk = new PassThrough();
    const readingJunk = readFirstMessage(junk);
    junk.write(Buffer.from('Content-Length: 3\r\n\r\n{x}'));
    const read = await readingJunk;
    assert.equal(read.message, undefined);
    assert.match(read.problem ?? '', /^the first message is not JSON: /);
  });
});

describe('answering early', () => {
  it('answers initialize with the capabilities module result, framed as vscode-jsonrpc frames it', () => {
    const output = new PassThrough();
    const bytes = frameMessage(initialize);
    const handover = answerEarly({ bytes, ended: false, message: initialize }, output);
    assert.deepEqual(handover, { bytes, ended: false, answered: { id: 7, result: initializeResult() } });
    const written = output.read() as Buffer;
    assert.deepEqual(written, frameMessage({ jsonrpc: '2.0', id: 7, result: initializeResult() }));
  });

  it('answers nothing else: shutdown, exit, a notification, a non-message', () => {
    for (const message of [
      { jsonrpc: '2.0', id: 1, method: 'shutdown' },
      { jsonrpc: '2.0', method: 'exit' },
      { jsonrpc: '2.0', method: 'initialize', params: {} },
      { jsonrpc: '2.0', id: null, method: 'initialize' },
      'initialize',
      undefined,
    ]) {
      const output = new PassThrough();
      const bytes = Buffer.from('x');
      assert.deepEqual(answerEarly({ bytes, ended: false, message }, output), { bytes, ended: false }, JSON.stringify(message));
      assert.equal(output.read(), null);
    }
  });
});
