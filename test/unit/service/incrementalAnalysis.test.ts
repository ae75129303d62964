/**
 * An analysis carried through edits (typing inside strings is answered without re-analysing) must answer exactly
 * as a fresh analysis of the new text would: hover text and range, completion items, diagnostics. Random edit
 * sequences over real TS/JS/JSON files go through the server's own edit tracking and analysis cache; the seed is
 * fixed, so a failure replays (fast-check prints the shrunk counterexample).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from '../../../server/src/lsp/documentAnalyses';
import { editReportingDocuments, type DocumentChange } from '../../../server/src/lsp/editTracking';
import {
  type AnalyzedDocument,
  analyzeDocument,
  analyzeDocumentSteps,
  readSettings,
} from '../../../server/src/service/languageService';
import { testRegistry } from './fixtures';
import { assertAnswersAsFresh, statusCallOffsets } from './freshComparison';

const FILES = join(__dirname, '..', '..', 'fixtures', 'code', 'files');
const registry = testRegistry();
const settings = readSettings({});

interface Source {
  name: string;
  languageId: 'typescript' | 'javascript' | 'json';
  text: string;
}

/** A request log like the benchmark's: strings beside status codes, typed into as users do. */
function requestLog(records: number): string {
  const methods = ['GET', 'POST', 'DELETE'];
  const rows = Array.from({ length: records }, (_, i) =>
    `  { "id": ${i}, "name": "req-${i}", "method": "${methods[i % 3]}", "statusCode": ${[200, 404, 409, 418][i % 4]}, "note": "not found" }`,
  );
  return `[\n${rows.join(',\n')}\n]\n`;
}

const HANDLERS = `import { Router } from "./mini-express";
import { DdsClient } from "@huaweicloud/huaweicloud-sdk-dds";
const router = new Router();
router.get("/api/users/:id", (req, res) => {
  if (!req.params.id) return res.status(400).json({ error: "missing id" });
  const item = store.get(req.params.id);
  if (!item) return res.status(404).json({ error: "not found", id: "x" });
  res.status(200).set("x-handler", "7").json(item);
});
const table = { 404: 'Not Found', 500: 'oops' };
const log = ['ftp is elsewhere', "plain words", 'SIP'];
if (response.status === 409) throw new HttpError(418, "teapot here");
`;

function sources(): Source[] {
  const picked = readdirSync(FILES)
    .filter((name) => /\.(ts|js|json)$/.test(name))
    .sort()
    // Files up to ~12 kB keep a fresh analysis per edit cheap enough for thousands of edits.
    .filter((name) => readFileSync(join(FILES, name), 'utf8').length <= 12_000)
    .map((name): Source => {
      const languageId = name.endsWith('.json') ? 'json' : name.endsWith('.js') ? 'javascript' : 'typescript';
      return { name, languageId, text: readFileSync(join(FILES, name), 'utf8') };
    });
  return [
    { name: 'handlers.ts', languageId: 'typescript', text: HANDLERS },
    { name: 'requests.json', languageId: 'json', text: requestLog(60) },
    ...picked,
  ];
}

/** An edit described independently of the text; `at` and `pick` (0-1) choose where once the text is known. */
interface EditSpec {
  kind: 'in-string' | 'delete-in-string' | 'in-status-call' | 'delete-import' | 'directive' | 'brace' | 'anywhere';
  at: number;
  pick: number;
  text: string;
  length: number;
}

/** What people type inside strings, mostly plain words; the rest may turn a string into a code, phrase or name. */
const PLAIN_TYPED = ['x', 'a', 'e', ' ', '-', 'é', 'q', 'ab'];
const TRICKY_TYPED = ['4', '0', '04', 'Not Found', 'found', 'ftp', 'http', '"', "'", '\\', '\n', '${', '5xx', 'status-catalog: ddm'];
const TYPED = [...PLAIN_TYPED, ...PLAIN_TYPED, ...PLAIN_TYPED, ...TRICKY_TYPED];
const STATUS_TYPED = ['4', '0', '9', '40', '404', ')', '"', "'", ' ', ''];
const ANYWHERE_TYPED = ['{', '}', '(', ')', ',', ';', '"', '// x\n', '/*', '*/', 'status: 409,', '500', ''];

const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  kind: fc.constantFrom<EditSpec['kind']>(
    // Typing inside strings is most of what people do, and the case the shortcut is for.
    'in-string', 'in-string', 'in-string', 'in-string', 'in-string', 'in-string', 'in-string', 'in-string',
    'delete-in-string', 'delete-in-string', 'delete-in-string',
    'in-status-call', 'delete-import', 'directive', 'brace', 'anywhere',
  ),
  // Uniform fractions: fast-check's doubles are uniform over their bits (mostly tiny) and its integers favour the
  // ends of a range, and every edit would land on the first string.
  at: fraction,
  pick: fraction,
  text: fc.constantFrom(...TYPED, ...STATUS_TYPED, ...ANYWHERE_TYPED),
  length: fc.integer({ min: 0, max: 8 }),
});

function choose<T>(items: readonly T[], fraction: number): T | undefined {
  return items.length ? items[Math.floor(fraction * items.length)] : undefined;
}

