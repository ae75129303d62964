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
  // Most names beside a number in range are no spelling of its phrase (`bytes: 512`, `latencyMs: 250` in every record
  // of a log): told by their first letter, before any squeezing.
  const first = firstAsciiLetter(name);
  if (first >= 0 && (firstLettersOf(code, phrases) & (1 << first)) === 0) return false;
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

/** Bit i set: a spelling of one of the code's phrases can start with letter i (its phrase's first, or a prefix's). */
const FIRST_LETTERS = new Int32Array(600);
/** Marks a FIRST_LETTERS entry as computed (a 27th bit: no letter has it). */
const COMPUTED = 1 << 26;

function firstLettersOf(code: number, phrases: ReadonlySet<string>): number {
  // A code outside the table (squeezedPhrasesOf answers only 100-599) has no mask: no shortcut, never a wrong one.
  if (!(code >= 0 && code < FIRST_LETTERS.length)) return ~0;
  let mask = FIRST_LETTERS[code]!;
  if (mask === 0) {
    mask = COMPUTED;
    for (const spelling of [...phrases, ...PREFIXES]) if (spelling.length > 0) mask |= 1 << (spelling.charCodeAt(0) - 0x61);
    FIRST_LETTERS[code] = mask;
  }
  return mask;
}

/**
 * The first letter of `name`'s squeezed form (0 for a, 25 for z), which is its first ASCII letter when only ASCII
 * comes before it; -1 when a non-ASCII character comes first (lower-cased, `İ` and `K` become ASCII letters) or
 * there is no letter.
 */
function firstAsciiLetter(name: string): number {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 0x7f) return -1;
    if (code >= 0x61 && code <= 0x7a) return code - 0x61;
    if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  }
  return -1;
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
