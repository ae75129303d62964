/**
 * The VS Code side of Status Catalog: starts the language server, passes settings, adds the commands.
 * Everything else lives in the server, so other editors get the same features.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { errorMessage } from '../../server/src/errors';
import {
  type CatalogSummary,
  CatalogsRequestMethod,
  ReloadCatalogsRequestMethod,
  WorkspaceTrustNotificationMethod,
  type WorkspaceTrustParams,
} from '../../server/src/lsp/protocol';
import { neutralizeCatalogText } from '../../server/src/service/markdown';

/** What `activate` returns: tests and other extensions wait on `whenReady()` instead of sleeping. */
export interface StatusCatalogApi {
  whenReady(): Promise<void>;
}

const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc'];

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): StatusCatalogApi {
  const log = vscode.window.createOutputChannel('Status Catalog', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'statusCatalog' },
    // Until the workspace is trusted the server reads no catalog folder relative to it, even one named in
    // user settings (workspace values of catalogPaths are already withheld by VS Code).
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: log,
    traceOutputChannel: log,
  };
  const languageClient = new LanguageClient('statusCatalog', 'Status Catalog', serverOptions, clientOptions);
  client = languageClient;

  const ready = languageClient.start().catch((error: unknown) => {
    const message = errorMessage(error);
    log.error(`the language server did not start: ${message}`);
    void vscode.window.showErrorMessage(`Status Catalog: the language server did not start (${message}). See the "Status Catalog" output.`);
    throw error;
  });
  // The failure is reported above; callers of whenReady() still see it, but nobody else has to handle it.
  ready.catch(() => undefined);

  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('statusCatalog.showCatalogs', async () => {
      const catalogs = await languageClient.sendRequest<CatalogSummary[]>(CatalogsRequestMethod);
      await showCatalogs(catalogs);
    }),
    vscode.commands.registerCommand('statusCatalog.reloadCatalogs', async () => {
      const catalogs = await languageClient.sendRequest<CatalogSummary[]>(ReloadCatalogsRequestMethod);
      void vscode.window.showInformationMessage(`Status Catalog: ${catalogs.length} catalogs loaded.`);
    }),
    vscode.commands.registerCommand('statusCatalog.restartServer', () => languageClient.restart()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const params: WorkspaceTrustParams = { trusted: true };
      void ready.then(() => languageClient.sendNotification(WorkspaceTrustNotificationMethod, params)).catch(() => undefined);
    }),
  );
  return { whenReady: () => ready };
}

async function showCatalogs(catalogs: CatalogSummary[]): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    catalogs.map((catalog) => ({
      // Catalog text is untrusted: no icons, bidi reordering or hidden characters in the picker.
      label: neutralizeCatalogText(`${catalog.id} (${catalog.locale})`, 'label'),
      description: neutralizeCatalogText(catalog.title, 'label'),
      detail: neutralizeCatalogText(`${catalog.entries} codes · ${catalog.origin}${catalog.problems ? ` · ${catalog.problems} problems` : ''} · ${catalog.source}`, 'label'),
      source: catalog.source,
    })),
    { title: 'Status Catalog: loaded catalogs', matchOnDescription: true },
  );
  if (picked && !/^[a-z]+:\/\//i.test(picked.source)) {
    await vscode.window.showTextDocument(vscode.Uri.file(picked.source));
  }
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
