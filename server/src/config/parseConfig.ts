/**
 * Reads a config file's text into a {@link ProjectConfig}, checking every key against the schema
 * (schemas/status-catalog-config.schema.json states the same rules for editors). Nothing is silently dropped: a
 * value of the wrong type, an unknown key, a glob that cannot be read or a JSON syntax error is a problem with
 * its place in the text; the valid rest is kept.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { DIAGNOSTIC_RULES, type DiagnosticRule, RULE_SEVERITIES, type RuleSeverity } from '../service/settings';
import { compileGlob, GlobSyntaxError } from './glob';
import type { ConfigOverride, ConfigProblem, ConfigSettings, ProjectConfig } from './types';

/** Languages the catalogs and messages come in; another locale falls back to English, which a config should say. */
export const KNOWN_LOCALES: readonly string[] = ['en', 'zh'];

const SETTING_KEYS = ['catalogs', 'catalogPaths', 'locale', 'propertyNames', 'callNames', 'severity'] as const;
const TOP_KEYS = new Set<string>([...SETTING_KEYS, 'openapi', 'ignore', 'overrides', '$schema']);
const OVERRIDE_KEYS = new Set<string>([...SETTING_KEYS, 'files']);

/** Reads a config file's text; `file` is its absolute path. */
export function parseConfig(text: string, file: string): ProjectConfig {
  const folder = dirname(file);
  const config: ProjectConfig = { file, folder, ignore: [], overrides: [], catalogIds: [], openapi: [], problems: [] };
  const problems = config.problems;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    problems.push({ offset: error.offset, length: Math.max(error.length, 1), severity: 'error', message: `invalid JSON: ${describeParseError(error)}` });
  }
  if (!root) {
    if (errors.length === 0) problems.push({ offset: 0, length: 1, severity: 'error', message: 'the config file is empty: write an object, e.g. {}' });
    return config;
  }
  if (root.type !== 'object') {
    problems.push(at(root, 'the config must be an object'));
    return config;
  }
  for (const property of properties(root)) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (!TOP_KEYS.has(key)) {
      problems.push(at(keyNode, unknownKeyMessage(key, TOP_KEYS)));
      continue;
    }
    if (key === '$schema') continue;
    if (key === 'ignore') config.ignore = readGlobs(valueNode, 'ignore', problems);
    else if (key === 'overrides') config.overrides = readOverrides(valueNode, config, problems);
    else if (key === 'openapi') config.openapi = readOpenApiPaths(valueNode, config, problems);
    else readSetting(key as (typeof SETTING_KEYS)[number], valueNode, config, config, problems);
  }
  return config;
}

function readOpenApiPaths(node: Node, config: ProjectConfig, problems: ConfigProblem[]): ProjectConfig['openapi'] {
  const items = readStrings(node, 'openapi', problems) ?? [];
  return items.map(({ value, node: itemNode }) => ({
    path: isAbsolute(value) ? value : resolve(config.folder, value),
    offset: itemNode.offset,
    length: itemNode.length,
  }));
}

function readOverrides(node: Node, config: ProjectConfig, problems: ConfigProblem[]): ConfigOverride[] {
  if (node.type !== 'array') {
    problems.push(at(node, '"overrides" must be an array of objects, each with "files"'));
    return [];
  }
  const overrides: ConfigOverride[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'object') {
      problems.push(at(item, 'an override must be an object with "files" and the settings for them'));
      continue;
    }
    const override: ConfigOverride = { files: [] };
    let hasFiles = false;
    for (const property of properties(item)) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (!OVERRIDE_KEYS.has(key)) problems.push(at(keyNode, unknownKeyMessage(key, OVERRIDE_KEYS)));
      else if (key === 'files') {
        hasFiles = true;
        override.files = readGlobs(valueNode, 'files', problems);
      } else readSetting(key as (typeof SETTING_KEYS)[number], valueNode, override, config, problems);
    }
    if (!hasFiles) problems.push(at(item, 'an override needs "files": the globs of the files it applies to'));
    else overrides.push(override);
  }
  return overrides;
}

