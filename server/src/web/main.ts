/**
 * The language server in a Web Worker (VS Code for the Web: vscode.dev, github.dev), built to dist/web/server.js.
 * The same server as the Node one, with what a worker lacks given from elsewhere: the bundled catalogs and their
 * index are embedded in the bundle, user catalog folders are read and watched through the client, and there is no disk
 * for project config files or the workspace index (package.json `virtualWorkspaces` says so).
 */
import bundledCatalogFiles, { index as bundledCatalogIndex } from 'status-catalog:bundled-catalogs';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import type { CatalogFileSystem } from '../catalog/catalogFolder';
import { clientFileSystem } from '../lsp/clientFileSystem';
import { startServer } from '../lsp/server';
import { EMBEDDED_INDEX_PATH, embeddedCatalogFileSystem } from './embeddedCatalogs';

/** The worker's global scope, typed by what is used of it (the project's lib has no DOM or worker types). */
interface WorkerScope {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { error?: unknown; reason?: unknown; message?: string }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));

// Unexpected errors are logged to the client and the server goes on, as the Node server does.
scope.addEventListener('error', (event) => connection.console.error(`uncaught: ${describe(event.error ?? event.message)}`));
scope.addEventListener('unhandledrejection', (event) => connection.console.error(`unhandled rejection: ${describe(event.reason)}`));

/** Only the embedded catalogs and the client's files are readable: anything else is refused with the reason. */
const noDisk: CatalogFileSystem = {
  readDirectory: () => {
    throw new Error('no local file system in the browser');
  },
  readFile: () => {
    throw new Error('no local file system in the browser');
  },
};

startServer(connection, {
  // Replaced by the client's URI of the extension's catalogs/ (initializationOptions.bundledCatalogFolder).
  bundledCatalogFolder: 'status-catalog-bundled:/catalogs',
  // Read from the build's index, checked against the embedded pages, as the Node server reads catalogs/: no page parsed.
  bundledCatalogIndex: EMBEDDED_INDEX_PATH,
  bundledFs: embeddedCatalogFileSystem(bundledCatalogFiles, bundledCatalogIndex),
  fs: noDisk,
  configFs: { readFileIfExists: () => undefined },
  clientFiles: clientFileSystem(connection),
});

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
