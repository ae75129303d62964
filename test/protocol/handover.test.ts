/**
 * The entry stub's `--stdio` handover (server/src/lsp/stdioHandover.ts): `initialize` is answered with the
 * capabilities module's result before dist/server-main.js is loaded, and the server then reads the same stream as if
 * it had read it from the start: what it answers equals what dist/server-main.js answers when run alone on the same
 * bytes, however they are cut into chunks.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { type Message, type NotificationMessage, type ResponseMessage, StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { initializeResult } from '../../server/src/lsp/capabilities';
import { frameMessage } from '../../server/src/lsp/messageFraming';
import { SERVER } from './lspClient';

const SERVER_MAIN = join(dirname(SERVER), 'server-main.js');
const FIRST_WRITE = join(__dirname, 'recordFirstWrite.cjs');
const URI = 'file:///work/orders.json';
const TEXT = '[\n  { "statusCode": 409, "outcome": 404 },\n  { "statusCode": 499 }\n]\n';

function request(id: number, method: string, params: unknown): Message {
  return { jsonrpc: '2.0', id, method, params } as Message;
}
function notification(method: string, params: unknown): Message {
  return { jsonrpc: '2.0', method, params } as Message;
}

/** initialize, initialized, didOpen and two hovers (on 409, and on the `outcome` value), as the client writes them. */
function session(initializationOptions: unknown, locale = 'en'): Buffer[] {
  return [
    request(1, 'initialize', { processId: null, rootUri: null, locale, capabilities: {}, initializationOptions }),
    notification('initialized', {}),
    notification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: TEXT } }),
    request(2, 'textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 20 } }),
    request(3, 'textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 37 } }),
  ].map(frameMessage);
}

interface Transcript {
  /** Every response, in the order written. */
  responses: ResponseMessage[];
  diagnostics: unknown;
  logs: string[];
  /** Files of dist/ loaded when the process first wrote to stdout. */
  loadedAtFirstWrite: string[];
}

/**
 * Runs `file --stdio`, writes `bytes` cut at `cuts` (each piece after the last was read), waits for both hovers
 * and the document's diagnostics, then ends the session with shutdown and exit.
 */
