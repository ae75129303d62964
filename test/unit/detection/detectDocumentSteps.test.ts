import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument, detectDocumentSteps, type DetectedDocument } from '../../../server/src/detection/detectDocument';

/** Runs the steps to the end, counting the yields. */
function stepped(steps: Generator<void, DetectedDocument, void>): { yields: number; detected: DetectedDocument } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { yields, detected: step.value };
    yields++;
  }
}

/** `count` Express handlers, each answering a status. */
function handlers(count: number): string {
  const out = ["import express from 'express';", 'const app = express();'];
  for (let i = 0; i < count; i++) {
    out.push(`app.get('/r${i}', (req, res) => {`, `  res.status(${i % 2 ? 404 : 409}).json({ id: req.params.id });`, '});');
  }
  return out.join('\n');
}

describe('detection in slices', () => {
  it('yields between parse, walk and verdicts of a TS file, with the result of one go', () => {
    const text = handlers(2000);
    const { yields, detected } = stepped(detectDocumentSteps(text, 'typescript'));
    // 2,000 handlers are some 50,000 nodes: the walk alone yields every 1,024.
    assert.ok(yields >= 40, `${yields} yields`);
    const codes = detected.literals.map((literal) => literal.code);
    assert.equal(codes.length, 2000);
    assert.deepEqual(codes.slice(0, 4), [409, 404, 409, 404]);
    assert.deepEqual(detected.literals, detectDocument(text, 'typescript').literals);
  });

  it('a slice left unresumed changes nothing for another document', () => {
    const abandoned = detectDocumentSteps(handlers(500), 'typescript');
    for (let i = 0; i < 5; i++) abandoned.next();
    assert.deepEqual(detectDocument("res.status(418);", 'typescript').literals.map((l) => l.code), [418]);
  });
});
