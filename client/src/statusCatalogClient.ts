/**
 * What the desktop and the web extension share once their language client exists: starting it, the settings
 * problem notification, the commands. Each entry point (extension.ts for Node, webExtension.ts for the browser)
 * only says how its server runs and which documents it serves.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { errorMessage } from '../../server/src/errors';
import {
  type CatalogSummary,
  CatalogsRequestMethod,
  ReloadCatalogsRequestMethod,
  SettingsProblemNotificationMethod,
  type SettingsProblemParams,
  WorkspaceTrustNotificationMethod,
  type WorkspaceTrustParams,
} from '../../server/src/lsp/protocol';
import { neutralizeCatalogText } from '../../server/src/service/markdown';
import { isUriSource } from '../../server/src/uriPaths';

/** What `activate` returns: tests and other extensions wait on `whenReady()` instead of sleeping. */
export interface StatusCatalogApi {
  whenReady(): Promise<void>;
}

export const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml'];

export interface ClientSetup {
  documentSelector: DocumentSelector;
  /** Sent with the workspace trust in `initializationOptions`. */
  initializationOptions?: Record<string, unknown>;
  /** The Node client can restart itself (its debug mode included); the browser one is stopped and started. */
  create(options: LanguageClientOptions): BaseLanguageClient & { restart?(): Promise<void> };
  /** Handlers to install before the client starts (the server may ask for them at once). */
  beforeStart?(client: BaseLanguageClient): vscode.Disposable[];
}

export function startStatusCatalog(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, setup: ClientSetup): StatusCatalogApi {
  const clientOptions: LanguageClientOptions = {
    documentSelector: setup.documentSelector,
    synchronize: { configurationSection: 'statusCatalog' },
    // Until the workspace is trusted the server reads no catalog folder relative to it, even one named in
    // user settings (workspace values of catalogPaths are already withheld by VS Code).
    initializationOptions: () => ({ ...setup.initializationOptions, workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: log,
    traceOutputChannel: log,
  };
  const languageClient = setup.create(clientOptions);
  context.subscriptions.push(...(setup.beforeStart?.(languageClient) ?? []));

  const ready = languageClient.start().catch((error: unknown) => {
    const message = errorMessage(error);
    log.error(`the language server did not start: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Status Catalog: the language server did not start ({0}). See the "Status Catalog" output.', message));
    throw error;
  });
  // The failure is reported above; callers of whenReady() still see it, but nobody else has to handle it.
  ready.catch(() => undefined);
  // A setting that points at nothing is shown with a way to fix it, not only written to the log.
  context.subscriptions.push(
    languageClient.onNotification(SettingsProblemNotificationMethod, async (params: SettingsProblemParams) => {
      const open = 'Open Settings';
      const choice = await vscode.window.showWarningMessage(`Status Catalog: ${params.message}`, open);
      if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', params.setting);
    }),
  );

  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('statusCatalog.showCatalogs', async () => {
      const catalogs = await languageClient.sendRequest<CatalogSummary[]>(CatalogsRequestMethod);
      await showCatalogs(catalogs);
    }),
    vscode.commands.registerCommand('statusCatalog.reloadCatalogs', async () => {
      const catalogs = await languageClient.sendRequest<CatalogSummary[]>(ReloadCatalogsRequestMethod);
      void vscode.window.showInformationMessage(
        catalogs.length === 1 ? vscode.l10n.t('Status Catalog: 1 catalog loaded.') : vscode.l10n.t('Status Catalog: {0} catalogs loaded.', catalogs.length),
      );
    }),
    vscode.commands.registerCommand('statusCatalog.restartServer', () =>
      languageClient.restart ? languageClient.restart() : languageClient.stop().then(() => languageClient.start()),
    ),
    // A catalog row's lens lists the uses of its code in VS Code's references view.
    vscode.commands.registerCommand('statusCatalog.showUses', (uri: string, position: { line: number; character: number }, locations: unknown[]) => {
      const converter = languageClient.protocol2CodeConverter;
      return vscode.commands.executeCommand(
        'editor.action.showReferences',
        converter.asUri(uri),
        new vscode.Position(position.line, position.character),
        locations.map((location) => converter.asLocation(location as Parameters<typeof converter.asLocation>[0])),
      );
    }),
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
      detail: neutralizeCatalogText([countOf(catalog.entries, 'code'), catalog.origin, ...(catalog.problems ? [countOf(catalog.problems, 'problem')] : []), catalog.source].join(' · '), 'label'),
      source: catalog.source,
    })),
    { title: vscode.l10n.t('Status Catalog: loaded catalogs'), matchOnDescription: true },
  );
  if (!picked) return;
  // The web server's sources are URIs of the workspace's file system (or of the extension, for bundled pages).
  const uri = isUriSource(picked.source) ? vscode.Uri.parse(picked.source) : vscode.Uri.file(picked.source);
  if (uri.scheme !== 'http' && uri.scheme !== 'https') await vscode.window.showTextDocument(uri);
}

/** "1 code", "3 codes", "1 problem": whole phrases, so each language words its own plural. */
function countOf(count: number, noun: 'code' | 'problem'): string {
  if (noun === 'code') return count === 1 ? vscode.l10n.t('1 code') : vscode.l10n.t('{0} codes', count);
  return count === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', count);
}
