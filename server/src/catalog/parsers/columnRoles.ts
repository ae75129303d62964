/**
 * Which column of a table holds the status code, which the reason phrase, and whether the table is keyed
 * by service error codes instead. Decided from the cells first and the headers second, because real
 * headers mislead: "Description" over a column of "OK"/"overLimit", "Code" or "返回值" over reason phrases.
 */
import { cellText, type TableCell, type TableRow } from './tableModel';

/** A cell that starts with a status code: "200", "200 OK", "404Not Found". */
const CODE_START = /^([1-5]\d\d)(?!\d)/;

/** Service error codes such as "ELB.0002", "DBS.200001", "CCE_CM.0001". */
const SERVICE_ERROR_CODE = /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*[._-]\d{2,}$/;
const ERROR_CODE_HEADER = /^(?:service\s+)?error[\s_-]*codes?$|^错误码$/i;

/** Headers that name the reason-phrase column whatever its cells look like. */
const MESSAGE_HEADER = /^(?:messages?|reason(?:\s+phrases?)?|status\s+(?:message|text|phrase)|消息|原因短语)$/i;
/** Headers often put over reason phrases; with them a short Chinese phrase also counts. */
const WEAK_MESSAGE_HEADER = /^(?:type|status|code|returned?\s+values?|编码|类型|返回值|状态|信息)$/i;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function startsWithStatusCode(text: string): boolean {
  return CODE_START.test(text);
}

/** The own cell at a column (not one covered by a span), or undefined. */
export function ownCell(row: TableRow, column: number): TableCell | undefined {
  const slot = row.slots[column];
  return slot?.kind === 'cell' ? slot.cell : undefined;
}

/** Texts of a column's own, non-empty cells. */
function columnTexts(rows: TableRow[], column: number): TableCell[] {
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
  for (let column = 0; column < width; column++) {
    const cells = columnTexts(rows, column);
    const codes = cells.filter((cell) => startsWithStatusCode(cellText(cell))).length;
    if (codes > 0 && codes * 2 >= cells.length) return column;
  }
  return null;
}

/** True when another column holds service error codes ("VPC.1801"): the table documents those, not HTTP statuses. */
export function hasServiceErrorCodeColumn(rows: TableRow[], headers: string[], codeColumn: number, width: number): boolean {
  for (let column = 0; column < width; column++) {
    if (column === codeColumn) continue;
    const cells = columnTexts(rows, column).map(cellText);
    if (cells.length === 0) continue;
    const errorCodes = cells.filter((text) => SERVICE_ERROR_CODE.test(text)).length;
    if (errorCodes * 2 >= cells.length) return true;
    if (ERROR_CODE_HEADER.test(headers[column] ?? '') && !cells.some(startsWithStatusCode)) return true;
  }
  return false;
}

/**
 * A reason phrase is short, one paragraph, and not a sentence: "Bad Request", "NoContent", "overLimit", "-".
 * "Internal IaaS OpenStack network error." is not, but its column still qualifies by majority.
 */
export function looksLikeReasonPhrase(cell: TableCell, allowChinese: boolean): boolean {
  const text = cellText(cell);
  if (text === '' || cell.blocks.length > 1) return false;
  if (/[.。!！?？;；:：]$/.test(text)) return false;
  if (CJK.test(text)) return allowChinese && text.length <= 12;
  return text.split(' ').length <= 6;
}

/**
 * The reason-phrase column: the first column (other than the code column) headed "Message" or the like,
 * or whose cells are mostly reason phrases. Null when there is none, e.g. a bare code beside a sentence.
 */
export function findMessageColumn(rows: TableRow[], headers: string[], codeColumn: number, width: number): number | null {
  const coded = rows.filter((row) => {
    const cell = ownCell(row, codeColumn);
    return cell !== undefined && startsWithStatusCode(cellText(cell));
  });
  for (let column = 0; column < width; column++) {
    if (column !== codeColumn && MESSAGE_HEADER.test((headers[column] ?? '').trim())) return column;
  }
  for (let column = 0; column < width; column++) {
    if (column === codeColumn) continue;
    const header = (headers[column] ?? '').trim();
    const cells = columnTexts(coded, column);
    if (cells.length === 0) continue;
    const allowChinese = WEAK_MESSAGE_HEADER.test(header);
    const phrases = cells.filter((cell) => looksLikeReasonPhrase(cell, allowChinese)).length;
    if (phrases * 2 >= cells.length) return column;
  }
  return null;
}
