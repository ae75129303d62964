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
 */
import { blocksFromLines, stripRstInline } from './inlineText';
import { indentOf } from './lineIndex';
import { MAX_COLUMNS } from './rstGridTable';
import type { TableRow } from './tableModel';

const BORDER = /^=+(?: +=+)*\s*$/;
const SPAN_UNDERLINE = /^-+(?: +-+)*\s*$/;

interface RowBuilder {
  line: number;
  columns: string[][];
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
    if (SPAN_UNDERLINE.test(text)) continue;
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
    slots: builder.columns.map((columnLines) => ({
      kind: 'cell' as const,
      cell: { blocks: blocksFromLines(columnLines, stripRstInline), line: builder.line },
    })),
  }));
  return { end: k, rows };
}