function readSetting(
  key: (typeof SETTING_KEYS)[number],
  node: Node,
  target: ConfigSettings,
  config: ProjectConfig,
  problems: ConfigProblem[],
): void {
  switch (key) {
    case 'catalogs': {
      const ids = readStrings(node, key, problems);
      if (!ids) return;
      target.catalogs = ids.map(({ value }) => value.toLowerCase());
      for (const { value, node: idNode } of ids) config.catalogIds.push({ id: value.toLowerCase(), offset: idNode.offset, length: idNode.length });
      return;
    }
    case 'catalogPaths': {
      const folders = readStrings(node, key, problems);
      if (folders) target.catalogPaths = folders.map(({ value }) => (isAbsolute(value) ? value : resolve(config.folder, value)));
      return;
    }
    case 'propertyNames':
    case 'callNames': {
      const names = readStrings(node, key, problems);
      if (names) target[key] = names.map(({ value }) => value);
      return;
    }
    case 'locale': {
      if (node.type !== 'string') {
        problems.push(at(node, '"locale" must be a string: "en" or "zh"'));
        return;
      }
      const locale = String(node.value).trim();
      const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
      if (!KNOWN_LOCALES.includes(language)) {
        problems.push({ ...at(node, `unknown locale '${locale}' (known: ${KNOWN_LOCALES.join(', ')})`), severity: 'error' });
        return;
      }
      target.locale = locale;
      return;
    }
    case 'severity':
      target.severity = readSeverities(node, problems);
      return;
  }
}

function readSeverities(node: Node, problems: ConfigProblem[]): Partial<Record<DiagnosticRule, RuleSeverity>> {
  const severity: Partial<Record<DiagnosticRule, RuleSeverity>> = {};
  if (node.type !== 'object') {
    problems.push(at(node, `"severity" must be an object of rule ids (${DIAGNOSTIC_RULES.join(', ')}) to severities`));
    return severity;
  }
  for (const property of properties(node)) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const rule = DIAGNOSTIC_RULES.find((r) => r === keyNode.value);
    if (!rule) {
      problems.push(at(keyNode, `unknown rule '${String(keyNode.value)}' (rules: ${DIAGNOSTIC_RULES.join(', ')})`));
      continue;
    }
    const value = RULE_SEVERITIES.find((s) => s === valueNode.value);
    if (!value) {
      problems.push(at(valueNode, `the severity of ${rule} must be one of ${RULE_SEVERITIES.join(', ')}`));
      continue;
    }
    severity[rule] = value;
  }
  return severity;
}

function readGlobs(node: Node, key: string, problems: ConfigProblem[]): string[] {
  const items = readStrings(node, key, problems);
  if (!items) return [];
  const globs: string[] = [];
  for (const { value, node: itemNode } of items) {
    try {
      compileGlob(value);
      globs.push(value);
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      problems.push(at(itemNode, `cannot read the glob: ${error.message}`));
    }
  }
  return globs;
}

/** A list of non-empty strings; items of another type are problems and left out. Undefined when not an array. */
function readStrings(node: Node, key: string, problems: ConfigProblem[]): Array<{ value: string; node: Node }> | undefined {
  if (node.type !== 'array') {
    problems.push(at(node, `"${key}" must be an array of strings`));
    return undefined;
  }
  const items: Array<{ value: string; node: Node }> = [];
  for (const item of node.children ?? []) {
    const value = item.type === 'string' ? String(getNodeValue(item)).trim() : '';
    if (value === '') problems.push(at(item, `each item of "${key}" must be a non-empty string`));
    else items.push({ value, node: item });
  }
  return items;
}

function properties(node: Node): Node[] {
  return (node.children ?? []).filter((child) => child.type === 'property');
}

function at(node: Node, message: string): ConfigProblem {
  return { offset: node.offset, length: Math.max(node.length, 1), severity: 'error', message };
}

function unknownKeyMessage(key: string, known: ReadonlySet<string>): string {
  return `unknown key "${key}" (known: ${[...known].filter((k) => k !== '$schema').join(', ')})`;
}

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}
