/**
 * The entry stub's part of a `--stdio` start: the client's first message is read here and, when it is `initialize`,
 * answered at once with the server's capabilities (capabilities.ts), before the 1.6 MB server is compiled and run.
 * The server is then handed every byte read so far, the first message included: it reads `initialize` itself
 * (locale, folders, options, client capabilities, trust) as if nothing had happened, and drops its own answer
 * (earlyAnsweredWriter.ts). Anything else first (`shutdown`, `exit`, bytes that are not LSP, a stream that ends) is
 * handed over unanswered, so the server meets it exactly as it would have without the stub.
 */
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { initializeResult } from './capabilities';
import { frameFirstMessage, frameMessage } from './messageFraming';

/** What the stub passes to the server it loads (main.ts `startLanguageServer`). */
export interface StdioHandover {
  /** Every byte the stub read from stdin, in order; the server reads them before the rest of stdin. */
  bytes: Buffer;
  /** stdin ended within those bytes. */
  ended: boolean;
  /** The `initialize` request the stub answered, and with what; undefined when it answered nothing. */
  answered?: { id: number | string; result: InitializeResult };
}

/** The transport vscode-languageserver will pick from the command line, by its own rule (the first one named). */
export function transportOf(args: readonly string[]): 'stdio' | 'node-ipc' | 'socket' | 'pipe' | undefined {
  for (const arg of args) {
    if (arg === '--node-ipc') return 'node-ipc';
    if (arg === '--stdio') return 'stdio';
    const name = arg.split('=')[0];
    if (name === '--socket') return 'socket';
    if (name === '--pipe') return 'pipe';
  }
  return undefined;
}

export interface FirstMessage {
  bytes: Buffer;
  ended: boolean;
  /** The first message's JSON, when it was framed and parsed. */
  message?: unknown;
  /** Why the bytes are not a message (told on stderr; the server then reads them as it would have). */
  problem?: string;
}

/**
 * Reads `input` until its first message is complete, or it ends, or its bytes cannot be one, then pauses it: what
 * arrives next stays in the stream for the server. Never rejects.
 */
export function readFirstMessage(input: NodeJS.ReadableStream): Promise<FirstMessage> {
  return new Promise((resolve) => {
    let bytes = Buffer.alloc(0);
    const finish = (result: FirstMessage): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
      input.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer | string): void => {
      // A first message is small (initialize params): joining the chunks as they come costs nothing that matters.
      bytes = Buffer.concat([bytes, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk]);
      const framing = frameFirstMessage(bytes);
      if (framing.kind === 'incomplete') return;
      if (framing.kind === 'broken') return finish({ bytes, ended: false, problem: framing.reason });
      try {
        const message: unknown = JSON.parse(bytes.toString('utf8', framing.bodyStart, framing.bodyEnd));
        finish({ bytes, ended: false, message });
      } catch (error) {
        finish({ bytes, ended: false, problem: `the first message is not JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    };
    const onEnd = (): void => finish({ bytes, ended: true });
    // A broken stdin: what was read is handed over as ended, and the server ends as it does when stdin closes.
    const onError = (error: Error): void =>
      finish({ bytes, ended: true, problem: `cannot read stdin: ${error.message}` });
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
  });
}

/** The `initialize` request's id, when `message` is one. */
function initializeId(message: unknown): number | string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { method, id } = message as { method?: unknown; id?: unknown };
  return method === 'initialize' && (typeof id === 'number' || typeof id === 'string') ? id : undefined;
}

/** Answers the first message when it is `initialize`, and says what the server must know of it. */
export function answerEarly(first: FirstMessage, output: NodeJS.WritableStream): StdioHandover {
  const id = initializeId(first.message);
  if (id === undefined) return { bytes: first.bytes, ended: first.ended };
  const result = initializeResult();
  output.write(frameMessage({ jsonrpc: '2.0', id, result }));
  return { bytes: first.bytes, ended: first.ended, answered: { id, result } };
}
