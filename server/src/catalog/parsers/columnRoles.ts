/**
 * Which column of a table holds the status code, which the reason phrase, and whether the table is keyed
 * by service error codes instead. Decided from the cells first and the headers second, because real
 * headers mislead: "Description" over a column of "OK"/"overLimit", "Code" or "返回值" over reason phrases.
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

/** Headers that name the reason-phrase column whatever its cells look like. */
const MESSAGE_HEADER = /^(?:messages?|reason(?:\s+phrases?)?|status\s+(?:message|text|phrase)|消息|原因短语)$/i;
/** Headers often put over reason phrases; with them a short Chinese phrase also counts. */
const WEAK_MESSAGE_HEADER = /^(?:type|status|code|returned?\s+values?|编码|类型|返回值|状态|信息)$/i;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

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
 * status ("错误码", "Code") and a later one says it holds HTTP statuses ("错误码 | 描述 | HTTP状态码" with "400 格式错误"), the
 * later one is the status.
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

/** Headers of description columns: their cells are explanations unless they are exactly a reason phrase. */
const DESCRIPTION_HEADER = /^(?:descriptions?|definitions?|meanings?|explanations?|details?|notes?|remarks?|comments?|说明|描述|描述信息|含义|解释|备注|状态码说明)$/i;
/** Columns that hold other data keyed by the status; never the message ("Response headers" over "-"). */
const OTHER_DATA_HEADER = /\b(?:headers?|schemas?|models?|types?\s+of\s+response|return\s+type|examples?)\b|响应头/i;
/** Headers over a fault or error name left of the code: "Error type | Error code | Description". */
const FAULT_NAME_HEADER = /\b(?:type|name|fault|error|exception)s?\b/i;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * How a row's message comes from its message column: `reason` takes the cell as written; `description`
 * takes it only when it is exactly the code's registered reason phrase (or its leading "Reason -- …").
 */
export type MessageMode = 'reason' | 'description';

export interface MessageColumn {
  column: number;
  mode: MessageMode;
}

/** True when the header names a description column. */
export function isDescriptionHeader(header: string): boolean {
  return DESCRIPTION_HEADER.test(header.trim());
}

/** True when the header names data keyed by the status (response headers, a schema), not its meaning. */
export function isOtherDataHeader(header: string): boolean {
  return OTHER_DATA_HEADER.test(header.trim()) && !MESSAGE_HEADER.test(header.trim());
}

/**
 * The reason-phrase column, or null when there is none (a bare code beside a sentence). In order of
 * evidence: a column headed "Message" or the like; a column mostly of registered reason phrases, whatever
 * its header ("Description", "Type", "返回值"); a fault-name column just left of the code ("dnsFault |
 * 500"); the first column right of the code column that holds mostly phrase-like cells ("overLimit", "-")
 * under a header that does not call it a description. A short-worded column further left is a module or
 * a category, not a message. A description-headed column is read in `description` mode unless another
 * column holds the sentences.
 */
export function findMessageColumn(rows: TableRow[], headers: string[], codeColumn: number, width: number): MessageColumn | null {
  const coded = rows.filter((row) => {
    const cell = ownCell(row, codeColumn);
    return cell !== undefined && startsWithStatusCode(cellText(cell));
  });
  const header = (column: number): string => (headers[column] ?? '').trim();
  const usable = (column: number): boolean => !isOtherDataHeader(header(column));
  const right = [...Array(width).keys()].filter((column) => column > codeColumn && usable(column));
  const left = [...Array(codeColumn).keys()].reverse().filter(usable);
  const candidates = [...right, ...left];
  const withMode = (column: number): MessageColumn => ({ column, mode: modeOf(column) });
  const modeOf = (column: number): MessageMode => {
    if (!isDescriptionHeader(header(column))) return 'reason';
    // Another column of sentences is the description; this one, though headed so, holds the reasons.
    const sentences = right.some((other) => {
      if (other === column) return false;
      const cells = columnTexts(coded, other);
      return cells.length > 0 && cells.filter((cell) => !looksLikeReasonPhrase(cell, false)).length * 2 >= cells.length;
    });
    return sentences ? 'reason' : 'description';
  };

  const headed = candidates.find((column) => MESSAGE_HEADER.test(header(column)));
  if (headed !== undefined) return { column: headed, mode: 'reason' };
  // Where the code cells carry the message ("200 OK"), every other column is description.
  if (hasMergedCodeCells(rows, codeColumn)) return null;

  let best: number | null = null;
  let bestShare = 0.5;
  for (const column of candidates) {
    const cells = columnTexts(coded, column).map(cellText);
    if (cells.length === 0) continue;
    const share = cells.filter(isStandardReasonPhrase).length / cells.length;
    if (share > bestShare || (share === bestShare && best === null)) [best, bestShare] = [column, share];
  }
  if (best !== null) return withMode(best);

  const beside = codeColumn - 1;
  if (beside >= 0 && usable(beside) && FAULT_NAME_HEADER.test(header(beside))) {
    const cells = columnTexts(coded, beside).map(cellText);
    if (cells.length > 0 && cells.filter((text) => IDENTIFIER.test(text)).length * 2 > cells.length) return { column: beside, mode: 'reason' };
  }

  for (const column of right) {
    const cells = columnTexts(coded, column);
    if (cells.length === 0) continue;
    const allowChinese = WEAK_MESSAGE_HEADER.test(header(column));
    const phrases = cells.filter((cell) => looksLikeReasonPhrase(cell, allowChinese)).length;
    if (phrases * 2 >= cells.length) return withMode(column);
  }
  return null;
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
function hasMergedCodeCells(rows: TableRow[], codeColumn: number): boolean {
  const codes = rows.filter((row) => {
    const cell = ownCell(row, codeColumn);
    return cell !== undefined && startsWithStatusCode(cellText(cell));
  }).length;
  return codes > 0 && mergedPhrases(rows, codeColumn).length * 2 > codes;
}
