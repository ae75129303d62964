/**
 * What a status-code cell says: one or more three-digit codes with the text after them ("200 OK",
 * "500, 502, 503, 504", "301, 302, 303, and 308"), a row to skip without complaint (a class placeholder
 * "7xx", a range "100-101", an address "127.0.0.1", a long application code, `0`, a prose note "All other
 * codes"), or a malformed cell worth a problem ("abc", "42").
 */
import { isStatusClass } from './columnRoles';

export type CodeCell =
  | { kind: 'codes'; codes: number[]; rest: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'problem'; message: string };

/** Separators between codes listed in one cell: commas, slashes, "and", "or", "、". */
const MORE_CODES = /^\s*(?:[,，、/&]|\bor\b|\band\b)\s*(?:(?:and|or)\s+)?(\d{3})(?![\d.])/;
/** "100-101", "200 – 299", "4xx-5xx" style ranges: a span of codes, not one code. */
const RANGE = /^\s*[-–—~～]\s*\d/;

export function readCodeCell(text: string): CodeCell {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (isStatusClass(text)) return { kind: 'skip', reason: `'${shown}' is a status class` };
  const match = /^(\d+)(.*)$/s.exec(text);
  if (!match) {
    // A note in the code column ("All other codes") is prose, not a malformed code.
    if (/^\D+\s\D+$/.test(text)) return { kind: 'skip', reason: `'${shown}' is a note, not a code` };
    return { kind: 'problem', message: `status code cell '${shown}' is not a number` };
  }
  const digits = match[1]!;
  let rest = match[2]!;
  if (/^\.\d/.test(rest)) return { kind: 'skip', reason: `'${shown}' is an address or a version, not a code` };
  if (/^0+$/.test(digits)) return { kind: 'skip', reason: `'${shown}' is not a status code` };
  if (digits.length > 3) return { kind: 'skip', reason: `'${shown}' is an application code, not a status code` };
  if (digits.length !== 3) return { kind: 'problem', message: `status code cell '${shown}' is not a three-digit code` };
  if (RANGE.test(rest)) return { kind: 'skip', reason: `'${shown}' is a range of codes` };
  const codes = [Number(digits)];
  for (let more = MORE_CODES.exec(rest); more !== null; more = MORE_CODES.exec(rest)) {
    codes.push(Number(more[1]));
    rest = rest.slice(more[0].length);
  }
  rest = rest.replace(/^[\s:：\-–—,，]+/, '').trim();
  const parenthesized = /^\((.*)\)$/.exec(rest) ?? /^（(.*)）$/.exec(rest);
  if (parenthesized) rest = parenthesized[1]!.trim();
  return { kind: 'codes', codes, rest };
}
