/**
 * The VS Code side of Status Catalog in the browser (vscode.dev, github.dev; package.json `browser`): the
 * server runs in a Web Worker (dist/web/server.js) and reads catalog folders through this client
 * (workspaceFiles.ts). Documents of every scheme are served: a virtual workspace has no `file:` ones.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { ClientFileRequestMethod, type ClientFileParams } from '../../server/src/lsp/protocol';
import { LANGUAGES, type StatusCatalogApi, startStatusCatalog } from './statusCatalogClient';
import { answerFileRequest } from './workspaceFiles';

export type { StatusCatalogApi } from './statusCatalogClient';

/** The browser's Worker, typed by what is used of it (the project's lib has no DOM types). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

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
    create: (clientOptions) =>
      (client = new LanguageClient('statusCatalog', 'Status Catalog', new Worker(serverMain.toString(true), { name: 'Status Catalog server' }), clientOptions)),
    beforeStart: (created) => [created.onRequest(ClientFileRequestMethod, (params: ClientFileParams) => answerFileRequest(params))],
  });
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
