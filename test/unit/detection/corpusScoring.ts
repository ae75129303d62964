/**
 * Scores the detector against the labelled code corpus in test/fixtures/code: every labelled
 * candidate literal (1-based line/column in UTF-16 units, a string's column at its opening quote) is
 * compared with what the detector reports at that position. Items labelled `isStatus: null` are
 * ignored; detections at positions nobody labelled (out-of-range values) are not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import type { DetectorLanguage } from '../../../server/src/detection/types';

export const CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'code');

interface LabelItem {
  line: number;
  column: number;
  text: string;
  isStatus: boolean | null;
  why?: string;
}

export interface Mismatch {
  line: number;
  column: number;
  text: string;
  expected: boolean;
  why: string;
}

export interface FileScore {
  file: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  mismatches: Mismatch[];
}

export function languageOf(file: string): DetectorLanguage {
  if (file.endsWith('.json') || file.endsWith('.har')) return 'json';
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return 'yaml';
  if (file.endsWith('.tsx')) return 'typescriptreact';
  if (file.endsWith('.jsx')) return 'javascriptreact';
  if (file.endsWith('.js') || file.endsWith('.mjs') || file.endsWith('.cjs')) return 'javascript';
  return 'typescript';
}

/** The corpus file names (as labelled), in a stable order. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(join(dir, 'labels'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function readCorpusFile(file: string, dir = CORPUS_DIR): string {
  return readFileSync(join(dir, 'files', file), 'utf8');
}

/** Offsets of the starts of lines, for 1-based line/column → offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function scoreFile(file: string): FileScore {
  return scoreFileIn(CORPUS_DIR, file);
}

/** Scores a file of another labelled corpus laid out the same way (`files/`, `labels/`). */
export function scoreFileIn(dir: string, file: string): FileScore {
  const text = readCorpusFile(file, dir);
  const labels = JSON.parse(readFileSync(join(dir, 'labels', file + '.json'), 'utf8')) as { items: LabelItem[] };
  const detected = detectDocument(text, languageOf(file));
  const starts = new Set<number>();
  for (const literal of detected.literals) {
    // A negative number is reported from its minus sign; the label points at the digits.
    starts.add(literal.text.startsWith('-') ? literal.start + 1 : literal.start);
  }
  const lines = lineStarts(text);
  const score: FileScore = { file, truePositives: 0, falsePositives: 0, falseNegatives: 0, mismatches: [] };
  for (const item of labels.items) {
    if (item.isStatus === null) continue;
    const offset = lines[item.line - 1]! + item.column - 1;
    const found = starts.has(offset);
    if (found && item.isStatus) score.truePositives++;
    else if (found) score.falsePositives++;
    else if (item.isStatus) score.falseNegatives++;
    if (found !== item.isStatus) {
      score.mismatches.push({ line: item.line, column: item.column, text: item.text, expected: item.isStatus, why: item.why ?? '' });
    }
  }
  return score;
}

export function precision(s: { truePositives: number; falsePositives: number }): number {
  const reported = s.truePositives + s.falsePositives;
  return reported === 0 ? 1 : s.truePositives / reported;
}

export function recall(s: { truePositives: number; falseNegatives: number }): number {
  const relevant = s.truePositives + s.falseNegatives;
  return relevant === 0 ? 1 : s.truePositives / relevant;
}

export function total(scores: FileScore[]): { truePositives: number; falsePositives: number; falseNegatives: number } {
  return scores.reduce(
    (sum, s) => ({
      truePositives: sum.truePositives + s.truePositives,
      falsePositives: sum.falsePositives + s.falsePositives,
      falseNegatives: sum.falseNegatives + s.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** A readable report: overall and per-file figures, then each mismatch. */
export function formatReport(scores: FileScore[]): string {
  const all = total(scores);
  const lines = [`corpus: precision ${precision(all).toFixed(4)} recall ${recall(all).toFixed(4)} (tp ${all.truePositives}, fp ${all.falsePositives}, fn ${all.falseNegatives})`];
  for (const s of scores) {
    lines.push(`  ${precision(s).toFixed(3)} ${recall(s).toFixed(3)}  tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}  ${s.file}`);
    for (const m of s.mismatches) {
      lines.push(`      ${m.expected ? 'MISSED' : 'FALSE '} ${m.line}:${m.column} ${m.text}  (${m.why})`);
    }
  }
  return lines.join('\n');
}
