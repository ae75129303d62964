/**
 * Markdown pipe tables (GitHub Flavored Markdown), as some Chinese pages use:
 *
 *   | 状态码 | 说明 |
 *   |--|--|
 *   | 200 | OK |
 *
 * A table is a header line, a delimiter line with as many cells, and the `|` lines that follow. Cells keep
 * what is written; a row with fewer cells than the header is left short so the interpreter can report it.
 */
import { collapseWhitespace, stripMarkdownInline } from './inlineText';
import type { TableCell, TableRow } from './tableModel';

export interface PipeTable {
  /** 0-based index of the header line. */
  start: number;
  /** 0-based index just past the last row. */
  end: number;
  rows: TableRow[];
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** Finds pipe tables among `lines`, skipping the lines `skip` says belong to something else (code, HTML). */
export function findPipeTables(lines: string[], skip: (index: number) => boolean): PipeTable[] {
  const tables: PipeTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (skip(i) || skip(i + 1) || !lines[i]!.includes('|')) continue;
    const header = splitRow(lines[i]!);
    const delimiter = splitRow(lines[i + 1]!);
    if (delimiter.length === 0 || !delimiter.every((cell) => DELIMITER_CELL.test(cell))) continue;
    if (header.length !== delimiter.length) continue;
    const rows: TableRow[] = [toRow(header, i, true)];
    let end = i + 2;
    while (end < lines.length && !skip(end) && lines[end]!.trim() !== '' && lines[end]!.includes('|')) {
      rows.push(toRow(splitRow(lines[end]!).slice(0, header.length), end, false));
      end++;
    }
    tables.push({ start: i, end, rows });
    i = end - 1;
  }
  return tables;
}

/** Splits "| a | b \| c |" into ["a", "b | c"]. As in GFM, only an escaped pipe stays inside a cell. */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

function toRow(cells: string[], index: number, header: boolean): TableRow {
  const line = index + 1;
  return { line, header, slots: cells.map((text) => ({ kind: 'cell' as const, cell: pipeCell(text, line) })) };
}

/** `<br>` is how pipe tables break lines inside a cell; each piece is a paragraph. */
function pipeCell(text: string, line: number): TableCell {
  const blocks = text
    .split(/<br\s*\/?>/i)
    .map((part) => collapseWhitespace(stripMarkdownInline(part)))
    .filter((part) => part !== '');
  return { blocks, line };
}
