/**
 * Reads a format-neutral table as a status-code table: decides whether it is one, which columns hold
 * the code, the reason phrase and the description, and turns its rows into catalog entries. A row whose
 * code cell is malformed is skipped as a problem with its line; a row whose code cell is a class, a range,
 * an application code or a note is skipped quietly; a row with missing cells is reported but keeps what it
 * has; continuation rows (an empty or rowspan-covered code cell) extend the entry above. Every decision is
 * also returned as a {@link TableVerdict}, which `status-catalog parse --explain` prints.
 */
import { squeezedPhrasesOf, squeezePhrase } from '../../http/reasonPhrases';
import type { CatalogEntry, ParseProblem, ParseResult, StatusClass } from '../types';
import { classFromLabel, tableClass } from './classLabels';
import { readCodeCell } from './codesInCell';
import {
  findCodeColumn,
  isServiceErrorCodeTable,
  isStatusClass,
  ownCell,
  preferHttpCodeColumn,
  startsWithStatusCode,
} from './columnRoles';
import { findMessageColumn, isDescriptionHeader, isOtherDataHeader, type MessageColumn } from './messageColumn';
import { isHttpStatusTable, type TableWords } from './isHttpStatusTable';
import { splitReasonCell } from './splitReasonCell';
import { cellText, type SourceTable, type TableRow } from './tableModel';

/** What became of one table of a page: read as a status table or not, and why. */
export interface TableVerdict {
  /** 1-based line where the table starts. */
  line: number;
  /** Rows in the table, header rows included. */
  rows: number;
  /** True when the table was read as a status-code table. */
  status: boolean;
  /** Entries it gave. */
  entries: number;
  /** Why it was or was not read ("codes 1, 2, 126: an exit-code table"). */
  reason: string;
}

export interface TableReading extends ParseResult {
  verdict: TableVerdict;
}

/** Interprets one table; a table that is not a status-code table yields nothing at all. */
export function interpretTable(table: SourceTable): ParseResult {
  const { entries, problems } = readStatusTable(table);
  return { entries, problems };
}

/** Interprets one table and says what it decided. */
export function readStatusTable(table: SourceTable): TableReading {
  const entries: CatalogEntry[] = [];
  const problems: ParseProblem[] = [];
  const verdict = (status: boolean, reason: string): TableReading => ({
    entries,
    problems,
    verdict: { line: table.line, rows: table.rows.length, status, entries: entries.length, reason },
  });
  let width = 0;
  for (const row of table.rows) width = Math.max(width, row.slots.length);
  let headerRows = table.rows.filter((row) => row.header);
  let body = table.rows.filter((row) => !row.header);
  let codeColumn = findCodeColumn(body, width);
  if (codeColumn === null) return verdict(false, whyNoCodeColumn(table, body, width));

  // Without a marked header, a first row whose code cell is not a code is the header ("Status Code | ...").
  if (headerRows.length === 0 && body.length > 0) {
    const first = ownCell(body[0]!, codeColumn);
    if (first && !/^\d/.test(cellText(first))) {
      headerRows = [body[0]!];
      body = body.slice(1);
    }
  }
  const headers = columnHeaders(headerRows, width);
  codeColumn = preferHttpCodeColumn(body, headers, width, codeColumn);
  const codeHeader = headers[codeColumn] ?? '';
  const http = isHttpStatusTable(leadingNumbers(body, codeColumn), tableWords(table, headers, codeColumn));
  if (!http.http) return verdict(false, http.reason);
  if (isServiceErrorCodeTable(body, headers, codeColumn, width)) {
    return verdict(false, 'keyed by service error codes, with no reason-phrase column');
  }

  const messageColumn = findMessageColumn(body, headers, codeColumn, width);
  const descriptionColumns = [...Array(width).keys()].filter(
    (c) => c !== codeColumn && !(c === messageColumn?.column && messageColumn.mode === 'reason') && !isOtherDataHeader(headers[c] ?? ''),
  );
  const reasonColumn = messageColumn ?? leadingReasonColumn(body, headers, codeColumn, descriptionColumns);
  const expectedCells = expectedWidth(headerRows, body);
  let rowClass: StatusClass | null = tableClass(codeHeader, table.title, table.listItems, table.headings);

  for (const row of body) {
    let present = 0;
    for (const slot of row.slots) if (slot !== undefined) present++;
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
    const read = readCodeCell(codeText);
    if (read.kind === 'skip') continue;
    if (read.kind === 'problem') {
      problems.push({ line: codeSlot.cell.line, message: read.message });
      continue;
    }
    // A short row is reported, but its code still counts: what the row does say is kept.
    if (present < expectedCells) {
      problems.push({ line: row.line, message: shortRow(present, expectedCells) });
    }
    for (const code of read.codes) {
      const message = read.rest || messageOf(row, reasonColumn, code);
      // A description-column cell that is wholly the message ("OK") is not also its description.
      const reasonCell = reasonColumn ? ownCell(row, reasonColumn.column) : undefined;
      const whole = reasonCell !== undefined && message !== '' && cellText(reasonCell) === message;
      const columns = whole ? descriptionColumns.filter((c) => c !== reasonColumn!.column) : descriptionColumns;
      const description = descriptionOf(row, columns).join('\n\n');
      entries.push({
        code,
        message: message === '' ? null : message,
        description,
        class: rowClass,
        line: codeSlot.cell.line,
      });
    }
  }
  const only = reasonColumn?.mode === 'description' ? ' where a cell is a reason phrase' : '';
  const from = reasonColumn ? `, messages from column ${reasonColumn.column + 1}${quoted(headers[reasonColumn.column])}${only}` : '';
  return verdict(true, `status codes in column ${codeColumn + 1}${quoted(codeHeader)}${from}`);
}

