/**
 * The VS Code side of Status Catalog in the browser (vscode.dev, github.dev; package.json `browser`): the
 * server runs in a Web Worker (dist/web/server.js) and reads catalog folders through this client
 * (workspaceFiles.ts). Documents of every scheme are served: a virtual workspace has no `file:` ones.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { ClientFileRequestMethod, type ClientFileParams } from '../../server/src/lsp/protocol';
import { LANGUAGES, type StatusCatalogApi, startStatusCatalog } from './statusCatalogClient';
import { answerFileRequest } from './workspaceFiles';

export type { StatusCatalogApi } from './statusCatalogClient';

type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0];

/** The browser's Worker, typed by what is used of it (the project's lib has no DOM types). */
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): StatusCatalogApi {
  const log = vscode.window.createOutputChannel('Status Catalog', { log: true });
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return startStatusCatalog(context, log, {
    documentSelector: [
      ...LANGUAGES.map((language) => ({ language })),
      { pattern: '**/*.{md,rst,html,htm}' },
    ],
    // The embedded bundled catalogs are named after the extension's own copy, so that their links open.
    initializationOptions: { bundledCatalogFolder: vscode.Uri.joinPath(context.extensionUri, 'catalogs').toString() },
    create: (clientOptions) => (client = new LanguageClient('statusCatalog', 'Status Catalog', () => serverTransports(serverMain), clientOptions)),
    beforeStart: (created) => [created.onRequest(ClientFileRequestMethod, (params: ClientFileParams) => answerFileRequest(params))],
  });
}

/**
 * The server's worker. VS Code for the Web loads an extension from an http(s) URL, which a Worker takes as it is.
 * A web extension host beside a remote (code-server, a codespace in the browser) refuses workers from
 * `vscode-remote:` URLs, which the browser cannot fetch: there the script is read through the workspace file
 * system and started from a blob URL.
 */
async function serverWorker(serverMain: vscode.Uri): Promise<ServerWorker> {
  const options = { name: 'Status Catalog server' };
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true), options);
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), options);
}

/**
 * The worker's message port as the client's transports. Given a worker itself, the client checks it with
 * `instanceof Worker`, which the extension host's wrapped Worker constructor does not pass.
 */
async function serverTransports(serverMain: vscode.Uri): Promise<MessageTransports> {
  const worker = await serverWorker(serverMain);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
