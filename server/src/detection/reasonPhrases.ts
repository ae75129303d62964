/**
 * The standard reason phrases of HTTP status codes, for one precise rule: a name that spells the
 * reason phrase of the number it holds (`NOT_FOUND: 404`, `Created = 201`, `"OK": 200`,
 * `HTTP_TOO_MANY_REQUESTS = 429`) is a status-code table entry, whatever the table is called. Name and
 * number agreeing by chance is too unlikely to matter.
 */

import { squeezedPhrasesOf, squeezePhrase } from '../http/reasonPhrases';

/** Words around the phrase in constant names: `HTTP_NOT_FOUND`, `STATUS_OK`, `SC_CREATED`, `NotFoundStatus`. */
const PREFIXES = ['http', 'httpstatus', 'status', 'statuscode', 'code', 'sc'];
const SUFFIXES = ['status', 'code', 'statuscode'];

/** Whether `name` spells the reason phrase of `code` (optionally with an HTTP/status prefix or suffix). */
export function namesReasonPhraseOf(name: string, code: number): boolean {
  const phrases = squeezedPhrasesOf(code);
  if (!phrases) return false;
  const squeezed = squeezePhrase(name);
  if (phrases.has(squeezed)) return true;
  for (const prefix of PREFIXES) {
    if (squeezed.startsWith(prefix) && phrases.has(squeezed.slice(prefix.length))) return true;
  }
  for (const suffix of SUFFIXES) {
    if (squeezed.endsWith(suffix) && phrases.has(squeezed.slice(0, -suffix.length))) return true;
  }
  return false;
}
