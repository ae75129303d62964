/**
 * reStructuredText grid tables:
 *
 *   +------+-------------+--------------------+
 *   | Code | Message     | Description        |
 *   +======+=============+====================+
 *   | 400  | Bad Request | First paragraph.   |
 *   |      |             |                    |
 *   |      |             | -  a list item     |
 *   +------+-------------+--------------------+
 *   |      |             | A continuation row |
 *   +------+-------------+--------------------+
 *
 * Column edges come from the top border. A cell runs until a separator crosses its column, so a cell whose
 * column has no separator under it spans rows (it covers the next row, like an HTML rowspan), and a cell
 * whose inner edge has no `|` spans columns. Rows above the `=` separator are header rows.
 */
import { blocksFromLines, stripRstInline } from './inlineText';
import type { TableCell, TableRow, TableSlot } from './tableModel';

interface CellBuilder {
  cell: TableCell;
  first: number;
  last: number;
  lines: string[];
}

const TABLE_LINE = /^[+|]/;
/** More columns than any real table has; beyond it a "table" is drawing or noise, and costs columns × lines. */
export const MAX_COLUMNS = 200;
const SEPARATOR = /^[-=]+$/;

/** Reads the grid table whose top border is `lines[start]`; `end` is the index just past it. */
export function readGridTable(lines: string[], start: number): { end: number; rows: TableRow[] } {
  const pad = lines[start]!.length - lines[start]!.trimStart().length;
  const edges = [...lines[start]!.slice(pad).trimEnd()].flatMap((char, i) => (char === '+' ? [i] : []));
  let end = start + 1;
  while (end < lines.length && isTableLine(lines[end]!, pad)) end++;
  const columns = edges.length - 1;
  if (columns < 1 || columns > MAX_COLUMNS) return { end, rows: [] };

  const open: Array<CellBuilder | null> = new Array<CellBuilder | null>(columns).fill(null);
  const builders: CellBuilder[] = [];
  const rows: TableRow[] = [];
  let current: TableRow | null = null;
  let headerRows = 0;
  const segment = (line: string, first: number, last: number): string => line.slice(edges[first]! + 1, edges[last + 1]!);

  for (let k = start + 1; k < end; k++) {
    const line = lines[k]!.slice(pad);
    const separated = [...Array(columns).keys()].filter((c) => SEPARATOR.test(segment(line, c, c)));
    if (separated.length > 0) {
      // A separator closes the cells it crosses; the others span on into the next row.
      for (const c of separated) {
        const builder = open[c];
        if (builder) for (let k2 = builder.first; k2 <= builder.last; k2++) open[k2] = null;
      }
      if (headerRows === 0 && separated.some((c) => segment(line, c, c).includes('='))) headerRows = rows.length;
      current = null;
      continue;
    }
    if (current === null) {
      current = { line: k + 1, slots: startRow(line, k + 1, open, builders, edges), header: false };
      rows.push(current);
    }
    for (let c = 0; c < columns; c++) {
      const builder = open[c];
      if (builder && builder.first === c) builder.lines.push(segment(line, builder.first, builder.last));
    }
  }
  for (const builder of builders) builder.cell.blocks = blocksFromLines(builder.lines, stripRstInline);
  rows.forEach((row, i) => (row.header = i < headerRows));
  return { end, rows };
}

/** Opens the cells that start on this line and marks the columns still covered by cells from above. */
function startRow(
  line: string,
  lineNumber: number,
  open: Array<CellBuilder | null>,
  builders: CellBuilder[],
  edges: number[],
): TableSlot[] {
  const slots: TableSlot[] = [];
  const columns = open.length;
  for (let c = 0; c < columns; ) {
    const above = open[c];
    if (above) {
      slots[c] = { kind: 'rowspan', cell: above.cell };
      c++;
      continue;
    }
    // Without a `|` at an inner edge, the cell continues into the next column.
    let last = c;
    while (last + 1 < columns && !open[last + 1] && line[edges[last + 1]!] !== '|') last++;
    const builder: CellBuilder = { cell: { blocks: [], line: lineNumber }, first: c, last, lines: [] };
    builders.push(builder);
    for (let k = c; k <= last; k++) {
      open[k] = builder;
      slots[k] = k === c ? { kind: 'cell', cell: builder.cell } : { kind: 'colspan', cell: builder.cell };
    }
    c = last + 1;
  }
  return slots;
}

function isTableLine(line: string, pad: number): boolean {
  return line.slice(0, pad).trim() === '' && TABLE_LINE.test(line.slice(pad));
}
