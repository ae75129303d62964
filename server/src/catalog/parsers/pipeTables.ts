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
    const closed = endsWithPipe(lines[i]!);
    while (end < lines.length && !skip(end) && lines[end]!.trim() !== '' && lines[end]!.includes('|')) {
      // A row whose cell holds a multi-line list runs on, without pipes, to the line that closes it.
      const last = closed && !endsWithPipe(lines[end]!) ? closingLine(lines, end, skip) : end;
      const text = last === end ? lines[end]! : lines.slice(end, last + 1).map((line) => line.trim()).join('<br>');
      rows.push(toRow(splitRow(text).slice(0, header.length), end, false));
      end = last + 1;
    }
    tables.push({ start: i, end, rows });
    i = end - 1;
  }
  return tables;
}

/** How far a row broken over lines by a list in a cell may run before it is taken as unclosed. */
const MAX_ROW_LINES = 50;

function endsWithPipe(line: string): boolean {
  const text = line.trimEnd();
  return text.endsWith('|') && !text.endsWith('\\|');
}

/** The line that closes a row begun at `start` ("| 400 | - a" … "- b |"), or `start` when none does. */
function closingLine(lines: string[], start: number, skip: (index: number) => boolean): number {
  for (let k = start + 1; k < lines.length && k <= start + MAX_ROW_LINES; k++) {
    if (skip(k) || lines[k]!.trim() === '') return start;
    if (endsWithPipe(lines[k]!)) return k;
    if (lines[k]!.trimStart().startsWith('|')) return start;
  }
  return start;
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
    .split(/<\/?br\s*\/?>/i)
    .map((part) => collapseWhitespace(stripMarkdownInline(part)))
    .filter((part) => part !== '');
  return { blocks, line };
}
