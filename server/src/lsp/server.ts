/**
 * The LSP wiring: documents, settings, catalogs and diagnostics scheduling around the pure language service.
 * Handlers look up the document's cached analysis and call the service; nothing here knows about status codes.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CancellationToken,
  CodeActionParams,
  Connection,
  Disposable,
  InitializeParams,
  InitializeResult,
  Position,
  Range,
  ResponseError,
} from 'vscode-languageserver/node';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments } from './languageServerLibrary';
import type { CatalogFileSystem, LoadedCatalogs } from '../catalog/catalogFolder';
import { readingByTurns } from '../catalog/catalogReads';
import { type BundledCatalogs, loadBundledCatalogs, type LoadedRegistry, loadRegistry } from '../catalog/loadCatalogs';
import { loadRegistryAsync } from '../catalog/loadRegistryAsync';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import {
  type AnalyzedDocument,
  analyzeDocumentSteps,
  doCodeActions,
  doComplete,
  doHover,
  doInlayHints,
  doValidate,
  findDefinition,
  findReferences,
  catalogLenses,
  type StatusUse,
  usesOf,
  workspaceSymbols,
  detectorLanguageOf,
  OPEN_CATALOG_ROW_COMMAND,
  readSettings,
  resolveInlayHint,
  type StatusCatalogSettings,
} from '../service/languageService';
import { messages } from '../service/messages';
import { DocumentAnalyses } from './documentAnalyses';
import { JobCancelled, nextTurnPromise } from './slicedJob';
import { WorkspaceIndex } from './workspaceIndex';
import { CONFIG_FILE_NAME, type ConfigFileSystem, GitIgnores, nodeConfigFileSystem } from '../config';
import { isConfigFile, ProjectConfigState } from './projectConfig';
import { resolveCatalogPaths, resolveCatalogUris, trustedFromInitOptions } from './catalogPaths';
import type { ClientFileSystem } from './clientFileSystem';
import { catalogProblemDiagnostics } from './catalogProblems';
import { CatalogWatcher, watchTargets } from './catalogWatcher';
import { OwnDiagnostics } from './ownDiagnostics';
import { initializeResult } from './capabilities';
import { invalidParams, type ParamsShape } from './params';
import {
  type CatalogSummary,
  CatalogsRequestMethod,
  ReloadCatalogsRequestMethod,
  SettingsProblemNotificationMethod,
  type SettingsProblemParams,
  WorkspaceTrustNotificationMethod,
  type WorkspaceTrustParams,
} from './protocol';
import { editReportingDocuments } from './editTracking';
import { type Logger, runSafe } from './runSafe';
import { compilerLoadOutcome, setCompilerLog } from '../compiler/typescriptCompiler';
import { errorDetail } from '../errors';

export interface ServerOptions {
  /** The folder of bundled catalogs (catalogs/ next to dist/). */
  bundledCatalogFolder: string;
  /** The bundled catalogs parsed at build time (dist/catalog-index.json); without it, or when stale, they are parsed. */
  bundledCatalogIndex?: string;
  fs?: CatalogFileSystem;
  /** Access to project config files (status-catalog.config.json); node:fs by default. */
  configFs?: ConfigFileSystem;
  /**
   * The web server's: the bundled catalogs' files, embedded in its bundle. The folder they are named under is
   * the client's `initializationOptions.bundledCatalogFolder` (the extension's own copy, for links) when given.
   */
  bundledFs?: CatalogFileSystem;
  /**
   * The web server's: user catalog folders are URIs, read through the client and watched by the client's file
   * watcher. Without it (the Node server) folders are paths on the local disk, read with `fs`.
   */
  clientFiles?: ClientFileSystem;
}

/** VS Code shows at most this many diagnostics per file; past it, squiggles are silently lost. */
const EDITOR_DIAGNOSTICS_LIMIT = 1000;

/** Wait after the last keystroke before re-validating, so typing is never slowed by diagnostics. */
const VALIDATION_DELAY_MS = 150;

/** Wait after the client's last catalog folder event before reading the folders again (web server). */
const CLIENT_WATCH_DEBOUNCE_MS = 200;

/**
 * How often a request asks again when the analysis it awaited was overtaken by the document (an edit, a config
 * change); past it, the request is answered empty rather than wait behind a document that keeps changing.
 */