/** Where and what to replace, for a spec on this text. */
function resolve(spec: EditSpec, text: string, isJson: boolean): { start: number; end: number; text: string } {
  const within = (start: number, end: number) => start + Math.floor(spec.pick * Math.max(end - start, 0));
  switch (spec.kind) {
    case 'in-string':
    case 'delete-in-string': {
      const strings = [...text.matchAll(/"[^"\n]*"|'[^'\n]*'/g)];
      const match = choose(strings, spec.at);
      if (!match || match.index === undefined) break;
      const inside = within(match.index + 1, match.index + match[0].length - 1);
      if (spec.kind === 'in-string') return { start: inside, end: inside, text: choose(TYPED, spec.pick) ?? 'x' };
      return { start: inside, end: Math.min(inside + 1 + (spec.length % 3), match.index + match[0].length - 1), text: '' };
    }
    case 'in-status-call': {
      const calls = [...text.matchAll(/status(Code)?["']?\s*[(:]\s*/g)];
      const match = choose(calls, spec.at);
      if (!match || match.index === undefined) break;
      const after = match.index + match[0].length;
      return spec.length > 5 ? { start: after, end: after + 1, text: '' } : { start: after, end: after, text: choose(STATUS_TYPED, spec.pick) ?? '4' };
    }
    case 'delete-import': {
      const imports = [...text.matchAll(/^.*(import|require\().*$\n?/gm)];
      const match = choose(imports, spec.at);
      if (!match || match.index === undefined) break;
      return { start: match.index, end: match.index + match[0].length, text: '' };
    }
    case 'directive': {
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
      const start = choose(lineStarts, spec.at) ?? 0;
      return { start, end: start, text: `// status-catalog: ${spec.pick < 0.5 ? 'ddm' : 'dds, nosuch'}\n` };
    }
    case 'brace': {
      const braces = [...text.matchAll(/[{}]/g)];
      const match = choose(braces, spec.at);
      if (!match || match.index === undefined) break;
      // Break a brace, or put one back elsewhere.
      return spec.pick < 0.5 ? { start: match.index, end: match.index + 1, text: '' } : { start: match.index, end: match.index, text: match[0] === '{' ? '}' : '{' };
    }
    case 'anywhere':
      break;
  }
  const start = Math.floor(spec.at * (text.length + 1));
  const end = Math.min(start + (spec.length > 4 ? spec.length - 4 : 0), text.length);
  return { start, end, text: isJson && spec.text === '// x\n' ? '' : spec.text };
}

/** Offsets worth asking about: every literal of the fresh analysis, status calls, and a few spread over the text. */
function probeOffsets(fresh: AnalyzedDocument, text: string, spread: number): number[] {
  const offsets = new Set<number>();
  const literals = fresh.detected.literals;
  const step = Math.max(1, Math.floor(literals.length / 12));
  for (let i = 0; i < literals.length; i += step) {
    offsets.add(literals[i]!.start);
    offsets.add(literals[i]!.end);
  }
  for (const offset of statusCallOffsets(text)) offsets.add(offset);
  for (let i = 0; i < spread; i++) offsets.add(Math.floor(((i + 0.5) / spread) * text.length));
  return [...offsets];
}

describe('carried analyses answer as fresh ones', () => {
  const all = sources();
  let edits = 0;
  let carried = 0;

  it('hover, completion and diagnostics after thousands of random edits (TS, JS, JSON)', async () => {
    assert.ok(all.length >= 8);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), fc.array(editSpec, { minLength: 10, maxLength: 30 }), async (source, specs) => {
        const uri = `file:///work/${source.name}`;
        const changes: DocumentChange[] = [];
        const config = editReportingDocuments((change) => changes.push(change));
        const analyses = new DocumentAnalyses();
        let document = config.create(uri, source.languageId, 1, source.text);
        const analyze = (previous: AnalyzedDocument | undefined) => analyzeDocumentSteps(document, settings, registry, { previous });
        await analyses.get(document, 0, analyze);
        for (const spec of specs) {
          const text = document.getText();
          const { start, end, text: inserted } = resolve(spec, text, source.languageId === 'json');
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          document = config.update(document, [{ range, text: inserted }], document.version + 1);
          const change = changes.pop()!;
          edits++;
          if (analyses.carry(change, () => document.getText())) carried++;
          const analyzed = await analyses.get(document, 0, analyze);
          const newText = document.getText();
          const fresh = analyzeDocument(TextDocument.create(uri, source.languageId, document.version, newText), settings, registry);
          const where = `${source.name} after ${JSON.stringify(inserted)} at ${start}-${end}`;
          const offsets = probeOffsets(fresh, newText, 6);
          assertAnswersAsFresh(analyzed, fresh, { hoverOffsets: offsets, completionOffsets: offsets.filter((_, i) => i % 9 === 0), where });
        }
      }),
      { seed: 20260101, numRuns: 110 },
    );
    // The shortcut must actually be taken, or this test proves nothing about it.
    assert.ok(carried >= edits / 5, `only ${carried} of ${edits} edits were carried`);
    assert.ok(edits >= 1500, `only ${edits} edits`);
  });
});
