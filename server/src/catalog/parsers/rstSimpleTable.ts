/**
 * reStructuredText simple tables:
 *
 *   =========== ======= ==========================
 *   Status Code Message Description
 *   =========== ======= ==========================
 *   200         OK      The request has succeeded.
 *               ..      a line with an empty first column continues the row above
 *   =========== ======= ==========================
 *
 * Columns come from the `=` runs of the top border; the last column's text may run past its border.
 * A border followed by more table text separates the header; a border followed by a blank line (or the
 * end of the indented block) closes the table. A table left open simply ends where its block ends.
 * A line of `-` runs under a row says which columns its cells span: a run over several columns makes one
 * cell of them, as a "Normal" label row across the whole table does.
 */
import { blocksFromLines, stripRstInline } from './inlineText';
import { indentOf } from './lineIndex';
import { MAX_COLUMNS } from './rstGridTable';
import type { TableRow, TableSlot } from './tableModel';

const BORDER = /^=+(?: +=+)*\s*$/;
const SPAN_UNDERLINE = /^-+(?: +-+)*\s*$/;

interface RowBuilder {
  line: number;
  columns: string[][];
  /** Column groups from a span underline: each group's columns form one cell. */
  spans?: number[][];
}

/** Reads the simple table whose top border is `lines[start]`; `end` is the index just past it. */
export function readSimpleTable(lines: string[], start: number): { end: number; rows: TableRow[] } {
  const pad = indentOf(lines[start]!);
  const starts = [...lines[start]!.slice(pad).matchAll(/=+/g)].map((run) => run.index);
  if (starts.length > MAX_COLUMNS) return { end: start + 1, rows: [] };
  const builders: RowBuilder[] = [];
  let headerRows = 0;
  let blankBefore = false;
  let k = start + 1;
  for (; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '') {
      blankBefore = true;
      continue;
    }
    if (indentOf(raw) < pad) break;
    const text = raw.slice(pad);
    if (BORDER.test(text)) {
      const next = lines[k + 1];
      if (next === undefined || next.trim() === '' || indentOf(next) < pad) {
        k++;
        break;
      }
      if (headerRows === 0) headerRows = builders.length;
      continue;
    }
    if (SPAN_UNDERLINE.test(text)) {
      const row = builders.at(-1);
      if (row && !blankBefore) row.spans = spanGroups(text, starts);
      continue;
    }
    const cells = starts.map((from, i) => text.slice(from, starts[i + 1]));
    const previous = builders.at(-1);
    if (previous && (cells[0] ?? '').trim() === '') {
      // An empty first column continues the row above; a blank line between separates paragraphs.
      cells.forEach((cell, i) => previous.columns[i]!.push(...(blankBefore ? ['', cell] : [cell])));
    } else {
      builders.push({ line: k + 1, columns: cells.map((cell) => [cell]) });
    }
    blankBefore = false;
  }
  // A table that ends on a blank line leaves k past it; give the blank back to the page.
  while (k > start + 1 && (lines[k - 1] ?? '').trim() === '') k--;

  const rows = builders.map((builder, i): TableRow => ({
    line: builder.line,
    header: i < headerRows,
    slots: rowSlots(builder),
  }));
  return { end: k, rows };
}

/** The row's cells; the columns of a spanned group share one cell whose lines join their text. */
function rowSlots(builder: RowBuilder): TableSlot[] {
  const groups = builder.spans ?? builder.columns.map((_, column) => [column]);
  const slots: TableSlot[] = [];
  for (const group of groups) {
    const lines = builder.columns[group[0]!]!.map((_, k) => group.map((column) => builder.columns[column]![k]).join(''));
    const cell = { blocks: blocksFromLines(lines, stripRstInline), line: builder.line };
    group.forEach((column, j) => (slots[column] = { kind: j === 0 ? 'cell' : 'colspan', cell }));
  }
  return slots;
}

/**
 * Groups columns by the `-` runs of a span underline: a run covers the columns that start under it.
 * An underline that does not line up with the columns leaves each column on its own.
 */
function spanGroups(underline: string, starts: number[]): number[][] | undefined {
  const groups: number[][] = [];
  for (const run of underline.matchAll(/-+/g)) {
    const from = run.index;
    const to = from + run[0].length;
    const covered = starts.flatMap((start, column) => (start >= from && start < to ? [column] : []));
    if (covered.length > 0) groups.push(covered);
  }
  const flat = groups.flat();
  const aligned = flat.length === starts.length && flat.every((column, i) => column === i);
  return aligned && groups.some((group) => group.length > 1) ? groups : undefined;
}
