/**
 * Slate and Mailgun style cells that put the reason before its explanation: "Bad Request -- Your request
 * is invalid", "Not Found - The requested item doesn't exist". The leading reason is the message.
 */

/** A reason, a spaced "--", "-", "–" or "—", then the explanation. */
const REASON_THEN_TEXT = /^([^\s-–—][^-–—]*?)\s+(?:--|-|–|—)\s+(\S.*)$/s;

export interface ReasonSplit {
  reason: string;
  description: string;
}

/**
 * The cell's leading reason and the rest, or null when the cell is not written that way. A reason is a
 * few words without sentence punctuation ("Too many requests", "Server Errors"); anything longer before
 * the dash is a sentence that merely contains one.
 */
export function splitReasonCell(text: string): ReasonSplit | null {
  const match = REASON_THEN_TEXT.exec(text.trim());
  if (!match) return null;
  const reason = match[1]!.trim();
  if (/[.。!！?？;；:：,，()]/.test(reason) || reason.split(/\s+/).length > 6) return null;
  return { reason, description: match[2]!.trim() };
}
