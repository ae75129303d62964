/**
 * Reads a catalog written as JSON: the format of the bundled standard registry, and the simplest one for a
 * team to write its own catalog in. Every entry is validated at this boundary; a bad entry becomes a problem
 * with its line and the others still load.
 *
 * {
 *   "id": "orders", "title": "Orders API", "locale": "en", "kind": "service",
 *   "entries": [ { "code": 409, "message": "Conflict", "description": "…", "class": "abnormal" } ]
 * }
 * The standard registry's entries add "reference", "aliases" and "unused".
 */
import { type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { findExcessiveNesting, MAX_JSON_DEPTH } from './jsonDepth';
import { LineIndex } from './parsers/lineIndex';
import type { CatalogEntryWithStandard, ParseProblem, StatusClass } from './types';

/** Metadata a JSON catalog may declare about itself. */
export interface JsonCatalogHeader {
  id?: string;
  title?: string;
  locale?: string;
  kind?: 'service' | 'standard';
}

export interface JsonCatalogResult {
  header: JsonCatalogHeader;
  entries: CatalogEntryWithStandard[];
  problems: ParseProblem[];
  /** True when the text is no catalog at all (too deep, not an object): nothing may be registered for it. */
  fatal?: boolean;
}

export function parseJsonCatalog(text: string): JsonCatalogResult {
  const lines = new LineIndex(text);
  const lineAt = (offset: number) => lines.lineAt(offset);
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    const message = `JSON nested more than ${MAX_JSON_DEPTH} levels deep; catalog not read`;
    return { header: {}, entries: [], problems: [{ line: lineAt(tooDeep), message }], fatal: true };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ParseProblem[] = errors.map((error) => ({
    line: lineAt(error.offset),
    message: `JSON syntax error: ${printParseErrorCode(error.error)}`,
  }));
  if (!root || root.type !== 'object') {
    problems.push({ line: 0, message: 'a JSON catalog must be an object with an "entries" array' });
    return { header: {}, entries: [], problems, fatal: true };
  }
  const header = readHeader(root);
  const entriesNode = propertyValue(root, 'entries');
  if (!entriesNode || entriesNode.type !== 'array') {
    problems.push({ line: lineAt(root.offset), message: 'missing "entries" array' });
    return { header, entries: [], problems };
  }
  const entries: CatalogEntryWithStandard[] = [];
  for (const node of entriesNode.children ?? []) {
    const line = lineAt(node.offset);
    const result = readEntry(node, line);
    if (typeof result === 'string') problems.push({ line, message: result });
    else entries.push(result);
  }
  return { header, entries, problems };
}

function readHeader(root: Node): JsonCatalogHeader {
  const header: JsonCatalogHeader = {};
  for (const key of ['id', 'title', 'locale'] as const) {
    const value = propertyValue(root, key)?.value;
    if (typeof value === 'string' && value.trim()) header[key] = value.trim();
  }
  const kind = propertyValue(root, 'kind')?.value;
  if (kind === 'service' || kind === 'standard') header.kind = kind;
  return header;
}

/** Returns the entry, or a message saying what is wrong with it. */
function readEntry(node: Node, line: number): CatalogEntryWithStandard | string {
  if (node.type !== 'object') return 'entry is not an object';
  const code = propertyValue(node, 'code')?.value;
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) {
    return `entry has no valid "code" (a number from 100 to 599): ${JSON.stringify(code ?? null)}`;
  }
  const message = optionalString(node, 'message');
  const description = optionalString(node, 'description') ?? '';
  const classValue = propertyValue(node, 'class')?.value;
  const statusClass: StatusClass | null =
    classValue === 'normal' || classValue === 'abnormal' ? classValue : null;
  const entry: CatalogEntryWithStandard = { code, message, description, class: statusClass, line };
  const reference = optionalString(node, 'reference');
  const aliasesNode = propertyValue(node, 'aliases');
  const unused = propertyValue(node, 'unused')?.value === true;
  if (reference !== null || aliasesNode || unused) {
    const aliases = (aliasesNode?.children ?? [])
      .map((child) => child.value)
      .filter((value): value is string => typeof value === 'string');
    entry.standard = { aliases, reference: reference ?? '', unused };
  }
  return entry;
}

function optionalString(node: Node, key: string): string | null {
  const value = propertyValue(node, key)?.value;
  return typeof value === 'string' ? value : null;
}

function propertyValue(object: Node, key: string): Node | undefined {
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode?.value === key) return valueNode;
  }
  return undefined;
}
