/**
 * The LSP wiring: documents, settings, catalogs and diagnostics scheduling around the pure language service.
 * Handlers look up the document's cached analysis and call the service; nothing here knows about status codes.
 */
import { fileURLToPath } from 'node:url';
import {
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
  type ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogFileSystem } from '../catalog/catalogFolder';
import { loadBundledCatalogs, type LoadedRegistry, loadRegistry } from '../catalog/loadCatalogs';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import {
  type AnalyzedDocument,
  analyzeDocument,
  doCodeActions,
  doComplete,
  doHover,
  doValidate,
  findDefinition,
  isSupportedLanguage,
  readSettings,
  type StatusCatalogSettings,
} from '../service/languageService';
import { resolveCatalogPaths, trustedFromInitOptions } from './catalogPaths';
import { catalogProblemDiagnostics } from './catalogProblems';
import { CatalogWatcher, watchTargets } from './catalogWatcher';
import { DocumentAnalyses } from './documentAnalyses';
import { OwnDiagnostics } from './ownDiagnostics';
import { invalidParams, type ParamsShape } from './params';
import {
  type CatalogSummary,
  CatalogsRequestMethod,
  ReloadCatalogsRequestMethod,
  WorkspaceTrustNotificationMethod,
  type WorkspaceTrustParams,
} from './protocol';
import { type Logger, runSafe } from './runSafe';
import { errorDetail } from '../errors';

export interface ServerOptions {
  /** The folder of bundled catalogs (catalogs/ next to dist/). */
  bundledCatalogFolder: string;
  fs?: CatalogFileSystem;
}

/** Wait after the last keystroke before re-validating, so typing is never slowed by diagnostics. */
const VALIDATION_DELAY_MS = 150;

