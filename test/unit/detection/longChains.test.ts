/**
 * Long operator chains (generated code, a table pasted into a file, fuzzed text): the literals a chain holds
 * are judged as in a short one. Each literal used to climb the whole chain above it (quadratic: a 287 KB run
 * of `| 409 | Conflict` took minutes); the time of these shapes is checked in bench/detectionGrowth.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';

type Found = [code: number | string, start: number, context: string, rule: string];

function found(text: string): Found[] {
  const errors: unknown[] = [];
  const detected = detectDocument(text, 'typescript', undefined, (error) => errors.push(error));
  assert.deepEqual(errors, []);
  return detected.literals.map((l) => [l.code, l.start, l.context, l.rule]);
}

describe('long operator chains', () => {
  it('judges each operand of a short fallback chain as before', () => {
    assert.deepEqual(found('res.status(404 || 404 || 404 || 500);'), [
      [404, 11, 'call-argument', 'express.res-status'],
      [404, 18, 'call-argument', 'express.res-status'],
      [404, 25, 'call-argument', 'express.res-status'],
      [500, 32, 'call-argument', 'express.res-status'],
    ]);
  });

  it('takes the nearest status expression as the fallback evidence, whichever literal climbed first', () => {
    assert.deepEqual(found('const code = a ? 404 : (res.statusCode ?? 500);'), [[500, 42, 'property', 'status.fallback']]);
    assert.deepEqual(found('res.status(err.status || (flag ? 409 : 500));'), [
      [409, 33, 'call-argument', 'express.res-status'],
      [500, 39, 'call-argument', 'express.res-status'],
    ]);
  });

  it('finds every literal of a 3,000-operand fallback chain', () => {
    const text = `res.status(${'404 || '.repeat(3000)}500);`;
    const literals = found(text);
    assert.equal(literals.length, 3001);
    assert.deepEqual(literals[0], [404, 11, 'call-argument', 'express.res-status']);
    assert.deepEqual(literals[2999], [404, 11 + 2999 * 7, 'call-argument', 'express.res-status']);
    assert.deepEqual(literals[3000], [500, 11 + 3000 * 7, 'call-argument', 'express.res-status']);
  });

  // The TypeScript parser recurses into each `?:` branch: a few thousand overflow its stack (see nestingGuard.ts).
  it('finds every return of a 1,000-branch conditional in a status function', () => {
    const text = `function statusFor(e) { return ${'e.x ? 404 : '.repeat(1000)}500; }`;
    const literals = found(text);
    assert.equal(literals.length, 1001);
    assert.deepEqual(new Set(literals.map(([code, , context, rule]) => `${code} ${context} ${rule}`)), new Set([
      '404 property status.function-return',
      '500 property status.function-return',
    ]));
    assert.equal(literals[1000]![1], text.indexOf('500'));
  });

  it('reports nothing from a long run of table cells pasted after code, and keeps the code', () => {
    const text = `export function ok(res) { res.status(200); }\n${'| 409 | Conflict '.repeat(5000)}`;
    assert.deepEqual(found(text), [[200, 37, 'call-argument', 'express.res-status']]);
  });
});
