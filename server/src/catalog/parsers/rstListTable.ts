/**
 * reStructuredText `list-table` directives:
 *
 *   .. list-table:: **Table 1** Status codes
 *      :header-rows: 1
 *
 *      * - Status Code
 *        - Message
 *      * - 200
 *        - OK
 *
 * Each `*` item is a row and each `-` item under it a cell; deeper lines belong to the cell above them.
 */
import { blocksFromLines, collapseWhitespace, stripRstInline } from './inlineText';
import { indentOf } from './lineIndex';
import type { TableCell, TableRow } from './tableModel';

export const LIST_TABLE = /^(\s*)\.\.\s+list-table::\s*(.*)$/;

interface CellBuilder {
  cell: TableCell;
  lines: string[];
}

/** Reads the directive at `lines[start]`; `end` is the index just past its indented block. */
export function readListTable(lines: string[], start: number): { end: number; rows: TableRow[]; title: string | null } {
  const directive = LIST_TABLE.exec(lines[start]!)!;
  const pad = indentOf(lines[start]!);
  const title = collapseWhitespace(stripRstInline(directive[2]!)) || null;
  let headerRows = 0;
  const rows: TableRow[] = [];
  const builders: CellBuilder[] = [];
  let rowIndent = -1;
  let cellIndent = -1;
  let cell: CellBuilder | null = null;

  const startCell = (row: TableRow, column: number, content: string, lineNumber: number): void => {
    cell = { cell: { blocks: [], line: lineNumber }, lines: [' '.repeat(column + 2) + content] };
    builders.push(cell);
    row.slots.push({ kind: 'cell', cell: cell.cell });
  };

  let k = start + 1;
  for (; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '') {
      (cell as CellBuilder | null)?.lines.push('');
      continue;
    }
    const indent = indentOf(raw);
    if (indent <= pad) break;
    const option = /^\s*:([\w-]+):\s*(.*)$/.exec(raw);
    if (rows.length === 0 && option) {
      if (option[1] === 'header-rows') headerRows = Number.parseInt(option[2]!, 10) || 0;
      continue;
    }
    const rowMarker = /^(\s*)\*(?:\s+|$)(.*)$/.exec(raw);
    if (rowMarker && (rowIndent < 0 || indent === rowIndent)) {
      rowIndent = indent;
      const row: TableRow = { line: k + 1, slots: [], header: false };
      rows.push(row);
      cell = null;
      const rest = rowMarker[2]!;
      const first = /^-(?:\s+|$)(.*)$/.exec(rest);
      if (first) {
        cellIndent = raw.indexOf(rest);
        startCell(row, cellIndent, first[1]!, k + 1);
      }
      continue;
    }
    const cellMarker = /^\s*-(?:\s+|$)(.*)$/.exec(raw);
    const row = rows.at(-1);
    if (row && cellMarker && (cellIndent < 0 || indent === cellIndent)) {
      cellIndent = indent;
      startCell(row, indent, cellMarker[1]!, k + 1);
      continue;
    }
    (cell as CellBuilder | null)?.lines.push(raw);
  }
  while (k > start + 1 && (lines[k - 1] ?? '').trim() === '') k--;
  for (const builder of builders) builder.cell.blocks = blocksFromLines(unfoldLineBlocks(builder.lines), stripRstInline);
  rows.forEach((row, i) => (row.header = i < headerRows));
  return { end: k, rows, title };
}

const LINE_BLOCK = /^(\s*)\|(?:\s+(.*))?$/;

/**
 * A line block in a cell ("| The request succeeded." / "| The body holds the result.") keeps its lines
 * apart: each becomes a paragraph of its own, without the `|` marker. Other lines pass unchanged.
 */
function unfoldLineBlocks(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const block = LINE_BLOCK.exec(line);
    if (!block) {
      out.push(line);
      continue;
    }
    if (out.length > 0 && out[out.length - 1]!.trim() !== '') out.push('');
    out.push(`${block[1]}${block[2] ?? ''}`);
  }
  return out;
}

