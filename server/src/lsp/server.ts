/**
 * The LSP wiring: documents, settings, catalogs and diagnostics scheduling around the pure language service.
 * Handlers look up the document's cached analysis and call the service; nothing here knows about status codes.
 */
import { watch, type FSWatcher } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
  type ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import type { CatalogFileSystem, LoadedCatalogs } from '../catalog/catalogFolder';
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
import { DocumentAnalyses } from './documentAnalyses';
import { editReportingDocuments } from './editTracking';
import { type CatalogSummary, CatalogsRequestMethod, ReloadCatalogsRequestMethod } from './protocol';
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
  // Typing pauses: carried analyses are replaced by real ones (off the request path; answers are the same).
  const analyses = new DocumentAnalyses({ onSettle: (uri) => void analysisOf(uri, { fresh: true }).catch(() => undefined) });
  const documents = new TextDocuments(
    editReportingDocuments((change) => analyses.carry(change, () => documents.get(change.uri)?.getText() ?? '')),
  );
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
  // Nothing is read before `initialize` is answered: the catalogs load with the first reload (on `initialized`,
  // or the first request that needs them), the parsers at their first use.
  const bundled = lazyBundledCatalogs(options.bundledCatalogFolder, fs);
  let catalogs: LoadedRegistry = loadRegistry(undefined, [], fs);
  let firstLoad: Promise<void> | undefined;
  const catalogsLoaded = (): Promise<void> => (firstLoad ??= reloadCatalogs());
  let generation = 0;
  let userFolders: string[] = [];
  let watchers: FSWatcher[] = [];
  let reloadTimer: NodeJS.Timeout | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale ?? 'en';
    canPullConfiguration = params.capabilities?.workspace?.configuration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    pushedSettings = readSettings(extractSection(params.initializationOptions));
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
    await catalogsLoaded();
  });

  connection.onDidChangeConfiguration(async (change) => {
    // Forget settings and analyses at once, so a request that arrives while the catalogs reload already
    // sees the new settings.
    settingsByUri.clear();
    generation++;
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

  async function analysisOf(uri: string, { fresh = false } = {}): Promise<AnalyzedDocument | undefined> {
    const document = documents.get(uri);
    if (!document || !isSupportedLanguage(document.languageId)) return undefined;
    await catalogsLoaded();
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current) return undefined;
    return analyses.get(current, generation, (previous) =>
      analyzeDocument(current, settings, catalogs.registry, {
        clientLocale,
        previous,
        onError: (error) => logger.error(`detection in ${uri} failed: ${errorDetail(error)}`),
      }),
      { fresh },
    );
  }

  async function reloadCatalogs(): Promise<void> {
    const settings = await settingsFor(undefined);
    userFolders = settings.catalogPaths.map((folder) => (isAbsolute(folder) || !workspaceRoot ? folder : resolve(workspaceRoot, folder)));
    catalogs = loadRegistry(bundled.catalogs(), userFolders, fs);
    // Analyses stay: the next request of each document keeps its detection and resolves scope again.
    generation++;
    const count = catalogs.registry.all().length;
    const userNote = userFolders.length ? `, ${userFolders.length} user folders in ${catalogs.elapsedMs.toFixed(1)} ms` : '';
    logger.info(`loaded ${count} catalogs: bundled in ${bundled.elapsedMs().toFixed(1)} ms${userNote} (${catalogs.problems.length} problems)`);
    publishCatalogProblems();
    watchUserFolders();
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }

  /** Catalog problems show in the editor's Problems view, on the catalog file and line. */
  function publishCatalogProblems(): void {
    const byUri = new Map<string, { line: number; message: string }[]>();
    for (const problem of catalogs.problems) {
      logger.warn(`${problem.file}:${problem.line}: ${problem.message}`);
      const uri = pathToFileURL(problem.file).href;
      byUri.set(uri, [...(byUri.get(uri) ?? []), problem]);
    }
    for (const uri of catalogProblemUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    catalogProblemUris.clear();
    for (const [uri, problems] of byUri) {
      catalogProblemUris.add(uri);
      const diagnostics = problems.map((problem) => {
        const line = Math.max(problem.line - 1, 0);
        return {
          range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
          severity: DiagnosticSeverity.Warning,
          source: 'status-catalog',
          message: problem.message,
        };
      });
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** User catalog folders are watched, so an edited page is live without restarting the editor. */
  function watchUserFolders(): void {
    for (const watcher of watchers) watcher.close();
    watchers = [];
    for (const folder of userFolders) {
      try {
        const watcher = watch(folder, () => {
          clearTimeout(reloadTimer);
          reloadTimer = setTimeout(() => void reloadCatalogs(), 300);
        });
        // A watched folder that disappears reports an error event; it must not take the server down.
        watcher.on('error', (error) => logger.warn(`stopped watching catalog folder ${folder}: ${error.message}`));
        watchers.push(watcher);
      } catch (error) {
        logger.warn(`cannot watch catalog folder ${folder}: ${String(error)}`);
      }
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
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /**
   * Runs a feature on a document's cached analysis. Everything, the analysis included, is guarded: a failure
   * is logged with the request's place and answered with the feature's empty result.
   */
  async function withAnalysis<T>(
    what: string,
    params: { textDocument: { uri: string }; position?: Position; range?: Range },
    fallback: T,
    token: CancellationToken,
    feature: (analyzed: AnalyzedDocument) => T,
  ): Promise<T | ResponseError<void>> {
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

  connection.onHover((params, token) => withAnalysis('hover', params, null, token, (a) => doHover(a, params.position)));
  connection.onCompletion((params, token) => withAnalysis('completion', params, null, token, (a) => doComplete(a, params.position)));
  connection.onDefinition((params, token) => withAnalysis('definition', params, [], token, (a) => findDefinition(a, params.position)));
  connection.onCodeAction((params: CodeActionParams, token) =>
    withAnalysis('code actions', params, [], token, (a) => doCodeActions(a, params.context.diagnostics)),
  );

  connection.onRequest(CatalogsRequestMethod, async () => {
    await catalogsLoaded();
    return summarize();
  });
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
    for (const watcher of watchers) watcher.close();
    for (const timer of pendingValidation.values()) clearTimeout(timer);
    clearTimeout(reloadTimer);
    analyses.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** The bundled catalogs, read once, at their first use. */
function lazyBundledCatalogs(folder: string, fs: CatalogFileSystem): { catalogs(): LoadedCatalogs; elapsedMs(): number } {
  let loaded: LoadedCatalogs | undefined;
  let elapsedMs = 0;
  return {
    catalogs: () => {
      if (!loaded) {
        const started = performance.now();
        loaded = loadBundledCatalogs(folder, fs);
        elapsedMs = performance.now() - started;
      }
      return loaded;
    },
    elapsedMs: () => elapsedMs,
  };
}

/** Clients send either `{ statusCatalog: {…} }` or the section itself. */
function extractSection(settings: unknown): unknown {
  if (typeof settings === 'object' && settings !== null && 'statusCatalog' in settings) {
    return (settings as { statusCatalog: unknown }).statusCatalog;
  }
  return settings;
}