export function startServer(connection: Connection, options: ServerOptions): void {
  const fs = options.fs ?? nodeFileSystem;
  const documents = new TextDocuments(TextDocument);
  const analyses = new DocumentAnalyses();
  const logger: Logger = {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
  };
  const settingsByUri = new Map<string, Promise<StatusCatalogSettings>>();
  const pendingValidation = new Map<string, NodeJS.Timeout>();
  const catalogProblemUris = new Set<string>();
  let pushedSettings: StatusCatalogSettings = readSettings(undefined);
  let canPullConfiguration = false;
  let clientLocale = 'en';
  let workspaceRoot: string | undefined;
  const bundledStarted = performance.now();
  const bundled = loadBundledCatalogs(options.bundledCatalogFolder, fs);
  const bundledMs = performance.now() - bundledStarted;
  let catalogs: LoadedRegistry = loadRegistry(bundled, [], fs);
  let generation = 0;
  let userFolders: string[] = [];
  let workspaceTrusted = true;
  let reloadTicket = 0;
  const ownDiagnostics = new OwnDiagnostics();
  const catalogWatcher = new CatalogWatcher(() => void reloadCatalogs(), logger);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale ?? 'en';
    canPullConfiguration = params.capabilities?.workspace?.configuration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    pushedSettings = readSettings(extractSection(params.initializationOptions));
    workspaceTrusted = trustedFromInitOptions(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', ' ', ':', '"', "'", ','] },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'status-catalog-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'statusCatalog' }).catch(() => undefined);
    }
    await reloadCatalogs();
  });

  connection.onDidChangeConfiguration(async (change) => {
    // Forget settings and analyses at once, so a request that arrives while the catalogs reload already
    // sees the new settings.
    settingsByUri.clear();
    generation++;
    analyses.clear();
    if (!canPullConfiguration) pushedSettings = readSettings(extractSection(change.settings));
    await reloadCatalogs();
  });

  /** Settings of a document's folder: pulled from the client when it can, else the pushed ones. */
  function settingsFor(uri: string | undefined): Promise<StatusCatalogSettings> {
    if (!canPullConfiguration) return Promise.resolve(pushedSettings);
    const key = uri ?? '';
    let settings = settingsByUri.get(key);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration(uri ? { scopeUri: uri, section: 'statusCatalog' } : { section: 'statusCatalog' })
        .then(readSettings, (error: unknown) => {
          logger.warn(`reading settings failed, using defaults: ${String(error)}`);
          return readSettings(undefined);
        });
      settingsByUri.set(key, settings);
    }
    return settings;
  }

  async function analysisOf(uri: string): Promise<AnalyzedDocument | undefined> {
    const document = documents.get(uri);
    if (!document || !isSupportedLanguage(document.languageId)) return undefined;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current) return undefined;
    return analyses.get(current, generation, (previous) =>
      analyzeDocument(current, settings, catalogs.registry, {
        clientLocale,
        previous,
        onError: (error) => logger.error(`detection in ${uri} failed: ${errorDetail(error)}`),
      }),
    );
  }

  connection.onNotification(WorkspaceTrustNotificationMethod, (params: WorkspaceTrustParams) => {
    const trusted = params?.trusted === true;
    if (trusted === workspaceTrusted) return;
    workspaceTrusted = trusted;
    void reloadCatalogs();
  });

  async function reloadCatalogs(): Promise<void> {
    // Reloads can overlap (a change while settings are pulled): only the latest one reads and commits.
    const ticket = ++reloadTicket;
    const settings = await settingsFor(undefined);
    if (ticket !== reloadTicket) return;
    const resolved = resolveCatalogPaths(settings.catalogPaths, workspaceRoot, workspaceTrusted);
    for (const path of resolved.skippedUntrusted) {
      logger.info(`catalog folder "${path}" is relative to the workspace, which is not trusted: not read until it is`);
    }
    userFolders = resolved.folders;
    catalogs = loadRegistry(bundled, userFolders, fs);
    generation++;
    analyses.clear();
    const count = catalogs.registry.all().length;
    const userNote = userFolders.length ? `, ${userFolders.length} user folders in ${catalogs.elapsedMs.toFixed(1)} ms` : '';
    logger.info(`loaded ${count} catalogs: bundled in ${bundledMs.toFixed(1)} ms${userNote} (${catalogs.problems.length} problems)`);
    publishCatalogProblems();
    const userSources = catalogs.registry.all().filter((c) => c.info.origin === 'user').map((c) => c.info.source);
    catalogWatcher.setTargets(watchTargets(userFolders, [...userSources, ...catalogs.problems.map((p) => p.file)]));
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }

  /** Catalog problems show in the editor's Problems view, on the catalog file and line. */
  function publishCatalogProblems(): void {
    for (const problem of catalogs.problems) logger.warn(`${problem.file}:${problem.line}: ${problem.message}`);
    const byUri = catalogProblemDiagnostics(catalogs.problems);
    for (const uri of catalogProblemUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    catalogProblemUris.clear();
    for (const [uri, diagnostics] of byUri) {
      catalogProblemUris.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  function scheduleValidation(uri: string, delay = VALIDATION_DELAY_MS): void {
    clearTimeout(pendingValidation.get(uri));
    pendingValidation.set(
      uri,
      setTimeout(async () => {
        pendingValidation.delete(uri);
        try {
          const analyzed = await analysisOf(uri);
          if (!analyzed) return;
          const diagnostics = doValidate(analyzed);
          ownDiagnostics.set(uri, analyzed.document.version, diagnostics);
          await connection.sendDiagnostics({ uri, version: analyzed.document.version, diagnostics });
        } catch (error) {
          logger.error(`validating ${uri} failed: ${errorDetail(error)}`);
        }
      }, delay),
    );
  }

  documents.onDidOpen((event) => scheduleValidation(event.document.uri, 0));
  documents.onDidChangeContent((event) => scheduleValidation(event.document.uri));
  documents.onDidClose((event) => {
    clearTimeout(pendingValidation.get(event.document.uri));
    pendingValidation.delete(event.document.uri);
    analyses.delete(event.document.uri);
    ownDiagnostics.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /**
   * Runs a feature on a document's cached analysis. Everything, the analysis included, is guarded: a failure
   * is logged with the request's place and answered with the feature's empty result.
   */
  async function withAnalysis<T>(
    what: string,
    shape: ParamsShape,
    params: { textDocument: { uri: string }; position?: Position; range?: Range },
    fallback: T,
    token: CancellationToken,
    feature: (analyzed: AnalyzedDocument) => T,
  ): Promise<T | ResponseError<void>> {
    const invalid = invalidParams(params, shape);
    if (invalid) return invalid;
    const { uri } = params.textDocument;
    const line = (params.position ?? params.range?.start)?.line ?? 0;
    const where = `${what} at ${uri}:${line + 1}`;
    let analyzed: AnalyzedDocument | undefined;
    try {
      analyzed = await analysisOf(uri);
    } catch (error) {
      logger.error(`${where}: analysis failed: ${errorDetail(error)}`);
    }
    return runSafe(logger, where, fallback, token, () => (analyzed ? feature(analyzed) : fallback));
  }

  connection.onHover((params, token) => withAnalysis('hover', 'position', params, null, token, (a) => doHover(a, params.position)));
  connection.onCompletion((params, token) =>
    withAnalysis('completion', 'position', params, null, token, (a) => doComplete(a, params.position)),
  );
  connection.onDefinition((params, token) =>
    withAnalysis('definition', 'position', params, [], token, (a) => findDefinition(a, params.position)),
  );
  // Only the server's own published diagnostics are judged, never whatever the client sends (see ownDiagnostics.ts).
  connection.onCodeAction((params: CodeActionParams, token) =>
    withAnalysis('code actions', 'range', params, [], token, (a) =>
      doCodeActions(a, ownDiagnostics.filter(params.textDocument.uri, a.document.version, params.context.diagnostics)),
    ),
  );

  connection.onRequest(CatalogsRequestMethod, () => summarize());
  connection.onRequest(ReloadCatalogsRequestMethod, async () => {
    await reloadCatalogs();
    return summarize();
  });

  function summarize(): CatalogSummary[] {
    return catalogs.registry.all().map(({ info, entries, problems }) => ({
      id: info.id,
      title: info.title,
      locale: info.locale,
      kind: info.kind,
      origin: info.origin,
      source: info.source,
      entries: entries.length,
      problems: problems.length,
    }));
  }

  connection.onShutdown(() => {
    catalogWatcher.dispose();
    for (const timer of pendingValidation.values()) clearTimeout(timer);
  });

  documents.listen(connection);
  connection.listen();
}

/** Clients send either `{ statusCatalog: {…} }` or the section itself. */
function extractSection(settings: unknown): unknown {
  if (typeof settings === 'object' && settings !== null && 'statusCatalog' in settings) {
    return (settings as { statusCatalog: unknown }).statusCatalog;
  }
  return settings;
}
