/**
 * The project config (`status-catalog.config.json`): discovery, validation, globs and per-file settings.
 * Pure apart from the file access it is given, so it is tested in memory; the server and the CLI share it.
 */
export { unknownCatalogProblems } from './catalogIds';
export { GitIgnores } from './gitIgnores';
export { compileGlob, type GlobMatcher, GlobSyntaxError, matchesAny } from './glob';
export { nodeConfigFileSystem } from './nodeConfigFileSystem';
export { KNOWN_LOCALES, parseConfig } from './parseConfig';
export { openApiDocumentProblems } from './openApiProblems';
export { ProjectConfigs } from './projectConfigs';
export { type FileSettings, isIgnoredByConfig, pathInConfig, resolveFileSettings } from './resolveSettings';
export { CONFIG_FILE_NAME, type ConfigFileSystem, type ConfigProblem, type ProjectConfig } from './types';
