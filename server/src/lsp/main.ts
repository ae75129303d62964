/**
 * The standalone language server: `status-catalog-language-server --stdio` (or --node-ipc, --socket=N, as
 * vscode-languageserver reads them from the command line). The VS Code client starts this same server, through the
 * entry stub (start.ts, dist/server.js), which calls `startLanguageServer`; run directly, the file starts itself.
 */
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { handedOverConnection } from './handoverConnection';
import { startServer } from './server';
import type { StdioHandover } from './stdioHandover';

/** Starts the server; `handover`: the stub already read the client's first message from stdin (and maybe answered it). */
export function startLanguageServer(handover?: StdioHandover): void {
  const connection = handover ? handedOverConnection(handover) : createConnection(ProposedFeatures.all);
  // Unexpected errors are logged to the client and the server goes on: one bad request must not end the session.
  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
  startServer(connection, {
    bundledCatalogFolder: join(__dirname, '..', 'catalogs'),
    bundledCatalogIndex: join(__dirname, 'catalog-index.json'),
  });
}

if (require.main === module) startLanguageServer();