/**
 * Why a table has no code column, for `--explain`: a column of numbers that are not statuses says what
 * they are ("codes 0, 1, 2, 126: an exit-code table"); anything else has no codes at all.
 */
function whyNoCodeColumn(table: SourceTable, body: TableRow[], width: number): string {
  const fallback = 'no column of three-digit status codes';
  for (let column = 0; column < width; column++) {
    const numbers = leadingNumbers(body, column);
    let cells = 0;
    for (const row of body) if (ownCell(row, column) && cellText(ownCell(row, column)!) !== '') cells++;
    if (numbers.length === 0 || numbers.length * 2 < cells) continue;
    const headers = columnHeaders(table.rows.filter((row) => row.header), width);
    const http = isHttpStatusTable(numbers, tableWords(table, headers, column));
    return http.http ? fallback : http.reason;
  }
  return fallback;
}

/** What the table and the page around it say, for {@link isHttpStatusTable}. */
function tableWords(table: SourceTable, headers: string[], codeColumn: number): TableWords {
  return {
    codeHeader: headers[codeColumn] ?? '',
    otherHeaders: headers.filter((_, column) => column !== codeColumn),
    title: table.title,
    heading: table.headings[0] ?? null,
    outerHeadings: table.headings.slice(1),
    pageTitle: table.pageTitle ?? null,
    lead: table.lead ?? null,
  };
}

function quoted(header: string | undefined): string {
  return header ? ` ('${header}')` : '';
}

/** The leading number of each code cell of the column, whatever its length ("**1**" → 1, "127.0.0.1" → 127). */
function leadingNumbers(body: TableRow[], codeColumn: number): number[] {
  const numbers: number[] = [];
  for (const row of body) {
    const cell = ownCell(row, codeColumn);
    // "1xx" is a class, not the number 1.
    const digits = cell ? /^\d{1,6}(?![\dxX*])/.exec(cellText(cell))?.[0] : undefined;
    if (digits !== undefined) numbers.push(Number(digits));
  }
  return numbers;
}

/**
 * Without a message column, a description column written "Reason -- explanation" (Slate, Mailgun) gives
 * its leading reasons, when most of its code rows are written so.
 */
function leadingReasonColumn(body: TableRow[], headers: string[], codeColumn: number, columns: number[]): MessageColumn | null {
  for (const column of columns) {
    if (column < codeColumn) continue;
    let cells = 0;
    let split = 0;
    for (const row of body) {
      const code = ownCell(row, codeColumn);
      const cell = ownCell(row, column);
      if (!code || !cell || !startsWithStatusCode(cellText(code)) || cellText(cell) === '') continue;
      cells++;
      if (splitReasonCell(cellText(cell)) !== null) split++;
    }
    if (cells > 0 && split * 2 >= cells) return { column, mode: 'description' };
    if (isDescriptionHeader(headers[column] ?? '') || cells > 0) return null;
  }
  return null;
}

/** A row's message from its message column, read as the column's mode says. */
function messageOf(row: TableRow, column: MessageColumn | null, code: number): string {
  const slot = column === null ? undefined : row.slots[column.column];
  if (!slot) return '';
  const text = cellText(slot.cell);
  if (column!.mode === 'reason') return text;
  const split = splitReasonCell(text);
  if (split) return split.reason;
  // A fault name ("overLimit", "badMediaType") is a reason in any column: no description is one camel-cased word.
  return isReasonPhraseOf(text, code) || FAULT_NAME.test(text) ? text : '';
}

const FAULT_NAME = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

/** True when the text is the code's registered reason phrase, case and a final period ignored. */
function isReasonPhraseOf(text: string, code: number): boolean {
  const phrases = squeezedPhrasesOf(code);
  const bare = text.replace(/[.。]$/, '').trim();
  return phrases !== undefined && /^[A-Za-z][A-Za-z' -]*$/.test(bare) && phrases.has(squeezePhrase(bare));
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
  let header = 0;
  for (const row of headerRows) header = Math.max(header, row.slots.filter((slot) => slot !== undefined).length);
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
    if (slot && slot.kind !== 'colspan') for (const block of slot.cell.blocks) blocks.push(block);
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
    if (slot?.kind === 'cell') for (const block of slot.cell.blocks) if (block !== '') blocks.push(block);
  }
  if (blocks.length === 0) return;
  if (!entry) {
    problems.push({ line: row.line, message: 'row has no status code and no row above to continue' });
    return;
  }
  entry.description = [entry.description, ...blocks].filter((text) => text !== '').join('\n\n');
}
