/**
 * Which column of a table holds the status code, and whether the table is keyed by service error codes
 * instead. Decided from the cells first and the headers second, because real headers mislead. The
 * reason-phrase column is `messageColumn.ts`'s business.
 */
import { isStandardReasonPhrase } from '../../http/reasonPhrases';
import { cellText, type TableCell, type TableRow } from './tableModel';

/** A cell that starts with a status code: "200", "200 OK", "404Not Found". */
const CODE_START = /^([1-9]\d\d)(?!\d|\.\d)/;
/** Longer application codes (4001, 100001) mixed into a status table neither count for nor against its code column. */
const APPLICATION_CODE = /^\d{4,}/;

/** Service error codes such as "ELB.0002", "DBS.200001", "CCE_CM.0001". */
const SERVICE_ERROR_CODE = /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*[._-]\d{2,}$/;
const ERROR_CODE_HEADER = /^(?:service\s+)?error[\s_-]*codes?$|^错误码$/i;

const STATUS_CLASS = /^[1-9](?:xx|XX|\*\*)(?![\w*])/;

/** A cell naming a status class rather than a code: "2xx", "4XX", "5**", "1xx (informational)". */
export function isStatusClass(text: string): boolean {
  return STATUS_CLASS.test(text);
}

export function startsWithStatusCode(text: string): boolean {
  return CODE_START.test(text);
}

/** The own cell at a column (not one covered by a span), or undefined. */
export function ownCell(row: TableRow, column: number): TableCell | undefined {
  const slot = row.slots[column];
  return slot?.kind === 'cell' ? slot.cell : undefined;
}

/** True when one cell covers every column of the row. */
function spansWholeRow(row: TableRow, width: number): boolean {
  const first = row.slots[0];
  if (first?.kind !== 'cell' || row.slots.length < width) return false;
  return row.slots.slice(1).every((slot) => slot?.kind === 'colspan' && slot.cell === first.cell);
}

/** Texts of a column's own, non-empty cells. */
export function columnTexts(rows: TableRow[], column: number): TableCell[] {
  const cells: TableCell[] = [];
  for (const row of rows) {
    const cell = ownCell(row, column);
    if (cell && cellText(cell) !== '') cells.push(cell);
  }
  return cells;
}

/**
 * The leftmost column in which at least half of the non-empty cells start with a status code.
 * A table without such a column is not a status-code table (a "1XX/2XX" class table, a parameter table).
 */
export function findCodeColumn(rows: TableRow[], width: number): number | null {
  // A cell spanning the whole row ("Normal" across the table) is a label, not content of its column.
  const content = width < 2 ? rows : rows.filter((row) => !spansWholeRow(row, width));
  for (let column = 0; column < width; column++) {
    // Class rows ("4xx") among the codes neither count for nor against the column.
    const cells = columnTexts(content, column).filter((cell) => !isStatusClass(cellText(cell)) && !APPLICATION_CODE.test(cellText(cell)));
    const codes = cells.filter((cell) => startsWithStatusCode(cellText(cell))).length;
    if (codes > 0 && codes * 2 >= cells.length) return column;
  }
  return null;
}

const HTTP_CODE_HEADER = /\bHTTP\b|状态码|status[\s_-]*codes?/i;

/**
 * The code column once the headers are known: when the leftmost code column's header does not call it a
 * status ("错误码", "Code") and a later one says it holds HTTP statuses ("错误码 | 描述 | HTTP状态码" over
 * "400 格式错误"), the later one is the status.
 */
export function preferHttpCodeColumn(rows: TableRow[], headers: string[], width: number, codeColumn: number): number {
  const header = headers[codeColumn] ?? '';
  if (HTTP_CODE_HEADER.test(header)) return codeColumn;
  for (let column = codeColumn + 1; column < width; column++) {
    if (!HTTP_CODE_HEADER.test(headers[column] ?? '')) continue;
    const cells = columnTexts(rows, column).filter((cell) => !isStatusClass(cellText(cell)));
    const codes = cells.filter((cell) => startsWithStatusCode(cellText(cell))).length;
    if (codes > 0 && codes * 2 >= cells.length) return column;
  }
  return codeColumn;
}

/**
 * True when the table documents service error codes ("VPC.1801") rather than HTTP statuses: another
 * column holds such codes and no column holds registered reason phrases. A table keyed by error codes
 * that also has a reason-phrase column ("400 | Bad request | ELB.8902 | ...") still lists status codes.
 */
export function isServiceErrorCodeTable(rows: TableRow[], headers: string[], codeColumn: number, width: number): boolean {
  let errorCodes = false;
  // Merged "400 Bad Request" code cells give the reason phrases themselves.
  const merged = mergedPhrases(rows, codeColumn);
  // Merged "400 格式错误" cells are the page's own reason phrases, in any language, when most code cells have one.
  let reasonPhrases =
    merged.length > 0 &&
    (merged.filter(isStandardReasonPhrase).length * 2 >= merged.length || hasMergedCodeCells(rows, codeColumn));
  for (let column = 0; column < width; column++) {
    if (column === codeColumn) continue;
    const cells = columnTexts(rows, column).map(cellText);
    if (cells.length === 0) continue;
    const serviceCodes = cells.filter((text) => SERVICE_ERROR_CODE.test(text)).length;
    if (serviceCodes * 2 >= cells.length) errorCodes = true;
    else if (ERROR_CODE_HEADER.test(headers[column] ?? '') && !cells.some(startsWithStatusCode)) errorCodes = true;
    if (cells.filter(isStandardReasonPhrase).length * 2 >= cells.length) reasonPhrases = true;
  }
  return errorCodes && !reasonPhrases;
}

/** The text after the code in each code cell that has some ("200 OK" → "OK"). */
function mergedPhrases(rows: TableRow[], codeColumn: number): string[] {
  const phrases: string[] = [];
  for (const row of rows) {
    const cell = ownCell(row, codeColumn);
    const rest = cell ? cellText(cell).replace(CODE_START, '').trim() : '';
    if (cell && startsWithStatusCode(cellText(cell)) && rest !== '') phrases.push(rest);
  }
  return phrases;
}

/** True when most code cells hold the message too ("200 OK", "404 Not Found"). */
export function hasMergedCodeCells(rows: TableRow[], codeColumn: number): boolean {
  const codes = rows.filter((row) => {
    const cell = ownCell(row, codeColumn);
    return cell !== undefined && startsWithStatusCode(cellText(cell));
  }).length;
  return codes > 0 && mergedPhrases(rows, codeColumn).length * 2 > codes;
}
