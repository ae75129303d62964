/**
 * Reads and analyses source files for `list` and `check`, with the same service and the same project config
 * resolution as the editor: each file's nearest status-catalog.config.json (or the one `--config` names)
 * decides its settings and catalogs, and command-line flags go on top of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogProblem } from '../catalog/catalogFolder';
import { loadBundledCatalogs, type LoadedRegistry, loadRegistry } from '../catalog/loadCatalogs';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import { OpenApiDocumentCache } from '../catalog/openApiDocuments';
import { uniqueProblems } from '../catalog/uniqueProblems';
import {
  nodeConfigFileSystem,
  openApiDocumentProblems,
  type ProjectConfig,
  ProjectConfigs,
  unknownCatalogProblems,
} from '../config';
import { type AnalyzedDocument, analyzeDocument, defaultSettings, type StatusCatalogSettings } from '../service/languageService';
import { collectSourceFiles, languageOfFile } from './sourceFiles';
import { errorMessage } from '../errors';

export interface CliCatalogOptions {
  /** `--config FILE`: this config for every file instead of discovery. */
  config?: string;
  /** `--catalog`: replaces the catalogs a config or the defaults name. */
  catalogs: string[];
  /** `--catalog-path`: absolute folders added after the config's own. */
  catalogPaths: string[];
  /** `--locale`: replaces the config's locale. */
  locale?: string;
}

export interface FileAnalysis {
  file: string;
  analyzed: AnalyzedDocument;
}

/** A problem in a config file, placed by line and column (1-based). */
export interface ConfigFileProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface SourceAnalysis {
  analyses: FileAnalysis[];
  /** Problems of the catalogs the analysed files consulted, each once. */
  catalogProblems: CatalogProblem[];
  /** Problems of the config files that applied: the CLI refuses to judge with a broken config. */
  configProblems: ConfigFileProblem[];
  /** `--catalog` ids that the catalogs in force do not have. */
  unknownCatalogs: string[];
  /** Service catalog ids that were known where `unknownCatalogs` were looked up. */
  knownCatalogs: string[];
}

export function analyzeSources(
  paths: readonly string[],
  bundled: { folder: string; index?: string },
  options: CliCatalogOptions,
  onError: (path: string, message: string) => void,
  onNote: (message: string) => void,
): SourceAnalysis {
  const configs = new ProjectConfigs(nodeConfigFileSystem, options.config ? resolve(options.config) : undefined);
  const bundledCatalogs = loadBundledCatalogs(bundled.folder, nodeFileSystem, bundled.index);
  if (bundledCatalogs.indexRejected) onNote(`bundled catalogs parsed: ${bundledCatalogs.indexRejected}`);
  const registries = new Map<string, LoadedRegistry>();
  const openApiDocuments = new OpenApiDocumentCache(nodeFileSystem);
  const registryOf: RegistryOf = (folders, documents) => {
    const key = JSON.stringify({ folders, documents });
    let loaded = registries.get(key);
    if (!loaded) registries.set(key, (loaded = loadRegistry(bundledCatalogs, folders, nodeFileSystem, openApiDocuments.load(documents))));
    return loaded;
  };
  const unknown = new Set<string>();
  const known = new Set<string>();
  const isConfigIgnored = (path: string, isFolder: boolean) => configs.ignores(resolve(path), isFolder);
  const analyses: FileAnalysis[] = [];
  for (const file of collectSourceFiles(paths, onError, { isConfigIgnored })) {
    const absolute = resolve(file);
    const resolved = configs.settingsFor(absolute, defaultSettings);
    if (resolved.ignored) {
      onNote(`${file}: left out by "ignore" in ${resolved.configFile}`);
      continue;
    }
    const languageId = languageOfFile(file);
    if (!languageId) {
      onError(file, 'not a TypeScript, JavaScript or JSON file');
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      onError(file, errorMessage(error));
      continue;
    }
    const settings = withFlags(resolved.settings, options);
    const { registry } = registryOf(settings.catalogPaths, resolved.openApiDocuments ?? []);
    for (const id of registry.serviceIds()) known.add(id);
    for (const id of options.catalogs) if (!registry.hasService(id)) unknown.add(id);
    const document = TextDocument.create(pathToFileURL(absolute).href, languageId, 1, text);
    const onDetectionError = (error: unknown) => onError(file, `detection failed: ${errorMessage(error)}`);
    analyses.push({ file, analyzed: analyzeDocument(document, settings, registry, { clientLocale: 'en', onError: onDetectionError }) });
  }
  if (options.config) configs.configFor(resolve(options.config)); // read even when no file was analysed
  return {
    analyses,
    catalogProblems: uniqueProblems([...registries.values()].flatMap((loaded) => loaded.problems)),
    configProblems: configs.all().flatMap((config) => configProblems(config, registryOf)),
    unknownCatalogs: [...unknown],
    knownCatalogs: [...known],
  };
}

function withFlags(settings: StatusCatalogSettings, options: CliCatalogOptions): StatusCatalogSettings {
  return {
    ...settings,
    catalogs: options.catalogs.length > 0 ? [...options.catalogs] : settings.catalogs,
    catalogPaths: [...settings.catalogPaths, ...options.catalogPaths],
    locale: options.locale ?? settings.locale,
  };
}

/** The registry of catalog folders and OpenAPI documents, each list read once per run. */
type RegistryOf = (folders: readonly string[], documents: readonly string[]) => LoadedRegistry;

function configProblems(config: ProjectConfig, registryOf: RegistryOf): ConfigFileProblem[] {
  let text = '';
  try {
    text = nodeConfigFileSystem.readFileIfExists(config.file) ?? '';
  } catch {
    // Unreadable: the config's own problems say so.
  }
  const document = TextDocument.create('file:///config.json', 'json', 0, text);
  const documents = config.openapi.map((document) => document.path);
  const folderLists = [config.catalogPaths ?? [], ...config.overrides.map((o) => o.catalogPaths ?? config.catalogPaths ?? [])];
  const known = [...new Set(folderLists.flatMap((folders) => registryOf(folders, documents).registry.serviceIds()))];
  const failures = registryOf(config.catalogPaths ?? [], documents).documentFailures;
  return [...config.problems, ...unknownCatalogProblems(config, known), ...openApiDocumentProblems(config, failures)].map((problem) => {
    const position = document.positionAt(problem.offset);
    return { file: config.file, line: position.line + 1, column: position.character + 1, severity: problem.severity, message: problem.message };
  });
}
