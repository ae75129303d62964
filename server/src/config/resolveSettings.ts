/**
 * A file's effective settings under its project config: the config's own keys over the defaults, then each
 * override whose `files` match, in file order (a later override wins; `severity` merges rule by rule, lists
 * replace). Files that `ignore` matches are not analysed at all.
 *
 * Precedence: where a config file applies, it states the project's facts and the editor's `statusCatalog.*`
 * settings are not consulted for them; only the personal preferences still come from the editor: `locale` when
 * set there, and `inlayHints`. Where no config file applies, the editor's settings apply as they are.
 */
import { relative, sep } from 'node:path';
import { defaultSettings, type StatusCatalogSettings } from '../service/settings';
import { compileGlob, type GlobMatcher, matchesAny } from './glob';
import type { ConfigSettings, ProjectConfig } from './types';

export interface FileSettings {
  settings: StatusCatalogSettings;
  /** True when the config's `ignore` matches the file: no diagnostics, no hovers. */
  ignored: boolean;
  /** The config file that applies, if any. */
  configFile?: string;
  /** The config's OpenAPI documents (absolute paths), loaded as catalogs after its catalog folders. */
  openApiDocuments?: string[];
}

const compiled = new WeakMap<ProjectConfig, { ignore: GlobMatcher[]; overrides: GlobMatcher[][] }>();

function matchersOf(config: ProjectConfig): { ignore: GlobMatcher[]; overrides: GlobMatcher[][] } {
  let matchers = compiled.get(config);
  if (!matchers) {
    // The parser kept only globs that compile, so this cannot throw.
    matchers = { ignore: config.ignore.map(compileGlob), overrides: config.overrides.map((o) => o.files.map(compileGlob)) };
    compiled.set(config, matchers);
  }
  return matchers;
}

/** The path of `file` relative to the config's folder with `/` separators, or undefined when it lies outside. */
export function pathInConfig(config: ProjectConfig, file: string): string | undefined {
  const path = relative(config.folder, file);
  if (path === '' || path.startsWith('..') || /^[a-zA-Z]:|^[\\/]/.test(path)) return undefined;
  return path.split(sep).join('/');
}

/** Whether the config's `ignore` matches a file or folder (absolute path). */
export function isIgnoredByConfig(config: ProjectConfig, path: string): boolean {
  const relativePath = pathInConfig(config, path);
  return relativePath !== undefined && matchesAny(matchersOf(config).ignore, relativePath);
}

/**
 * The settings for `file`. `editor` are the settings that apply without a config (the editor's, or the
 * CLI's defaults); with a config only their personal preferences are kept (locale when set, inlay hints).
 */
export function resolveFileSettings(config: ProjectConfig | undefined, file: string, editor: StatusCatalogSettings): FileSettings {
  if (!config) return { settings: editor, ignored: false };
  const settings = apply(cloneSettings(defaultSettings), config);
  const path = pathInConfig(config, file);
  const matchers = matchersOf(config);
  let ignored = false;
  if (path !== undefined) {
    ignored = isIgnoredByConfig(config, file);
    config.overrides.forEach((override, index) => {
      if (matchesAny(matchers.overrides[index] ?? [], path)) apply(settings, override);
    });
  }
  if (editor.locale) settings.locale = editor.locale;
  // Whether hints are shown is how a user likes to read code, not a fact of the project: no config key has it.
  settings.inlayHints = { ...editor.inlayHints };
  return { settings, ignored, configFile: config.file, openApiDocuments: config.openapi.map((document) => document.path) };
}

function apply(settings: StatusCatalogSettings, layer: ConfigSettings): StatusCatalogSettings {
  if (layer.catalogs) settings.catalogs = [...layer.catalogs];
  if (layer.catalogPaths) settings.catalogPaths = [...layer.catalogPaths];
  if (layer.locale !== undefined) settings.locale = layer.locale;
  if (layer.propertyNames) settings.propertyNames = [...layer.propertyNames];
  if (layer.callNames) settings.callNames = [...layer.callNames];
  if (layer.severity) settings.severity = { ...settings.severity, ...layer.severity };
  return settings;
}

function cloneSettings(settings: StatusCatalogSettings): StatusCatalogSettings {
  return {
    ...settings,
    catalogs: [...settings.catalogs],
    catalogPaths: [...settings.catalogPaths],
    propertyNames: [...settings.propertyNames],
    callNames: [...settings.callNames],
    severity: { ...settings.severity },
  };
}
