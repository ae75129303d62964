/**
 * The project config files in the server: each document's effective settings and catalogs under its nearest
 * `status-catalog.config.json`, diagnostics on the config files themselves, and watching them so that an edit
 * takes effect without a restart. The pure logic lives in server/src/config; this is its wiring.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from './languageServerLibrary';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogFileSystem, CatalogProblem, LoadedCatalogs } from '../catalog/catalogFolder';
import { type LoadedRegistry, loadRegistry } from '../catalog/loadCatalogs';
import { OpenApiDocumentCache } from '../catalog/openApiDocuments';
import type { CatalogRegistry } from '../catalog/registry';
import type { Catalog } from '../catalog/types';
import { uniqueProblems } from '../catalog/uniqueProblems';
import {
  CONFIG_FILE_NAME,
  type ConfigFileSystem,
  type FileSettings,
  parseConfig,
  ProjectConfigs,
  openApiDocumentProblems,
  unknownCatalogProblems,
} from '../config';
import { DIAGNOSTIC_SOURCE } from '../service/diagnostics';
import type { StatusCatalogSettings } from '../service/settings';
import type { Logger } from './runSafe';

export interface ProjectConfigOptions {
  /** The bundled catalogs, read on first use (the server answers `initialize` before any catalog is touched). */
  bundled: () => LoadedCatalogs;
  catalogFs: CatalogFileSystem;
  configFs: ConfigFileSystem;
  logger: Logger;
  /** Called (debounced) when a watched config file changes on disk. */
  onConfigChange: () => void;
  /** Called when the catalog folders of a config are read for the first time (their problems are new). */
  onCatalogsLoaded: () => void;
  /** Called when a document's config file is met for the first time (its diagnostics are due). */
  onConfigFound: (file: string) => void;
  /**
   * Whether the workspace is trusted. A config file is the repository's text: until trust, the catalog folders it
   * names (relative or absolute) are not read, as VS Code withholds a workspace's `catalogPaths` setting.
   */
  isTrusted: () => boolean;
}

/** Whether a document is a project config file (never analysed for status codes; validated as a config). */
export function isConfigFile(uri: string): boolean {
  if (!uri.startsWith('file:')) return false;
  // Asked on every request, and parsing the URL costs more than the rest of a hover: a URI that does not spell the
  // name can only decode to it through percent-encoding or the tabs and line breaks the URL parser drops.
  if (!uri.includes(CONFIG_FILE_NAME) && !/[%\t\n\r]/.test(uri)) return false;
  return basename(fileURLToPath(uri)) === CONFIG_FILE_NAME;
}

/** What a config registry is read from; its JSON text is the registry's key. */
interface RegistryKey {
  folders: readonly string[];
  documents: readonly string[];
}

export class ProjectConfigState {
  private configs: ProjectConfigs;
  /** Registries of the catalog folder and OpenAPI document lists that configs name, by the lists. */
  private readonly registries = new Map<string, LoadedRegistry>();
  private readonly openApiDocuments: OpenApiDocumentCache;
  private readonly watchers = new Map<string, FSWatcher>();
  /** Each document's resolved settings, for the editor settings they were resolved over (requests come often). */
  private readonly resolvedByUri = new Map<string, { editor: StatusCatalogSettings; resolved: FileSettings }>();
  /** Config files met so far, kept across re-reads so that their diagnostics are refreshed (or cleared). */
  private readonly found = new Set<string>();
  private changeTimer: NodeJS.Timeout | undefined;
  /** Folder lists already logged as withheld until trust (the log says it once per list). */
  private readonly withheldLogged = new Set<string>();

  constructor(private readonly options: ProjectConfigOptions) {
    this.configs = new ProjectConfigs(options.configFs);
    this.openApiDocuments = new OpenApiDocumentCache(options.catalogFs);
  }

  /** The settings of a document: its config's where one applies, else the editor's. */
  settingsFor(uri: string, editor: StatusCatalogSettings): FileSettings {
    if (!uri.startsWith('file:')) return { settings: editor, ignored: false };
    const cached = this.resolvedByUri.get(uri);
    if (cached?.editor === editor) return cached.resolved;
    const resolved = this.configs.settingsFor(fileURLToPath(uri), editor);
    this.resolvedByUri.set(uri, { editor, resolved });
    if (resolved.configFile && !this.found.has(resolved.configFile)) {
      this.found.add(resolved.configFile);
      this.watchConfig(resolved.configFile);
      this.options.onConfigFound(resolved.configFile);
    }
    return resolved;
  }

  /** Whether the `ignore` of the config that applies leaves a file or folder (absolute path) out. */
  ignores(path: string, isFolder: boolean): boolean {
    return this.configs.ignores(path, isFolder);
  }

  /** The registry for a document's settings: a config's own catalog folders, or the editor's registry. */
  registryFor(resolved: FileSettings, editorRegistry: CatalogRegistry): CatalogRegistry {
    return resolved.configFile ? this.loaded(resolved.settings.catalogPaths, resolved.openApiDocuments ?? []).registry : editorRegistry;
  }

  /** The editor registry's catalog problems and those of the catalogs that configs brought in, each once. */
  catalogProblems(editorProblems: readonly CatalogProblem[]): CatalogProblem[] {
    return uniqueProblems([...editorProblems, ...[...this.registries.values()].flatMap((loaded) => loaded.problems)]);
  }

