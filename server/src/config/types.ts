/**
 * The project config file, `status-catalog.config.json`: what a project states once for the editor and CI alike.
 * Keys mirror the `statusCatalog.*` settings without the prefix, plus `ignore` and `overrides`.
 */
import type { DiagnosticRule, RuleSeverity } from '../service/settings';

export const CONFIG_FILE_NAME = 'status-catalog.config.json';

/** The keys a config (or one of its overrides) may set; each absent key leaves the value below it alone. */
export interface ConfigSettings {
  catalogs?: string[];
  /** Absolute folders: the file's relative paths are resolved against the config file's folder when read. */
  catalogPaths?: string[];
  locale?: string;
  propertyNames?: string[];
  callNames?: string[];
  severity?: Partial<Record<DiagnosticRule, RuleSeverity>>;
}

/** Where a value stands in the config file, so a problem (an unknown catalog id) can point at it. */
export interface ConfigSpan {
  offset: number;
  length: number;
}

/** An override: settings for the files its globs match, applied over the config's own, in file order. */
export interface ConfigOverride extends ConfigSettings {
  files: string[];
}

/** A config file read and validated. Values that failed validation are left out and reported as problems. */
export interface ProjectConfig extends ConfigSettings {
  /** Absolute path of the config file. */
  file: string;
  /** Its folder: globs and catalog paths are relative to it. */
  folder: string;
  ignore: string[];
  overrides: ConfigOverride[];
  /** Each catalog id of `catalogs` (top level and overrides) and where it is written. */
  catalogIds: Array<{ id: string } & ConfigSpan>;
  /**
   * `openapi`: the project's OpenAPI documents (absolute paths, resolved against the config's folder), each loaded as
   * a catalog after the catalog folders, with where it is written so that a document that cannot be loaded is
   * reported there. Top level only: the documents describe the project's API, not some of its files.
   */
  openapi: Array<{ path: string } & ConfigSpan>;
  problems: ConfigProblem[];
}

/** Something wrong in a config file, with its place in the text (offsets), for a diagnostic and a CLI error. */
export interface ConfigProblem extends ConfigSpan {
  message: string;
  severity: 'error' | 'warning';
}

/**
 * The file access config discovery needs; the server and the CLI pass node:fs, tests an in-memory map.
 * Paths are absolute, with the platform's separators.
 */
export interface ConfigFileSystem {
  /** A file's text, or undefined when there is no such file. Throws when it exists but cannot be read. */
  readFileIfExists(path: string): string | undefined;
}
