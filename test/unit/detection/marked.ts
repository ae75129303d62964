/**
 * Test documents with markers: `«404»` marks a literal the detector must report (everything else
 * must not be reported), `|` marks the cursor for slot tests. Markers are removed before detection;
 * offsets are computed on the clean text.
 */
import assert from 'node:assert/strict';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import type { DetectionOptions, DetectorLanguage, StatusContextKind, StatusLiteral, StatusSlot } from '../../../server/src/detection/types';

export interface Marked {
  text: string;
  /** Expected literal ranges, in order. */
  ranges: { start: number; end: number; text: string }[];
}

export function parseMarked(marked: string): Marked {
  let text = '';
  const ranges: Marked['ranges'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '«') open = text.length;
    else if (ch === '»') {
      ranges.push({ start: open, end: text.length, text: text.slice(open, text.length) });
      open = -1;
    } else text += ch;
  }
  return { text, ranges };
}

/** Detects in a marked document and checks exactly the marked literals are reported, with these contexts. */
export function expectLiterals(
  marked: string,
  contexts: StatusContextKind | StatusContextKind[],
  language: DetectorLanguage = 'typescript',
  options?: Partial<DetectionOptions>,
): StatusLiteral[] {
  const { text, ranges } = parseMarked(marked);
  const errors: unknown[] = [];
  const literals = detectDocument(text, language, options, (error) => errors.push(error)).literals;
  assert.deepEqual(errors, [], 'no internal errors');
  const expectedContexts = Array.isArray(contexts) ? contexts : ranges.map(() => contexts);
  assert.deepEqual(
    literals.map((l) => ({ start: l.start, end: l.end, text: l.text, context: l.context })),
    ranges.map((r, i) => ({ ...r, context: expectedContexts[i] })),
    `literals of ${JSON.stringify(text)}`,
  );
  return literals;
}

/** Expects no literal at all. */
export function expectNone(text: string, language: DetectorLanguage = 'typescript'): void {
  const literals = detectDocument(text, language).literals;
  assert.deepEqual(literals.map((l) => l.text), [], `no literals in ${JSON.stringify(text)}`);
}

/** The slot at the `|` of a document (exactly one `|`). */
export function slotAt(marked: string, language: DetectorLanguage = 'typescript'): StatusSlot | undefined {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0 && marked.indexOf('|', offset + 1) < 0, 'exactly one cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return detectDocument(text, language).slotAt(offset);
}

/** The offset of the cursor marker, for range assertions. */
export function cursor(marked: string): number {
  return marked.indexOf('|');
}
