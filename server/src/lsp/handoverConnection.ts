/**
 * The server's connection after the entry stub read the client's first message (stdioHandover.ts): it reads the
 * bytes the stub read, then the rest of stdin, in order, so `initialize` and whatever came after it (initialized,
 * didOpen, a hover) are handled as if the server had read them itself; it writes to stdout without repeating
 * the stub's answer (earlyAnsweredWriter.ts).
 */
import { PassThrough } from 'node:stream';
import type { Connection, MessageWriter } from 'vscode-languageserver/node';
import { createConnection, ProposedFeatures, StreamMessageWriter } from './languageServerLibrary';
import { sendConsoleToClient } from './consoleToClient';
import { EarlyAnsweredWriter } from './earlyAnsweredWriter';
import type { StdioHandover } from './stdioHandover';

/**
 * createConnection with a stream to read and a writer to write. The library takes either kind on each side (its
 * createProtocolConnection tells them apart) but types only like with like. The input must stay a stream: only
 * then does the library end the process when stdin ends, with its exit code for "shutdown received or not".
 */
const connectStreamAndWriter = createConnection as unknown as (
  features: typeof ProposedFeatures.all,
  input: NodeJS.ReadableStream,
  output: MessageWriter,
) => Connection;

export function handedOverConnection(handover: StdioHandover): Connection {
  const input = new PassThrough();
  input.write(handover.bytes);
  if (handover.ended) input.end();
  else process.stdin.pipe(input);
  const stdout = new StreamMessageWriter(process.stdout, 'utf-8');
  const output = handover.answered ? new EarlyAnsweredWriter(stdout, handover.answered) : stdout;
  const connection = connectStreamAndWriter(ProposedFeatures.all, input, output);
  sendConsoleToClient(connection.console);
  return connection;
}
