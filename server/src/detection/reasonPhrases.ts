/**
 * The standard reason phrases of HTTP status codes, for one precise rule: a name that spells the
 * reason phrase of the number it holds (`NOT_FOUND: 404`, `Created = 201`, `"OK": 200`,
 * `HTTP_TOO_MANY_REQUESTS = 429`) is a status-code table entry, whatever the table is called. Name and
 * number agreeing by chance is too unlikely to matter.
 */

import { allSqueezedPhrases, squeezedPhrasesOf, squeezePhrase } from '../http/reasonPhrases';

/** Words around the phrase in constant names: `HTTP_NOT_FOUND`, `STATUS_OK`, `SC_CREATED`, `NotFoundStatus`. */
const PREFIXES = ['http', 'httpstatus', 'status', 'statuscode', 'code', 'sc'];
const SUFFIXES = ['status', 'code', 'statuscode'];

/** Whether `name` spells the reason phrase of `code` (optionally with an HTTP/status prefix or suffix). */
export function namesReasonPhraseOf(name: string, code: number): boolean {
  const phrases = squeezedPhrasesOf(code);
  if (!phrases) return false;
  const squeezed = squeezedUpTo(name, LONGEST_NAME);
  if (squeezed === undefined) return false;
  if (phrases.has(squeezed)) return true;
  for (const prefix of PREFIXES) {
    if (squeezed.startsWith(prefix) && phrases.has(squeezed.slice(prefix.length))) return true;
  }
  for (const suffix of SUFFIXES) {
    if (squeezed.endsWith(suffix) && phrases.has(squeezed.slice(0, -suffix.length))) return true;
  }
  return false;
}

/** The longest squeezed name that can spell a phrase: the longest phrase with the longest prefix or suffix. */
const LONGEST_NAME =
  Math.max(...[...allSqueezedPhrases()].map((phrase) => phrase.length)) + Math.max(...[...PREFIXES, ...SUFFIXES].map((word) => word.length));

/**
 * `squeezePhrase(name)`, or undefined once it would be longer than `limit` (no phrase then). The rules ask this of
 * every string value beside a `code` key, most of them long and none a phrase: an ASCII name is read by char code
 * and given up early; any other goes through `squeezePhrase` itself, whose lower-casing this must not second-guess.
 */
function squeezedUpTo(name: string, limit: number): string | undefined {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code > 0x7f) {
      const squeezed = squeezePhrase(name);
      return squeezed.length > limit ? undefined : squeezed;
    }
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code >= 0x61 && code <= 0x7a) {
      if (out.length === limit) return undefined;
      out += String.fromCharCode(code);
    }
  }
  return out;
}
