/**
 * Documents nested deeper than the parsers can recurse (generated code and data), and an incremental
 * parse that fails: the literals outside the deep region, and the document's literals after the edit,
 * must never be lost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { blankDeepNesting } from '../../../server/src/detection/nestingGuard';

function codes(text: string, language: 'typescript' | 'json'): { codes: Array<number | string>; errors: unknown[] } {
  const errors: unknown[] = [];
  const detected = detectDocument(text, language, undefined, (error) => errors.push(error));
  return { codes: detected.literals.map((l) => l.code), errors };
}

describe('deep nesting', () => {
  for (const depth of [2_000, 3_000, 20_000, 100_000]) {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{a:', '}'], ['f(', ')']] as const) {
      it(`finds the literals around TypeScript nested ${depth} deep in ${open}`, () => {
        const text = `res.status(404);\nconst x = ${open.repeat(depth)}1${close.repeat(depth)};\nres.status(500);\n`;
        assert.deepEqual(codes(text, 'typescript'), { codes: [404, 500], errors: [] });
      });
    }
  }

  for (const depth of [5_000, 100_000]) {
    it(`finds the literals around JSON nested ${depth} deep`, () => {
      const text = `[{"status": 404}, ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}, {"status": 500}]`;
      assert.deepEqual(codes(text, 'json'), { codes: [404, 500], errors: [] });
    });
  }

  for (const depth of [20_000, 100_000]) {
    it(`finds the literals inside JSON nested ${depth} deep, in objects and arrays`, () => {
      const text = `{"statusCode": 201, "a": ${'[{"a":'.repeat(depth)}{"status": 404, "retryStatusCodes": [503]}${'}]'.repeat(depth)}, "status": 500}`;
      const detected = detectDocument(text, 'json');
      assert.deepEqual(
        detected.literals.map((l) => [l.code, l.rule, text.slice(l.start, l.end)]),
        [[201, 'status.named-property', '201'], [404, 'status.named-property', '404'], [503, 'list.status-named', '503'], [500, 'status.named-property', '500']],
      );
      const offset = text.indexOf('404') + 1;
      assert.deepEqual(detected.slotAt(offset), { start: offset - 1, end: offset + 2, prefix: '4', context: 'property', preferredClass: 4 });
    });
  }

  it('keeps offsets and line breaks, and leaves shallow text alone', () => {
    const text = '[[[1,\n[2]]]]';
    assert.equal(blankDeepNesting(text, 2, 'json'), '[[   \n    ]]');
    assert.equal(blankDeepNesting(text, 10, 'json'), text);
  });

  it('does not count brackets in strings and comments', () => {
    const text = '"[[[[" // ((((\n/* {{{{ */ [1]';
    assert.equal(blankDeepNesting(text, 1, 'typescript'), text);
  });
});

describe('incremental parse failure', () => {
  it('parses afresh when the incremental parser throws, and reports the failure', () => {
    const first = detectDocument('res.status(404);', 'typescript');
    const errors: unknown[] = [];
    const failing = (): never => {
      throw new Error('Debug Failure. Expected 29 >= 48');
    };
    const next = detectDocument('res.status(404);\nres.status(500);', 'typescript', undefined, (error) => errors.push(error), first, { reparse: failing });
    assert.deepEqual(next.literals.map((l) => l.code), [404, 500]);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /incremental parse failed, parsed afresh: Debug Failure/);
    assert.ok(next.syntaxTree, 'the fresh tree is kept for the next edit');
  });
});
