/**
 * One HTML character reference at a time ("&amp;", "&#233;", "&#x4e2d;"), decoded by the real HTML parser so
 * every named entity decodes the way a browser would. Each distinct reference is parsed once.
 */
import { parseHtmlFragment } from './htmlParser';

const decoded = new Map<string, string>();
/** Enough for every named entity ("&CounterClockwiseContourIntegral;") and numeric one. */
const MAX_REFERENCE = 40;
const MAX_CACHED = 4096;

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** At `text[start] === '&'`: the reference's length and text, or undefined when it is not one. */
export function readEntity(text: string, start: number): { length: number; value: string } | undefined {
  let end = start + 1;
  if (text[end] === '#') end++;
  const nameStart = end;
  const limit = Math.min(text.length, start + MAX_REFERENCE);
  while (end < limit && isAlphanumeric(text.charCodeAt(end))) end++;
  if (end === nameStart || text[end] !== ';') return undefined;
  const raw = text.slice(start, end + 1);
  let value = decoded.get(raw);
  if (value === undefined) {
    const fragment = parseHtmlFragment(raw);
    value = fragment.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');
    if (decoded.size < MAX_CACHED) decoded.set(raw, value);
  }
  return value === raw ? undefined : { length: raw.length, value };
}
