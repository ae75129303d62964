/**
 * The per-file budget of catalog loading: a page larger than MAX_PAGE_CHARS is not parsed, and a page whose
 * parse took longer than MAX_PAGE_PARSE_MS is skipped with a problem. A parse runs on the server's only thread
 * and cannot be interrupted, so the budget cannot cut the first slow parse short; it keeps the page out of the
 * catalogs, says why, and remembers the text (by hash) so that every later reload skips it without parsing it
 * again, instead of stalling the server at each reload.
 */
import { createHash } from 'node:crypto';

/** Characters of a catalog page; the largest real page is ~120 K. Matches nodeFileSystem's byte bound. */
export const MAX_PAGE_CHARS = 2 * 1024 * 1024;
/** A real page parses in a few milliseconds. */
export const MAX_PAGE_PARSE_MS = 1000;
/** The memory of slow pages is bounded too: oldest forgotten first. */
const MAX_REMEMBERED = 256;

const slowPages = new Map<string, number>();

function keyOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The earlier parse time (ms) of this exact text, when it went over the budget. */
export function knownSlowParse(text: string): number | undefined {
  return slowPages.size === 0 ? undefined : slowPages.get(keyOf(text));
}

export function rememberSlowParse(text: string, elapsedMs: number): void {
  slowPages.set(keyOf(text), elapsedMs);
  while (slowPages.size > MAX_REMEMBERED) slowPages.delete(slowPages.keys().next().value!);
}

export function tooSlowMessage(elapsedMs: number): string {
  return `page too slow: parsing took ${Math.round(elapsedMs)} ms (budget ${MAX_PAGE_PARSE_MS} ms), skipped`;
}

export function tooLargeMessage(chars: number): string {
  return `page too large: ${chars} characters (budget ${MAX_PAGE_CHARS}), skipped`;
}
