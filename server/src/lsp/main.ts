/**
 * The standalone language server: `status-catalog-language-server --stdio` (or --node-ipc, --socket=N, as
 * vscode-languageserver reads them from the command line). The VS Code client starts this same server, through the
 * entry stub (start.ts, dist/server.js), which calls `startLanguageServer`; run directly, the file starts itself.
 */
import { join } from 'node:path';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from './languageServerLibrary';
import { handedOverConnection } from './handoverConnection';
import { startServer } from './server';
import type { StdioHandover } from './stdioHandover';

/** Starts the server; `handover`: the stub already read the client's first message from stdin (and maybe answered it). */
export function startLanguageServer(handover?: StdioHandover): void {
  const connection = handover ? handedOverConnection(handover) : createConnection(ProposedFeatures.all);
  // Unexpected errors are logged to the client and the server goes on: one bad request must not end the session.
  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
  startServer(connection, bundledCatalogs());
}

/**
 * Starts the server on a pair of streams instead of stdio, for the build: scripts/write-code-cache.ts runs a session
 * through it so that the functions a first analysis runs are compiled, and go in the shipped code cache. Given as a
 * reader and a writer, the library does not end the process when `input` ends.
 */
export function startLanguageServerOnStreams(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): void {
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output)), bundledCatalogs());
}

function bundledCatalogs(): { bundledCatalogFolder: string; bundledCatalogIndex: string } {
  return { bundledCatalogFolder: join(__dirname, '..', 'catalogs'), bundledCatalogIndex: join(__dirname, 'catalog-index.json') };
}

if (require.main === module) startLanguageServer();
