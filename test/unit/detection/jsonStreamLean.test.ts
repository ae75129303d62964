/**
 * The lean JSON walk (frames and members without an object each, the walk as a class, the string table's frames as
 * numbers) against the walk it replaced, kept as the oracle in ./oracles (jsonStreamBefore.ts and the walk and
 * string table it calls): on random JSON, random JSON with comments and broken by random edits, and adversarial
 * snippets, both must give the same literals, scope hints, value-string table (`besideCodeKey` included), container
 * table, and the same explanation at any offset. The tree comparisons of jsonStream.test.ts do not read the tables'
 * every field, nor the walk's recovery with comments and stray tokens as densely.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyseJsonText, type JsonTextAnalysis } from '../../../server/src/detection/jsonStream';
import { isCandidateString } from '../../../server/src/detection/findJsonLiterals';
import { createStatusNameRules } from '../../../server/src/detection/statusNames';
import { finishSteps, type Steps } from '../../../server/src/detection/steps';
import type { StatusLiteral } from '../../../server/src/detection/types';
import { analyseJsonTextBefore } from './oracles/jsonStream.before';

const names = createStatusNameRules();

type Analyse = (text: string, names: ReturnType<typeof createStatusNameRules>, literals: StatusLiteral[], options?: { explainAt?: number }) => Steps<JsonTextAnalysis>;

/** Everything an analysis gives, as plain values (typed arrays spread). */
function outcome(analyse: Analyse, text: string, explainAt?: number) {
  const literals: StatusLiteral[] = [];
  const steps = analyse(text, names, literals, explainAt === undefined ? {} : { explainAt });
  let slices = 0;
  let result: JsonTextAnalysis;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      result = step.value;
      break;
    }
    slices++;
  }
  const { strings, containers, scopeHints, explained } = result;
  return {
    literals,
    scopeHints,
    slices,
    strings: { starts: [...strings.starts], ends: [...strings.ends], besideCodeKey: [...strings.besideCodeKey] },
    containers: { starts: [...containers.starts], closes: [...containers.closes], parents: [...containers.parents], keys: [...containers.keys] },
    explained,
  };
}

function assertSame(text: string, explainAt?: number): void {
  assert.deepEqual(outcome(analyseJsonText, text, explainAt), outcome(analyseJsonTextBefore as Analyse, text, explainAt), JSON.stringify(text).slice(0, 300));
}

/** Keys and values the JSON rules read, so that random documents reach the rules' every branch. */
const KEYS = [
  'status', 'statusCode', 'code', 'name', 'type', 'destination', 'message', 'responses', 'enum', 'example', 'maximum', 'maxLength',
  'get', 'post', 'NOT_FOUND', 'OK', 'Created', 'HttpStatus', 'retryStatusCodes', 'colors', '404', '200', '4xx', 'request', 'url',
  'id', 'x', 'ftp', 'reason', 'default', '\\u0063ode',
];
// UTF-16 units of every kind too (surrogates, lone ones included): the scanner's key cache compares code units.
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }));
const leaf = fc.oneof(
  fc.constantFrom(200, 201, 301, 404, 418, 429, 500, 503, 99, 600, 4040, 1.5, -404, 0, 1e3),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('404', '4xx', '5XX', '200', 'Not Found', 'OK', 'https://x/status/201', 'ftp://host', 'sip:a@b', '0404', '6xx', ''),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));

/** Text pieces that break a document in the ways the walk recovers from. */
const SNIPPETS = ['{', '}', '[', ']', ',', ':', '"', "'", ' ', '\n', '\r\n', '\t', '/* c */', '// c\n', '/*', '\\', '@', '-', '1e', '0.', 'tru', 'nul', '"\\n"', '"a\u0001"', '\ufeff', '\ud83d', '"\udc00"', 'é', '"status": ', '"code": '];

/** A document as text, indented or not, with edits: pieces inserted, spans deleted, truncated. */
const documentText = fc
  .tuple(
    value,
    fc.constantFrom(undefined, 1, 2, '\t'),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.option(fc.constantFrom(...SNIPPETS), { nil: undefined })), { maxLength: 4 }),
  )
  .map(([json, indent, edits]) => {
    let text = JSON.stringify(json, null, indent) ?? '';
    for (const [at, deleted, inserted] of edits) {
      const from = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, from) + (inserted ?? '') + text.slice(from + (inserted === undefined ? deleted : 0));
    }
    return text;
  });

describe('the lean JSON walk agrees with the walk it replaced', () => {
  it('on random documents, broken or not, with an explanation at a random offset and at each literal', () => {
    fc.assert(
      fc.property(documentText, fc.nat(), (text, at) => {
        assertSame(text, text.length === 0 ? 0 : at % (text.length + 1));
        const literals: StatusLiteral[] = [];
        finishSteps(analyseJsonText(text, names, literals));
        for (const literal of literals.slice(0, 6)) assertSame(text, literal.start);
      }),
      { numRuns: 600 },
    );
  });

  it('explains a literal of one object, not of the next one judged in its place', () => {
    const text = '[{"status": 404, "id": 1}, {"status": 500}, {"x": {"code": 301, "destination": "/"}}]';
    for (let offset = 0; offset <= text.length; offset++) assertSame(text, offset);
  });

  it('on random strings of JSON characters', () => {
    const characters = fc.constantFrom(...'{}[],:"\'\\ \n/*-+.0123456789eExtrufalsn'.split(''), '404', '"status":', '"code":');
    fc.assert(fc.property(fc.array(characters, { maxLength: 60 }).map((parts) => parts.join('')), (text) => assertSame(text)), { numRuns: 600 });
  });

  it('on documents long enough to be walked in several slices, and nested deep', () => {
    const record = (i: number) => `{"id": ${i}, "statusCode": ${[200, 404, 500][i % 3]}, "code": ${i % 7 === 0 ? 301 : i}, "destination": "/x", "tags": ["a", "404"], "ok": true, "f": ${i}.5}`;
    const log = `[${Array.from({ length: 3000 }, (_, i) => record(i)).join(',\n')}]`;
    assertSame(log);
    assertSame(log.slice(0, log.length >> 1));
    assertSame(`${'{"a": ['.repeat(2000)}404${']}'.repeat(2000)}`);
    assertSame(`${'['.repeat(5000)}{"status": 404}`);
    assertSame('{"status": 404} {"status": 500} ] } "code": 200');
    assertSame('');
    assertSame('404');
  });
});

describe('isCandidateString', () => {
  it('is the regular expression it replaced', () => {
    const before = (text: string) => text.length <= 4 && /^(\d+|[1-5]xx)$/i.test(text);
    const codeLike = fc.array(fc.constantFrom(...'0123456789xXy5'.split(''), '٣', ''), { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(codeLike, fc.string({ maxLength: 5 })), (text) => isCandidateString(text) === before(text)), { numRuns: 5000 });
    assert.deepEqual(['404', '4xx', '5XX', '0', '9999', '1xX'].map(isCandidateString), [true, true, true, true, true, true]);
    assert.deepEqual(['', '6xx', '0xx', '40x', '10000', 'x', '4 04'].map(isCandidateString), [false, false, false, false, false, false, false]);
  });
});