async function run(file: string, bytes: Buffer, cuts: number[] = []): Promise<Transcript> {
  const firstWrite = join(mkdtempSync(join(tmpdir(), 'status-catalog-handover-')), 'first-write.json');
  const child = spawn(process.execPath, ['--require', FIRST_WRITE, file, '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, STATUS_CATALOG_FIRST_WRITE: firstWrite },
  });
  child.stderr.on('data', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const responses: ResponseMessage[] = [];
  const logs: string[] = [];
  let diagnostics: unknown;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no hovers and diagnostics within 20 s: ${JSON.stringify(responses)}`)), 20_000);
    new StreamMessageReader(child.stdout).listen((message) => {
      if ('id' in message && !('method' in message)) responses.push(message as ResponseMessage);
      const { method, params } = message as NotificationMessage;
      if (method === 'window/logMessage') logs.push((params as { message: string }).message);
      if (method === 'textDocument/publishDiagnostics' && (params as { uri: string }).uri === URI) diagnostics = params;
      if (diagnostics && responses.some((r) => r.id === 2) && responses.some((r) => r.id === 3)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      child.stdin.write(bytes.subarray(from, cut));
      from = cut;
      // Long enough for the piece to be read on its own, and for later pieces to come while the server loads.
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await done;
    child.stdin.write(Buffer.concat([frameMessage(request(4, 'shutdown', null)), frameMessage(notification('exit', null))]));
    assert.equal(await exited, 0, 'exit after shutdown: code 0');
  } finally {
    child.kill();
  }
  const loaded = JSON.parse(readFileSync(firstWrite, 'utf8')) as string[];
  return {
    responses,
    diagnostics,
    logs,
    loadedAtFirstWrite: loaded.filter((path) => dirname(path) === dirname(SERVER)).map((path) => basename(path)).sort(),
  };
}

/** What a client sees: the answers by id, and the diagnostics (log texts carry timings). */
function answers(transcript: Transcript): { responses: ResponseMessage[]; diagnostics: unknown } {
  return { responses: [...transcript.responses].sort((a, b) => Number(a.id) - Number(b.id)), diagnostics: transcript.diagnostics };
}

describe('the stub handover over --stdio (issue 10)', () => {
  const settings = { statusCatalog: { propertyNames: ['outcome'], severity: { invalidCode: 'warning' } } };

  it('answers initialize with the capabilities module result before loading the server, once', async () => {
    const bytes = Buffer.concat(session({}));
    const transcript = await run(SERVER, bytes);
    assert.deepEqual(transcript.loadedAtFirstWrite, ['server.js']);
    const initialize = transcript.responses.filter((response) => response.id === 1);
    assert.deepEqual(initialize, [{ jsonrpc: '2.0', id: 1, result: initializeResult() }]);
    assert.equal(transcript.responses[0]?.id, 1, 'the first response');
    assert.deepEqual(transcript.logs.filter((message) => message.includes('initialize')), []);
    // Run alone, the server loads before it answers, and answers the same.
    const alone = await run(SERVER_MAIN, bytes);
    assert.ok(alone.loadedAtFirstWrite.includes('server-main.js'));
    assert.deepEqual(alone.responses.find((response) => response.id === 1), initialize[0]);
  });

  it('gives the first hovers and diagnostics exactly as the server alone does, the whole session in one chunk', async () => {
    const bytes = Buffer.concat(session({}));
    const handedOver = await run(SERVER, bytes);
    const alone = await run(SERVER_MAIN, bytes);
    assert.deepEqual(answers(handedOver), answers(alone));
    const hover = handedOver.responses.find((response) => response.id === 2)?.result as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /^\*\*409 Conflict\*\*/);
    // `outcome` is no status property without the setting.
    assert.equal(handedOver.responses.find((response) => response.id === 3)?.result, null);
  });

  it('loses and reorders nothing when the bytes come cut mid-header, mid-body, and across messages', async () => {
    const pieces = session(settings, 'zh-cn');
    const bytes = Buffer.concat(pieces);
    const [first, second, third] = pieces.map((piece) => piece.length) as [number, number, number];
    const cuts = [1, 9, 17, 18, 40, first - 1, first + 3, first + second - 2, first + second + 20, first + second + third - 1];
    const handedOver = await run(SERVER, bytes, cuts);
    const alone = await run(SERVER_MAIN, bytes);
    assert.deepEqual(answers(handedOver), answers(alone));
    assert.deepEqual(handedOver.responses.filter((response) => response.id === 1), [{ jsonrpc: '2.0', id: 1, result: initializeResult() }]);
  });

  it('applies the settings and locale of initialize, though the stub answered it', async () => {
    const transcript = await run(SERVER, Buffer.concat(session(settings, 'zh-cn')));
    const outcome = transcript.responses.find((response) => response.id === 3)?.result as { contents: { value: string } } | null;
    assert.match(outcome?.contents.value ?? '', /^\*\*404 /, 'a hover on the `outcome` value named in propertyNames');
    const plain = await run(SERVER, Buffer.concat(session({})));
    const english = (plain.responses.find((response) => response.id === 2)?.result as { contents: { value: string } }).contents.value;
    const chinese = (transcript.responses.find((response) => response.id === 2)?.result as { contents: { value: string } }).contents.value;
    assert.notEqual(chinese, english, 'the hover follows the client locale');
    const codes = (transcript.diagnostics as { diagnostics: Array<{ severity: number; code: string }> }).diagnostics.map(({ code, severity }) => ({ code, severity }));
    assert.deepEqual(codes, [{ code: 'invalidCode', severity: 2 }], 'an invalid code as a warning, not the default error');
  });

  it('hands anything but initialize first to the server unanswered: exit ends it, bytes that are not LSP are told', async () => {
    const exitFirst = await ended(frameMessage(notification('exit', null)), false);
    assert.deepEqual(exitFirst, { code: 1, stdout: '', stderr: '' });
    const broken = await ended(Buffer.from('Hello: there\r\n\r\n{}'), true);
    assert.deepEqual(broken, { code: 1, stdout: '', stderr: 'the first message on stdin: no Content-Length header\n' });
  });
});

/** Runs the server on `bytes` (then closes stdin when `close`) and tells how it ended. */
async function ended(bytes: Buffer, close: boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdin.write(bytes);
  if (close) child.stdin.end();
  try {
    return { code: await exited, stdout, stderr };
  } finally {
    child.kill();
  }
}
