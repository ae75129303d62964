/**
 * Reads a format-neutral table as a status-code table: decides whether it is one, which columns hold
 * the code, the reason phrase and the description, and turns its rows into catalog entries. A row whose
 * code cell is not a status code is skipped as a problem with its line; a row with missing cells is
 * reported but keeps what it has; continuation rows (an empty or rowspan-covered code cell) extend the
 * entry above.
 */
import type { CatalogEntry, ParseProblem, ParseResult, StatusClass } from '../types';
import { classFromLabel, tableClass } from './classLabels';
import {
  findCodeColumn,
  findMessageColumn,
  isServiceErrorCodeTable,
  isStatusClass,
  ownCell,
  startsWithStatusCode,
} from './columnRoles';
import { cellText, type SourceTable, type TableRow } from './tableModel';

/** Interprets one table; a table that is not a status-code table yields nothing at all. */
export function interpretTable(table: SourceTable): ParseResult {
  const entries: CatalogEntry[] = [];
  const problems: ParseProblem[] = [];
  const width = Math.max(0, ...table.rows.map((row) => row.slots.length));
  let headerRows = table.rows.filter((row) => row.header);
  let body = table.rows.filter((row) => !row.header);
  const codeColumn = findCodeColumn(body, width);
  if (codeColumn === null) return { entries, problems };

  // Without a marked header, a first row whose code cell is not a code is the header ("Status Code | ...").
  if (headerRows.length === 0 && body.length > 0) {
    const first = ownCell(body[0]!, codeColumn);
    if (first && !/^\d/.test(cellText(first))) {
      headerRows = [body[0]!];
      body = body.slice(1);
    }
  }
  const headers = columnHeaders(headerRows, width);
  if (isServiceErrorCodeTable(body, headers, codeColumn, width)) return { entries, problems };

  const messageColumn = findMessageColumn(body, headers, codeColumn, width);
  const descriptionColumns = [...Array(width).keys()].filter((c) => c !== codeColumn && c !== messageColumn);
  const expectedCells = expectedWidth(headerRows, body);
  let rowClass: StatusClass | null = tableClass(headers[codeColumn] ?? '', table.title, table.listItems, table.headings);

  for (const row of body) {
    const present = row.slots.filter((slot) => slot !== undefined).length;
    if (present === 0) continue;
    const label = labelRowText(row, width);
    if (label !== null) {
      // A full-width row such as "Abnormal" inside the table relabels the rows below it.
      rowClass = classFromLabel(label) ?? rowClass;
      continue;
    }
    const codeSlot = row.slots[codeColumn];
    if (codeSlot === undefined) {
      problems.push({ line: row.line, message: shortRow(present, expectedCells) });
      continue;
    }
    const codeText = cellText(codeSlot.cell);
    if (codeSlot.kind !== 'cell' || codeText === '') {
      continueEntry(entries.at(-1), row, descriptionColumns, problems);
      continue;
    }
    // A row for a whole class ("4xx | Client errors") among the codes is a summary, not a malformed code.
    if (isStatusClass(codeText)) continue;
    const code = readCode(codeText);
    if (typeof code === 'string') {
      problems.push({ line: codeSlot.cell.line, message: code });
      continue;
    }
    // A short row is reported, but its code still counts: what the row does say is kept.
    if (present < expectedCells) {
      problems.push({ line: row.line, message: shortRow(present, expectedCells) });
    }
    const messageCell = messageColumn === null ? undefined : row.slots[messageColumn];
    const message = code.rest || (messageCell ? cellText(messageCell.cell) : '');
    entries.push({
      code: code.value,
      message: message === '' ? null : message,
      description: descriptionOf(row, descriptionColumns).join('\n\n'),
      class: rowClass,
      line: codeSlot.cell.line,
    });
  }
  return { entries, problems };
}

function shortRow(present: number, expected: number): string {
  return `row has ${present} ${present === 1 ? 'cell' : 'cells'}, expected ${expected}`;
}

/** Each column's header text; several header rows are joined ("HTTP" over "Status Code"). */
function columnHeaders(headerRows: TableRow[], width: number): string[] {
  const headers: string[] = [];
  for (let column = 0; column < width; column++) {
    const texts = headerRows
      .map((row) => row.slots[column])
      .filter((slot) => slot !== undefined && slot.kind !== 'rowspan')
      .map((slot) => cellText(slot!.cell));
    headers.push(texts.join(' ').trim());
  }
  return headers;
}

/**
 * How many cells a full row has: the header's width, or the most common width of the body rows when
 * that is larger (a header with a missing cell should not condemn every row).
 */
function expectedWidth(headerRows: TableRow[], body: TableRow[]): number {
  const counts = new Map<number, number>();
  for (const row of body) {
    const present = row.slots.filter((slot) => slot !== undefined).length;
    counts.set(present, (counts.get(present) ?? 0) + 1);
  }
  let mode = 0;
  let best = 0;
  for (const [cells, count] of counts) {
    if (count > best || (count === best && cells > mode)) [mode, best] = [cells, count];
  }
  const header = Math.max(0, ...headerRows.map((row) => row.slots.filter((slot) => slot !== undefined).length));
  return Math.max(header, mode);
}

/** The text of a row that is one cell spanning the whole table and holds no code, else null. */
function labelRowText(row: TableRow, width: number): string | null {
  if (width < 2 || row.slots.length < width) return null;
  const [first, ...rest] = row.slots;
  if (first?.kind !== 'cell' || !rest.every((slot) => slot?.kind === 'colspan' && slot.cell === first.cell)) return null;
  const text = cellText(first.cell);
  return startsWithStatusCode(text) ? null : text;
}

/** Paragraphs of the row's description cells; a cell covered by a rowspan shares its text with the row above. */
function descriptionOf(row: TableRow, columns: number[]): string[] {
  const blocks: string[] = [];
  for (const column of columns) {
    const slot = row.slots[column];
    if (slot && slot.kind !== 'colspan') blocks.push(...slot.cell.blocks);
  }
  return blocks.filter((block) => block !== '');
}

/** Appends a continuation row's own description text to the entry above it. */
function continueEntry(
  entry: CatalogEntry | undefined,
  row: TableRow,
  columns: number[],
  problems: ParseProblem[],
): void {
  const blocks: string[] = [];
  for (const column of columns) {
    const slot = row.slots[column];
    if (slot?.kind === 'cell') blocks.push(...slot.cell.blocks.filter((block) => block !== ''));
  }
  if (blocks.length === 0) return;
  if (!entry) {
    problems.push({ line: row.line, message: 'row has no status code and no row above to continue' });
    return;
  }
  entry.description = [entry.description, ...blocks].filter((text) => text !== '').join('\n\n');
}

/**
 * Reads "200", "200 OK", "200: OK" or "404Not Found" into the code and the text after it; returns the
 * problem message for anything else.
 */
function readCode(text: string): { value: number; rest: string } | string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const match = /^(\d+)(.*)$/s.exec(text);
  if (!match) return `status code cell '${shown}' is not a number`;
  const digits = match[1]!;
  if (digits.length !== 3) return `status code cell '${shown}' is not a three-digit code`;
  const value = Number(digits);
  if (value < 100 || value > 599) return `status code ${digits} is outside 100-599`;
  let rest = match[2]!.replace(/^[\s:：\-–—,，]+/, '').trim();
  const parenthesized = /^\((.*)\)$/.exec(rest) ?? /^（(.*)）$/.exec(rest);
  if (parenthesized) rest = parenthesized[1]!.trim();
  return { value, rest };
}
