/**
 * Which column of a status table holds the reason phrase, and how its cells give the message. Decided from
 * the cells first and the headers second, because real headers mislead: "Description" over a column of
 * "OK"/"overLimit", "Code" or "返回值" over reason phrases, "Response headers" over "-".
 */
import { isStandardReasonPhrase } from '../../http/reasonPhrases';
import { columnTexts, hasMergedCodeCells, ownCell, startsWithStatusCode } from './columnRoles';
import { cellText, type TableCell, type TableRow } from './tableModel';

/** Headers that name the reason-phrase column whatever its cells look like. */
const MESSAGE_HEADER = /^(?:messages?|reason(?:\s+phrases?)?|status\s+(?:message|text|phrase)|消息|原因短语)$/i;
/** Headers often put over reason phrases; with them a short Chinese phrase also counts. */
const WEAK_MESSAGE_HEADER = /^(?:type|status|code|returned?\s+values?|编码|类型|返回值|状态|信息)$/i;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

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
