/**
 * Every use of a status code in the workspace: "Find All References" on a literal or named constant, and workspace
 * symbols (`#409`, `#Conflict`). The uses come from the workspace index, which the same detector builds; the open
 * documents' own analyses stand in for their files, so unsaved edits count.
 */
import type { Location, Position, Range, SymbolInformation } from 'vscode-languageserver-types';
import type { CatalogRegistry } from '../catalog/registry';
import { type AnalyzedDocument, literalAt } from './analysis';

/** One status literal of a file, as the index keeps it: the code and its range. */
export interface StatusUse {
  code: number | string;
  range: Range;
}

/** The status literals of one file. */
export interface FileUses {
  uri: string;
  uses: readonly StatusUse[];
}

/** The uses of an analysed document, in the index's shape. */
export function usesOf(analyzed: AnalyzedDocument): StatusUse[] {
  const { document } = analyzed;
  return analyzed.detected.literals.map((literal) => ({
    code: literal.code,
    range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
  }));
}

/** Every use of the code under the cursor, in file order, the literal itself included; none off a literal. */
export function findReferences(analyzed: AnalyzedDocument, position: Position, files: Iterable<FileUses>): Location[] {
  const literal = literalAt(analyzed, analyzed.document.offsetAt(position));
  if (!literal) return [];
  const code = normalizedCode(literal.code);
  const locations: Location[] = [];
  for (const file of files) {
    for (const use of file.uses) if (normalizedCode(use.code) === code) locations.push({ uri: file.uri, range: use.range });
  }
  return locations;
}

/** Past this many results a symbol search stops: a workspace can hold hundreds of thousands of literals. */
const MAX_SYMBOLS = 1000;

/**
 * Workspace symbols for a query that starts with `#`: `#409` (the code, or a prefix `#40`), `#Conflict` (a word of
 * its standard name or of a catalog's message). Other queries are left to the other symbol providers.
 */
export function workspaceSymbols(query: string, files: Iterable<FileUses>, registry: CatalogRegistry, locale: string): SymbolInformation[] {
  const wanted = query.trim();
  if (!wanted.startsWith('#') || wanted.length < 2) return [];
  const term = wanted.slice(1).toLowerCase();
  const byDigits = /^[0-9x]+$/i.test(term);
  const nameCache = new Map<string, string>();
  const nameOf = (code: number | string): string => {
    const key = normalizedCode(code);
    let name = nameCache.get(key);
    if (name === undefined) {
      name = typeof code === 'number' ? registry.standardEntry(code)?.message ?? messageOf(registry, code, locale) ?? '' : '';
      nameCache.set(key, name);
    }
    return name;
  };
  const symbols: SymbolInformation[] = [];
  for (const file of files) {
    for (const use of file.uses) {
      const key = normalizedCode(use.code).toLowerCase();
      const name = nameOf(use.code);
      const matches = byDigits ? key.startsWith(term) : name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(term)) || name.toLowerCase().startsWith(term);
      if (!matches) continue;
      symbols.push({
        name: name ? `${normalizedCode(use.code)} ${name}` : normalizedCode(use.code),
        kind: 16, // SymbolKind.Number
        location: { uri: file.uri, range: use.range },
        containerName: fileName(file.uri),
      });
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}

function messageOf(registry: CatalogRegistry, code: number, locale: string): string | undefined {
  for (const catalog of registry.all()) {
    const entry = catalog.entries.find((e) => e.code === code && e.message);
    if (entry?.message && (catalog.info.locale === locale || catalog.info.locale === 'en')) return entry.message;
  }
  return undefined;
}

function normalizedCode(code: number | string): string {
  return typeof code === 'number' ? String(code) : code.toUpperCase();
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