  /** The catalogs of the registries that configs use (bundled ones included). */
  configCatalogs(): Catalog[] {
    return [...this.registries.values()].flatMap((loaded) => loaded.registry.all());
  }

  /** The catalog folders that configs name, for watching. */
  catalogFolders(): string[] {
    return [...new Set([...this.registries.keys()].flatMap((key) => (JSON.parse(key) as RegistryKey).folders))];
  }

  /** The OpenAPI documents that configs name, for watching (each file, not its whole folder). */
  catalogDocuments(): string[] {
    return [...new Set([...this.registries.keys()].flatMap((key) => (JSON.parse(key) as RegistryKey).documents))];
  }

  /** Every config file met so far (some may have been deleted since). */
  knownConfigFiles(): string[] {
    return [...this.found];
  }

  /**
   * Diagnostics on a config file: its syntax and schema problems and catalog ids no folder provides.
   * `text` is the editor's unsaved text when the file is open.
   */
  configDiagnostics(file: string, text?: string): Diagnostic[] {
    const source = text ?? this.readText(file);
    if (source === undefined) return []; // deleted: nothing left to mark
    const config = text === undefined ? this.configs.load(file) : parseConfig(text, file);
    const document = TextDocument.create(pathToFileURL(file).href, 'json', 0, source);
    const documents = config.openapi.map((document) => document.path);
    const folderLists = [config.catalogPaths ?? [], ...config.overrides.map((o) => o.catalogPaths ?? config.catalogPaths ?? [])];
    const known = [...new Set(folderLists.flatMap((folders) => this.loaded(folders, documents).registry.serviceIds()))];
    const failures = this.loaded(config.catalogPaths ?? [], documents).documentFailures;
    // Until trust the config's own folders are not read: an id they would provide is not unknown, only unread.
    const withheld = !this.options.isTrusted() && folderLists.some((folders) => folders.length > 0);
    const problems = [
      ...config.problems,
      ...(withheld ? [] : unknownCatalogProblems(config, known)),
      ...openApiDocumentProblems(config, failures),
    ];
    // The saved file's problems go to the log too (not each keystroke's in an open editor).
    if (text === undefined) for (const problem of problems) this.options.logger.warn(`${file}: ${problem.message}`);
    return problems.map((problem) => ({
      range: { start: document.positionAt(problem.offset), end: document.positionAt(problem.offset + problem.length) },
      severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: problem.severity === 'error' ? 'invalidConfig' : 'unknownCatalog',
      message: problem.message,
    }));
  }

  /** A config file changed, appeared or went: read everything again on next use. */
  forgetConfigs(): void {
    this.configs = new ProjectConfigs(this.options.configFs);
    this.resolvedByUri.clear();
    this.registries.clear();
    this.openApiDocuments.clear();
  }

  /** A document closed: its resolved settings need not be kept. */
  forgetDocument(uri: string): void {
    this.resolvedByUri.delete(uri);
  }

  /** Catalog folders changed: their registries are read again on next use. */
  forgetCatalogs(): void {
    this.registries.clear();
    this.openApiDocuments.clear();
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  /** Announces a change of a config file (from the client's file watcher or our own). */
  configChanged(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.options.onConfigChange(), 100);
  }

  private loaded(named: readonly string[], namedDocuments: readonly string[]): LoadedRegistry {
    // The config is the repository's text: its folders and OpenAPI documents are read only once the workspace is trusted.
    const trusted = this.options.isTrusted();
    const folders = trusted ? named : [];
    const documents = trusted ? namedDocuments : [];
    const namedKey = JSON.stringify([named, namedDocuments]);
    if ((folders.length < named.length || documents.length < namedDocuments.length) && !this.withheldLogged.has(namedKey)) {
      this.withheldLogged.add(namedKey);
      this.options.logger.info(`catalogs of a project config (${[...named, ...namedDocuments].join(', ')}) are the workspace's, which is not trusted: not read until it is`);
    }
    const key = JSON.stringify({ folders, documents } satisfies RegistryKey);
    let loaded = this.registries.get(key);
    if (!loaded) {
      loaded = loadRegistry(this.options.bundled(), folders, this.options.catalogFs, this.openApiDocuments.load(documents));
      this.registries.set(key, loaded);
      const documentNote = documents.length > 0 ? ` and ${documents.length} OpenAPI documents` : '';
      this.options.logger.info(`loaded ${folders.length} catalog folders${documentNote} of a project config in ${loaded.elapsedMs.toFixed(1)} ms (${loaded.problems.length} problems)`);
      this.options.onCatalogsLoaded();
    }
    return loaded;
  }

  private readText(file: string): string | undefined {
    try {
      return this.options.configFs.readFileIfExists(file);
    } catch {
      return ''; // unreadable: loading it reports why, at the start of the file
    }
  }

  /**
   * Watches a config file's folder (a file watch would stop at the first atomic save, which replaces the file).
   * Editors that can watch files for the server tell it of new config files too (workspace/didChangeWatchedFiles).
   */
  private watchConfig(file: string): void {
    const folder = dirname(file);
    if (this.watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name === null || String(name) === CONFIG_FILE_NAME) this.configChanged();
      });
      watcher.on('error', (error) => {
        this.options.logger.warn(`stopped watching the config file ${file}: ${error.message}`);
        this.watchers.delete(folder);
      });
      this.watchers.set(folder, watcher);
    } catch (error) {
      this.options.logger.warn(`cannot watch the config file ${file}: ${String(error)}`);
    }
  }
}
