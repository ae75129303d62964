import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { namesReasonPhraseOf } from '../../../server/src/detection/reasonPhrases';
import { squeezedPhrasesOf, squeezePhrase, standardReasonPhrase } from '../../../server/src/http/reasonPhrases';

/** The rule as it reads: squeeze the whole name, then try it bare, without a prefix, and without a suffix. */
function spelledPlainly(name: string, code: number): boolean {
  const phrases = squeezedPhrasesOf(code);
  if (!phrases) return false;
  const squeezed = squeezePhrase(name);
  if (phrases.has(squeezed)) return true;
  for (const prefix of ['http', 'httpstatus', 'status', 'statuscode', 'code', 'sc']) {
    if (squeezed.startsWith(prefix) && phrases.has(squeezed.slice(prefix.length))) return true;
  }
  for (const suffix of ['status', 'code', 'statuscode']) {
    if (squeezed.endsWith(suffix) && phrases.has(squeezed.slice(0, -suffix.length))) return true;
  }
  return false;
}

describe('namesReasonPhraseOf', () => {
  it('spells phrases with and without prefixes and suffixes, at any length', () => {
    assert.equal(namesReasonPhraseOf('NOT_FOUND', 404), true);
    assert.equal(namesReasonPhraseOf('HttpStatusNetworkAuthenticationRequired', 511), true);
    assert.equal(namesReasonPhraseOf('STATUS_CODE_NETWORK_AUTHENTICATION_REQUIRED', 511), true);
    assert.equal(namesReasonPhraseOf('NetworkAuthenticationRequiredStatusCode', 511), true);
    assert.equal(namesReasonPhraseOf('Network Authentication Required!', 511), true);
    assert.equal(namesReasonPhraseOf('NetworkAuthenticationRequiredStatusCodeX', 511), false);
    assert.equal(namesReasonPhraseOf('req-000123 not found at all', 404), false);
    assert.equal(namesReasonPhraseOf('OK', 404), false);
  });

  it('gives exactly the plain reading, for ASCII and other names (the early stop changes no answer)', () => {
    // Words that spell phrases of every code asked (201, 418, 429, 500 too), so the first-letter shortcut is tried on
    // names that do spell one, not only on names that do not.
    const words = fc.constantFrom('not', 'found', 'ok', 'http', 'status', 'code', 'sc', 'network', 'authentication', 'required',
      'created', 'too', 'many', 'requests', 'internal', 'server', 'error', 'im', 'a', 'teapot', '_', ' ', '-', '4', 'İ', 'K', 'ǅ', 'ß', '🙂');
    const names = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(words, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(names, fc.constantFrom(200, 201, 404, 418, 429, 500, 511, 999), (name, code) => namesReasonPhraseOf(name, code) === spelledPlainly(name, code)),
      { numRuns: 20_000, seed: 20261202 },
    );
  });
});

describe('squeezedPhrasesOf', () => {
  it('answers for exactly the registered codes (its shortcut for fractions and numbers outside 100-599 loses none)', () => {
    for (let code = -1000; code <= 1000; code++) {
      assert.equal(squeezedPhrasesOf(code) !== undefined, standardReasonPhrase(code) !== undefined, String(code));
      assert.equal(squeezedPhrasesOf(code + 0.5), undefined);
    }
    assert.equal(squeezedPhrasesOf(404)?.has('notfound'), true);
    for (const odd of [Number.NaN, Infinity, -Infinity, -0, 404.0000001, 1e300]) assert.equal(squeezedPhrasesOf(odd), undefined, String(odd));
  });
});