const ANALYSIS_ATTEMPTS = 4;

/** How long a request that needs the whole workspace waits for the index before answering with what it has. */
const INDEX_WAIT_MS = 5000;

export function startServer(connection: Connection, options: ServerOptions): void {
  const fs = options.fs ?? nodeFileSystem;
  const { clientFiles } = options;
  let bundledFolder = options.bundledCatalogFolder;
  // Typing pauses: carried analyses are replaced by real ones (off the request path; answers are the same).
  const analyses = new DocumentAnalyses({ onSettle: (uri) => void analysisOf(uri, { fresh: true, background: true }).catch(() => undefined) });
  const documents = new TextDocuments(
    editReportingDocuments((change) => analyses.carry(change, () => documents.get(change.uri)?.getText() ?? '')),
  );
  const logger: Logger = {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
  };
  setCompilerLog((message) => logger.warn(message));
  let compilerLoadLogged = false;
  const settingsByUri = new Map<string, Promise<StatusCatalogSettings>>();
  const pendingValidation = new Map<string, NodeJS.Timeout>();
  const catalogProblemUris = new Set<string>();
  let pushedSettings: StatusCatalogSettings = readSettings(undefined);
  let canPullConfiguration = false;
  let canRefreshInlayHints = false;
  let canWatchFiles = false;
  let workspaceRoots: string[] = [];
  let indexDetection = { extraPropertyNames: [] as string[], extraCallNames: [] as string[] };
  /** The workspace's .gitignore rules, read as the index meets them; made anew when a .gitignore changes. */
  let gitIgnores = new GitIgnores();
  const workspaceIndex = new WorkspaceIndex({
    detection: () => indexDetection,
    log: (message) => logger.info(message),
    // The same files the CLI would walk: the project config's `ignore`, then .gitignore.
    isIgnored: (path, isFolder, root) => project.ignores(path, isFolder) || gitIgnores.ignores(path, isFolder, root),
  });
  let clientLocale = 'en';
  let workspaceRoot: string | undefined;
  // Nothing is read before `initialize` is answered: the catalogs load with the first reload (on `initialized`,
  // or the first request that needs them), the parsers at their first use.
  const bundled = lazyBundledCatalogs(() => bundledFolder, options.bundledCatalogIndex, options.bundledFs ?? fs, logger);
  let catalogs: LoadedRegistry = loadRegistry(undefined, [], fs);
  // Two waits. A request waits for the first load to end: answering it is never held up by a reload that overtook
  // that load (a settings change while it waits for the client's settings), which may take a while on a large or
  // hostile catalog folder. Diagnostics wait until some load has committed catalogs: the overtaken load commits
  // nothing, and a document validated then would be published as judged by no catalog at all.
  let firstLoad: Promise<void> | undefined;
  const catalogsLoaded = (): Promise<void> => (firstLoad ??= reloadCatalogs());
  let markCatalogsCommitted: () => void = () => undefined;
  const catalogsCommitted = new Promise<void>((resolve) => (markCatalogsCommitted = resolve));
  const catalogsCommittedOnce = (): Promise<void> => {
    void catalogsLoaded();
    return catalogsCommitted;
  };
  let generation = 0;
  let userFolders: string[] = [];
  /** The unknown ids of the editor's `catalogs` setting last reported, so a notification is shown once. */
  let reportedUnknownSetting = '';
  const overLimitUris = new Set<string>();
  const project = new ProjectConfigState({
    bundled: () => bundled.catalogs(),
    catalogFs: fs,
    configFs: options.configFs ?? nodeConfigFileSystem,
    logger,
    onConfigChange: () => configFilesChanged(),
    onCatalogsLoaded: () => {
      publishCatalogProblems();
      watchUserFolders();
    },
    onConfigFound: (file) => publishConfigDiagnostics([file]),
    isTrusted: () => workspaceTrusted,
  });
  let workspaceTrusted = true;
  let reloadTicket = 0;
  const ownDiagnostics = new OwnDiagnostics();
  // Node: the server watches the disk itself. Web: the client's file watcher reports changes (see watchUserFolders).
  const catalogWatcher = clientFiles ? undefined : new CatalogWatcher(() => void reloadCatalogs(), logger);
  let clientFolderWatch: { key: string; registration: Promise<Disposable | undefined> } | undefined;
  let clientFolderReload: ReturnType<typeof setTimeout> | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale ?? 'en';
    canPullConfiguration = params.capabilities?.workspace?.configuration === true;
    canRefreshInlayHints = params.capabilities?.workspace?.inlayHint?.refreshSupport === true;
    canWatchFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // The workspace index reads the local disk: the web server has none, so it indexes only open documents.
    workspaceRoots = clientFiles
      ? []
      : (params.workspaceFolders ?? [])
          .map((folder) => folder.uri)
          .filter((uri) => uri.startsWith('file:'))
          .map((uri) => fileURLToPath(uri));
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (clientFiles) {
      workspaceRoot = folder;
      const embeddedUnder = (params.initializationOptions as { bundledCatalogFolder?: unknown } | undefined)?.bundledCatalogFolder;
      if (options.bundledFs && typeof embeddedUnder === 'string') bundledFolder = embeddedUnder;
    } else {
      workspaceRoot = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    }
    pushedSettings = readSettings(extractSection(params.initializationOptions));
    workspaceTrusted = trustedFromInitOptions(params.initializationOptions);
    return initializeResult();
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'statusCatalog' }).catch(() => undefined);
    }
    // The editor tells of config files created, changed or deleted anywhere in the workspace.
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch((error: unknown) => logger.warn(`cannot watch config files through the client: ${String(error)}`));
    }
    await catalogsLoaded();
    if (workspaceRoots.length === 0 && workspaceRoot) workspaceRoots = [workspaceRoot];
    if (canWatchFiles) {
      // The index follows files changed outside the editor (git checkout, a generator) through the client's watcher.
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,json,jsonc,har,yaml,yml}' }, { globPattern: '**/.gitignore' }],
        })
        .catch(() => undefined);
    }
    workspaceIndex.setRoots(workspaceRoots);
  });


  connection.onDidChangeConfiguration(async (change) => {
    // Forget settings and analyses at once, so a request that arrives while the catalogs reload already
    // sees the new settings.
    settingsByUri.clear();
    generation++;
    if (!canPullConfiguration) pushedSettings = readSettings(extractSection(change.settings));
    await reloadCatalogs();
  });

  // One handler for every file the client watches for the server: config files, and sources for the workspace index.
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((event) => isConfigFile(event.uri))) project.configChanged();
    if (clientFiles && change.changes.some((event) => userFolders.some((folder) => event.uri.startsWith(`${folder}/`)))) {
      // A save can come as several events (and a git checkout as many): one reload after they stop.
      clearTimeout(clientFolderReload);
      clientFolderReload = setTimeout(() => void reloadCatalogs(), CLIENT_WATCH_DEBOUNCE_MS);
    }
    if (change.changes.some((event) => event.uri.endsWith('/.gitignore'))) {
      // Which files the index holds changed: read the rules again and index anew (a rare event).
      gitIgnores = new GitIgnores();
      if (workspaceIndex.isStarted) void workspaceIndex.rebuild(workspaceRoots);
    }
    for (const event of change.changes) {
      if (!event.uri.startsWith('file:') || isConfigFile(event.uri) || event.uri.endsWith('/.gitignore')) continue;
      if (event.type === FileChangeType.Deleted) workspaceIndex.forget(event.uri);
      else workspaceIndex.refreshFile(fileURLToPath(event.uri));
    }
  });

  /** A config file changed: every document's settings and catalogs are resolved again, without a restart. */
  function configFilesChanged(): void {
    logger.info('a project config file changed: reading it again');
    project.forgetConfigs();
    // Its `ignore` decides which files the index holds.
    if (workspaceIndex.isStarted) void workspaceIndex.rebuild(workspaceRoots);
    generation++;
    analyses.clear();
    publishConfigDiagnostics();
    publishCatalogProblems();
    watchUserFolders();
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }

  /** Diagnostics on config files (by default every one known), from the editor's text where it is open. */
  function publishConfigDiagnostics(files = project.knownConfigFiles()): void {
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      void connection.sendDiagnostics({ uri, diagnostics: project.configDiagnostics(file, documents.get(uri)?.getText()) });
    }
  }

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

  /**
   * The analysis of a document's current version. It is made off the request path, as a sliced job that lets
   * requests on other documents be answered between its slices (documentAnalyses.ts); when the document moves on
   * while the job runs, the analysis of what it is now is awaited instead. `background` work (diagnostics, settling)
   * gives way to requests.
   */
  async function analysisOf(uri: string, { fresh = false, background = false } = {}): Promise<AnalyzedDocument | undefined> {
    for (let attempt = 0; attempt < ANALYSIS_ATTEMPTS; attempt++) {
      const document = documents.get(uri);
      if (!document || !detectorLanguageOf(document.languageId, document.uri) || isConfigFile(uri)) return undefined;
      // Both can wait on the client (workspace/configuration): asked together, a first analysis waits for one round
      // trip, not two in turn.
      const askedAt = generation;
      const [, editorSettings] = await Promise.all([background ? catalogsCommittedOnce() : catalogsLoaded(), settingsFor(uri)]);
      // Settings asked before a change of settings are the old ones: diagnostics ask again rather than publish what
      // they would give. A request answers with them (as at any moment a change may be on its way).
      if (background && generation !== askedAt) continue;
      const current = documents.get(uri);
      if (!current) return undefined;
      // The project config, where one applies, decides the settings and catalogs; its `ignore` leaves files out.
      const resolved = project.settingsFor(uri, editorSettings);
      if (resolved.ignored) return undefined;
      const { settings } = resolved;
      const registry = project.registryFor(resolved, catalogs.registry);
      let analyzed: AnalyzedDocument;
      try {
        analyzed = await analyses.get(
          current,
          generation,
          (previous) =>
            analyzeDocumentSteps(current, settings, registry, {
              clientLocale,
              previous,
              onError: (error) => logger.error(`detection in ${uri} failed: ${errorDetail(error)}`),
            }),
          { fresh, urgent: !background },
        );
      } catch (error) {
        if (error instanceof JobCancelled) continue;
        throw error;
      }
      logCompilerLoad();
      if (analyzed.version === undefined || analyzed.version === documents.get(uri)?.version) return analyzed;
    }
    return undefined;
  }

  /** Says once how long the compiler took to load, and whether its code cache served. */
  function logCompilerLoad(): void {
    const outcome = compilerLoadOutcome();
    if (compilerLoadLogged || !outcome) return;
    compilerLoadLogged = true;
    logger.info(`TypeScript compiler loaded in ${outcome.loadMs.toFixed(1)} ms (code cache: ${outcome.cache}${outcome.from ? `, ${outcome.from}` : ''})`);
  }

  connection.onNotification(WorkspaceTrustNotificationMethod, (params: WorkspaceTrustParams) => {
    const trusted = params?.trusted === true;
    if (trusted === workspaceTrusted) return;
    workspaceTrusted = trusted;
    void reloadCatalogs();
  });

  /** Loads the catalogs again; a load that fails is logged, and ends the wait of the documents (judged by what is loaded). */
  async function reloadCatalogs(): Promise<void> {
    try {
      await loadCatalogs();
    } catch (error) {
      logger.error(`loading the catalogs failed: ${errorDetail(error)}`);
      markCatalogsCommitted();
    }
  }

  async function loadCatalogs(): Promise<void> {
    // Reloads can overlap (a change while settings are pulled): only the latest one reads and commits.
    const ticket = ++reloadTicket;
    const settings = await settingsFor(undefined);
    if (ticket !== reloadTicket) return;
    indexDetection = { extraPropertyNames: settings.propertyNames, extraCallNames: settings.callNames };
    const resolved = (clientFiles ? resolveCatalogUris : resolveCatalogPaths)(settings.catalogPaths, workspaceRoot, workspaceTrusted);
    for (const path of resolved.skippedUntrusted) {
      logger.info(`catalog folder "${path}" is relative to the workspace, which is not trusted: not read until it is`);
    }
    for (const path of resolved.skippedNoFolder ?? []) logger.info(`catalog folder "${path}" is relative, and no workspace folder is open: not read`);
    // Through the client (web), or a file at a time with requests answered between files (Node): a reload never
    // holds the server for a whole folder. A newer reload may start meanwhile; only the latest commits.
    const loaded = await loadRegistryAsync(bundled.catalogs(), resolved.folders, clientFiles ?? readingByTurns(fs, nextTurnPromise));
    if (ticket !== reloadTicket) return;
    catalogs = loaded;
    userFolders = resolved.folders;
    // Analyses stay: the next request of each document keeps its detection and resolves scope again.
    project.forgetCatalogs();
    generation++;
    markCatalogsCommitted();
    const count = catalogs.registry.all().length;
    const userNote = userFolders.length ? `, ${userFolders.length} user folders in ${catalogs.elapsedMs.toFixed(1)} ms` : '';
    logger.info(`loaded ${count} catalogs: bundled ${bundled.from() === 'index' ? 'from their index' : 'parsed'} in ${bundled.elapsedMs().toFixed(1)} ms${userNote} (${messages('en').problemCount(catalogs.problems.length)})`);
    publishConfigDiagnostics();
    publishCatalogProblems();
    watchUserFolders();
    // Hints show catalog messages: the client asks again for the visible ones (LSP 3.17 refresh).
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    reportUnknownSettingCatalogs(settings.catalogs);
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }

  /**
   * `statusCatalog.catalogs` naming a catalog no folder provides is said in the log and, once per set of ids,
   * to the user (the VS Code client offers "Open Settings"), rather than silently consulting other catalogs.
   */
  function reportUnknownSettingCatalogs(ids: readonly string[]): void {
    const unknown = ids.filter((id) => !catalogs.registry.hasService(id));
    const key = unknown.join(',');
    if (key === reportedUnknownSetting) return;
    reportedUnknownSetting = key;
    if (unknown.length === 0) return;
    const known = catalogs.registry.serviceIds().join(', ') || 'none';
    const message = `statusCatalog.catalogs names ${unknown.map((id) => `'${id}'`).join(', ')}, which no catalog folder provides (known: ${known})`;
    logger.warn(message);
    const params: SettingsProblemParams = { message, setting: 'statusCatalog.catalogs' };
    void connection.sendNotification(SettingsProblemNotificationMethod, params);
  }

  /** Catalog problems show in the editor's Problems view, on the catalog file and line. */
  function publishCatalogProblems(): void {
    const projectProblems = project.catalogProblems(catalogs.problems);
    for (const problem of projectProblems) logger.warn(`${problem.file}:${problem.line}: ${problem.message}`);
    const byUri = catalogProblemDiagnostics(projectProblems);
    for (const uri of catalogProblemUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    catalogProblemUris.clear();
    for (const [uri, diagnostics] of byUri) {
      catalogProblemUris.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /**
   * User catalog folders (the setting's and the project configs'), their pages, the files with problems and the
   * configs' OpenAPI documents are watched, so an edited page is live without restarting the editor
   * (catalogWatcher.ts keeps the watches alive).
   */
  function watchUserFolders(): void {
    const folders = [...new Set([...userFolders, ...project.catalogFolders()])];
    if (!catalogWatcher) {
      watchClientFolders(folders);
      return;
    }
    const userSources = catalogs.registry.all().filter((c) => c.info.origin === 'user').map((c) => c.info.source);
    catalogWatcher.setTargets(watchTargets(folders, [...userSources, ...catalogs.problems.map((p) => p.file)]), project.catalogDocuments());
  }

  /**
   * Web: the client watches the user's catalog folders (VS Code's file watcher, through dynamic registration
   * of didChangeWatchedFiles with a relative pattern per folder); registered again only when the folders change.
   */
  function watchClientFolders(folders: readonly string[]): void {
    const key = JSON.stringify(folders);
    if (!canWatchFiles || clientFolderWatch?.key === key) return;
    void clientFolderWatch?.registration.then((registration) => registration?.dispose());
    const watchers = folders.map((baseUri) => ({ globPattern: { baseUri, pattern: '**/*' } }));
    const registration =
      watchers.length === 0
        ? Promise.resolve(undefined)
        : connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
            logger.warn(`cannot watch catalog folders through the client: ${String(error)}`);
            return undefined;
          });
    clientFolderWatch = { key, registration };
  }

  function scheduleValidation(uri: string, delay = VALIDATION_DELAY_MS): void {
    clearTimeout(pendingValidation.get(uri));
    pendingValidation.set(
      uri,
      setTimeout(async () => {
        pendingValidation.delete(uri);
        try {
          const document = documents.get(uri);
          if (document && isConfigFile(uri)) {
            const diagnostics = project.configDiagnostics(fileURLToPath(uri), document.getText());
            await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
            return;
          }
          const analyzed = await analysisOf(uri, { background: true });
          if (!analyzed) {
            // An ignored file (or one that no longer exists) shows nothing, also what it showed before.
            if (document) await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
            return;
          }
          const diagnostics = doValidate(analyzed);
          reportOverLimit(uri, diagnostics.length);
          const version = analyzed.version ?? analyzed.document.version;
          ownDiagnostics.set(uri, version, diagnostics);
          await connection.sendDiagnostics({ uri, version, diagnostics });
        } catch (error) {
          logger.error(`validating ${uri} failed: ${errorDetail(error)}`);
        }
      }, delay),
    );
  }

  /** Says once per file when its diagnostics pass the editor's per-file limit, where the rest would be lost unseen. */
  function reportOverLimit(uri: string, count: number): void {
    if (count <= EDITOR_DIAGNOSTICS_LIMIT) {
      overLimitUris.delete(uri);
      return;
    }
    if (overLimitUris.has(uri)) return;
    overLimitUris.add(uri);
    logger.warn(
      `${uri} has ${count} diagnostics; the editor shows only the first ${EDITOR_DIAGNOSTICS_LIMIT}. ` +
        `Generated or fixture files are best left out with "ignore" in ${CONFIG_FILE_NAME}.`,
    );
  }

  // The library tells of an opened document twice, as opened and as changed content (in that order today): the
  // second must not put its first diagnostics off by the typing delay. Told apart by version, whatever the order.
  const openedVersions = new Map<string, number>();
  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    scheduleValidation(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    const opened = openedVersions.get(uri);
    // Only the first event after the open is skipped: a client that repeats a version must still be validated.
    openedVersions.delete(uri);
    if (opened === version) return;
    scheduleValidation(uri);
  });
  documents.onDidClose((event) => {
    openedVersions.delete(event.document.uri);
    clearTimeout(pendingValidation.get(event.document.uri));
    pendingValidation.delete(event.document.uri);
    analyses.delete(event.document.uri);
    ownDiagnostics.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    project.forgetDocument(event.document.uri);
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
      doCodeActions(a, ownDiagnostics.filter(params.textDocument.uri, a.document.version, params.context.diagnostics), {
        readFile: (path) => (clientFiles ? clientCatalogText(path) : fs.readFile(path)),
      }),
    ),
  );
  // "Open the catalog row": shows the catalog page at the row (the client opens it, as for go to definition).
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const [uri, line] = args ?? [];
    if (command !== OPEN_CATALOG_ROW_COMMAND || typeof uri !== 'string' || typeof line !== 'number') return;
    const position = { line, character: 0 };
    await connection.window.showDocument({ uri, takeFocus: true, selection: { start: position, end: position } }).catch((error: unknown) => {
      logger.warn(`cannot show ${uri}: ${errorDetail(error)}`);
    });
  });

  /** A catalog page's text for a quick fix (web): the editor's where it is open, else the text its catalog was built from. */
  function clientCatalogText(uri: string): string {
    const text = documents.get(uri)?.getText() ?? clientFiles?.lastText(uri);
    if (text === undefined) throw new Error(`${uri} was not read`);
    return text;
  }

  /**
   * The open documents' analyses of their current text, as uses: they stand in for their files in the workspace
   * index. One not analysed yet (edited, or its analysis dropped by a config change) is analysed now rather than
   * left out or shown as it was: left out, neither it nor, for a file not on disk, anything of it would be listed.
   * Within the index's wait, as the index.
   */
  async function openDocumentUses(): Promise<Map<string, readonly StatusUse[]>> {
    const open = documents.all();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), INDEX_WAIT_MS)));
    const analysed = await Promise.all(
      open.map(
        (document) =>
          analyses.latestOf(document.uri, document.version) ?? Promise.race([analysisOf(document.uri).catch(() => undefined), expired]),
      ),
    );
    clearTimeout(timer);
    const uses = new Map<string, readonly StatusUse[]>();
    open.forEach((document, i) => {
      const analyzed = analysed[i];
      if (analyzed) uses.set(document.uri, usesOf(analyzed));
    });
    return uses;
  }

  connection.onReferences(async (params, token) => {
    await workspaceIndex.whenReady(INDEX_WAIT_MS);
    const open = await openDocumentUses();
    return withAnalysis('references', 'position', params, [], token, (a) => findReferences(a, params.position, workspaceIndex.entries(open)));
  });
  // "used N times" above the rows of a catalog page that is open: the page's catalogs are those read from its file.
  connection.onCodeLens(async (params, token) => {
    const { uri } = params.textDocument;
    const path = clientFiles ? uri : uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const pageCatalogs = catalogs.registry.all().filter((catalog) => catalog.info.source === path && catalog.info.kind === 'service');
    if (pageCatalogs.length === 0) return [];
    await workspaceIndex.whenReady(INDEX_WAIT_MS);
    const open = await openDocumentUses();
    return runSafe(logger, `code lenses for ${params.textDocument.uri}`, [], token, () =>
      catalogLenses(pageCatalogs, params.textDocument.uri, workspaceIndex.entries(open), pushedSettings.locale || clientLocale));
  });
  connection.onWorkspaceSymbol(async (params, token) => {
    await workspaceIndex.whenReady(INDEX_WAIT_MS);
    const open = await openDocumentUses();
    return runSafe(logger, `workspace symbols for ${JSON.stringify(params.query)}`, [], token, () =>
      workspaceSymbols(params.query, workspaceIndex.entries(open), catalogs.registry, pushedSettings.locale || clientLocale));
  });

  connection.languages.inlayHint.on((params, token) =>
    withAnalysis('inlay hints', 'document-range', params, [], token, (a) => (a.settings.inlayHints.enabled ? doInlayHints(a, params.range) : [])),
  );
  connection.languages.inlayHint.resolve(async (hint, token) => {
    const data = hint.data as { uri?: unknown } | undefined;
    if (typeof data?.uri !== 'string') return hint;
    // A hint carries no position of its own: its data names the document and offset it was made from.
    const uri = data.uri;
    let analyzed: AnalyzedDocument | undefined;
    try {
      analyzed = await analysisOf(uri);
    } catch (error) {
      logger.error(`inlay hint resolve at ${uri}: analysis failed: ${errorDetail(error)}`);
    }
    return runSafe(logger, `inlay hint resolve at ${uri}`, hint, token, () => (analyzed ? resolveInlayHint(analyzed, hint) : hint));
  });

  connection.onRequest(CatalogsRequestMethod, async () => {
    await catalogsLoaded();
    return summarize();
  });
  connection.onRequest(ReloadCatalogsRequestMethod, async () => {
    // Config files are read again too, for editors that cannot watch files for the server.
    project.forgetConfigs();
    await reloadCatalogs();
    return summarize();
  });

  /** The editor's catalogs, then those only project configs bring in, each catalog file once. */
  function summarize(): CatalogSummary[] {
    const all = [...catalogs.registry.all(), ...project.configCatalogs()];
    const unique = all.filter((catalog, index) => all.findIndex((c) => c.info.source === catalog.info.source && c.info.id === catalog.info.id) === index);
    return unique.map(({ info, entries, problems }) => ({
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
    catalogWatcher?.dispose();
    clearTimeout(clientFolderReload);
    project.dispose();
    for (const timer of pendingValidation.values()) clearTimeout(timer);
    analyses.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** The bundled catalogs, read once, at their first use: from the generated index, or parsed when it is stale. */
function lazyBundledCatalogs(
  folder: () => string,
  indexFile: string | undefined,
  fs: CatalogFileSystem,
  logger: Logger,
): { catalogs(): LoadedCatalogs; elapsedMs(): number; from(): BundledCatalogs['from'] | undefined } {
  let loaded: BundledCatalogs | undefined;
  let elapsedMs = 0;
  return {
    catalogs: () => {
      if (!loaded) {
        const started = performance.now();
        const bundled = loadBundledCatalogs(folder(), fs, indexFile);
        elapsedMs = performance.now() - started;
        if (bundled.indexRejected) logger.warn(`bundled catalogs parsed, not read from their index: ${bundled.indexRejected}`);
        loaded = bundled;
      }
      return loaded;
    },
    elapsedMs: () => elapsedMs,
    from: () => loaded?.from,
  };
}

/** Clients send either `{ statusCatalog: {…} }` or the section itself. */
function extractSection(settings: unknown): unknown {
  if (typeof settings === 'object' && settings !== null && 'statusCatalog' in settings) {
    return (settings as { statusCatalog: unknown }).statusCatalog;
  }
  return settings;
}
