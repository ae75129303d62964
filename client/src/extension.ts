/**
 * The VS Code side of Status Catalog on the desktop: starts the language server (dist/server.js, over Node
 * IPC) and hands it to what both builds share (statusCatalogClient.ts). Everything else lives in the server,
 * so other editors get the same features. The browser build's entry point is webExtension.ts.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGES, type StatusCatalogApi, startStatusCatalog } from './statusCatalogClient';

export type { StatusCatalogApi } from './statusCatalogClient';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): StatusCatalogApi {
  const log = vscode.window.createOutputChannel('Status Catalog', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return startStatusCatalog(context, log, {
    documentSelector: [
      ...LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // Catalog pages, for the "used N times" lenses above their rows (the server answers only for loaded catalogs).
      { scheme: 'file', pattern: '**/*.{md,rst,html,htm}' },
    ],
    create: (clientOptions) => (client = new LanguageClient('statusCatalog', 'Status Catalog', serverOptions, clientOptions)),
  });
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
