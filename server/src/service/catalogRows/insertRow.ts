/**
 * "Add 409 to <catalog>": the edit that inserts a row for a code into a catalog page, in the page's own
 * format (Markdown pipe or HTML table, reStructuredText simple, grid or list-table, JSON), next to the row of
 * the nearest code so that the page stays in code order. The row's shape is copied from that neighbour.
 * Returns undefined when the page has no row to copy (the fix is then not offered).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { parseJsonCatalog } from '../../catalog/jsonCatalog';
import { parseCatalogPage } from '../../catalog/parsers/parseCatalogPage';
import type { Catalog, CatalogEntry } from '../../catalog/types';
import type { NewRow } from './cellRoles';
import { htmlRowInsertion } from './htmlRow';
import { jsonRowInsertion } from './jsonRow';
import { pipeRowInsertion } from './pipeRow';
import { rstRowInsertion } from './rstRows';

export type { NewRow } from './cellRoles';

/** Where to add the row: after the neighbour's row (it has a lower code) or before it. */
export interface Neighbour {
  entry: CatalogEntry;
  after: boolean;
}

/** Text to insert at an offset of the page (replacing `length` characters there, when a formatter rewrote them). */
export interface Insertion {
  offset: number;
  text: string;
  length?: number;
}

export type RowWriter = (text: string, lines: readonly string[], neighbour: Neighbour, row: NewRow) => Insertion | undefined;

export function catalogRowEdit(text: string, catalog: Catalog, row: NewRow): TextEdit | undefined {
  const neighbour = neighbourOf(catalog.entries, row.code);
  if (!neighbour) return undefined;
  const lines = text.split('\n');
  const line = lines[neighbour.entry.line - 1];
  if (line === undefined) return undefined;
  let insertion: Insertion | undefined;
  switch (catalog.info.format) {
    case 'json':
      insertion = jsonRowInsertion(text, lines, neighbour, row);
      break;
    case 'rst':
      insertion = rstRowInsertion(text, lines, neighbour, row);
      break;
    default:
      // A Markdown page may hold pipe tables or HTML tables; the neighbour's line says which.
      insertion = /<t[dh]\b/i.test(line) || !line.includes('|') ? htmlRowInsertion(text, lines, neighbour, row) : pipeRowInsertion(text, lines, neighbour, row);
  }
  if (!insertion) return undefined;
  const edited = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset + (insertion.length ?? 0));
  // Offer only an edit that takes: the page read again must hold the new row, and no row or problem more than it.
  if (!readsBack(edited, catalog, row)) return undefined;
  const start = positionAt(lines, insertion.offset);
  const end = insertion.length ? positionAt(lines, insertion.offset + insertion.length) : start;
  return { range: { start, end }, newText: insertion.text };
}

function readsBack(edited: string, catalog: Catalog, row: NewRow): boolean {
  const format = catalog.info.format;
  if (format === 'openapi') return false;
  const after = format === 'json' ? parseJsonCatalog(edited) : parseCatalogPage(edited, format);
  const added = after.entries.some((entry) => entry.code === row.code && (!row.message || entry.message === row.message));
  return added && after.entries.length === catalog.entries.length + 1 && after.problems.length <= catalog.problems.length;
}

/** The row of the highest code below `code`, else of the lowest code above it. */
function neighbourOf(entries: readonly CatalogEntry[], code: number): Neighbour | undefined {
  let below: CatalogEntry | undefined;
  let above: CatalogEntry | undefined;
  for (const entry of entries) {
    if (entry.code < code && (!below || entry.code >= below.code)) below = entry;
    if (entry.code > code && (!above || entry.code < above.code)) above = entry;
  }
  if (below) return { entry: below, after: true };
  return above ? { entry: above, after: false } : undefined;
}

/** Offset of the start of a 0-based line. */
export function lineOffset(lines: readonly string[], line: number): number {
  let offset = 0;
  for (let i = 0; i < line && i < lines.length; i++) offset += lines[i]!.length + 1;
  return offset;
}

/** The line-ending a page uses, so an inserted row matches it. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function positionAt(lines: readonly string[], offset: number): { line: number; character: number } {
  let remaining = offset;
  for (let line = 0; line < lines.length; line++) {
    const length = lines[line]!.length;
    if (remaining <= length) return { line, character: remaining };
    remaining -= length + 1;
  }
  return { line: Math.max(lines.length - 1, 0), character: lines[lines.length - 1]?.length ?? 0 };
}

/** Whole lines inserted after line `last` or before line `first` (0-based) of the page. */
export function lineInsertion(lines: readonly string[], first: number, last: number, after: boolean, newLines: readonly string[], eol: string): Insertion {
  const body = newLines.join(eol);
  if (!after) return { offset: lineOffset(lines, first), text: body + eol };
  if (last + 1 < lines.length) return { offset: lineOffset(lines, last + 1), text: body + eol };
  // The row is on the last line, which has no line break after it.
  return { offset: lineOffset(lines, last) + lines[last]!.length, text: eol + body };
}
