/**
 * What the incremental-equals-fresh properties compare after every edit (incrementalAnalysis.test.ts,
 * editSequences.test.ts): an analysis the server kept or carried must answer every feature exactly as a fresh
 * analysis of the same text.
 */
import assert from 'node:assert/strict';
import { type AnalyzedDocument, doComplete, doHover, doValidate } from '../../../server/src/service/languageService';

/** Offsets just after each `status(`, `statusCode:` and the like: where completion and hovers matter most. */
export function statusCallOffsets(text: string): number[] {
  return [...text.matchAll(/status(Code)?["']?\s*[(:]\s*/g)].map((match) => match.index! + match[0].length);
}

function literalSet(analyzed: AnalyzedDocument): string[] {
  return analyzed.detected.literals.map((l) => `${l.start}-${l.end}:${l.text}:${l.code}:${l.context}:${l.rule ?? ''}`);
}

function completionView(analyzed: AnalyzedDocument, offset: number) {
  const list = doComplete(analyzed, analyzed.document.positionAt(offset));
  return list ? { incomplete: list.isIncomplete, items: list.items } : null;
}

/**
 * Literals, scope and diagnostics equal; hovers equal at `hoverOffsets`, completions at `completionOffsets`.
 * `where` names the edit in every failure message.
 */
export function assertAnswersAsFresh(
  analyzed: AnalyzedDocument,
  fresh: AnalyzedDocument,
  { hoverOffsets, completionOffsets, where }: { hoverOffsets: readonly number[]; completionOffsets: readonly number[]; where: string },
): void {
  assert.deepEqual(literalSet(analyzed), literalSet(fresh), `literals, ${where}`);
  assert.deepEqual(analyzed.scope, fresh.scope, `scope, ${where}`);
  assert.deepEqual(doValidate(analyzed), doValidate(fresh), `diagnostics, ${where}`);
  for (const offset of hoverOffsets) {
    const position = fresh.document.positionAt(offset);
    assert.deepEqual(doHover(analyzed, position), doHover(fresh, position), `hover at ${offset}, ${where}`);
  }
  for (const offset of completionOffsets) {
    assert.deepEqual(completionView(analyzed, offset), completionView(fresh, offset), `completion at ${offset}, ${where}`);
  }
}
