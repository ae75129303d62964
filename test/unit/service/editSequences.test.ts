/**
 * Issue 10's equality, over documents assembled from realistic pieces: after every edit of a random sequence,
 * applied through the server's path (edit tracking, `DocumentAnalyses.carry`, then the cached or re-made analysis),
 * the literal set, hover at every literal and at random offsets, completion at random offsets, and diagnostics
 * equal those of a fresh `analyzeDocument` of the new text. The edits are what people do: typing inside strings
 * (message strings beside codes, matcher names, reason phrases), inside `res.status(`, whitespace and identifiers
 * in handler bodies, deleting an import, adding a `// status-catalog:` directive, breaking a brace and closing it
 * again. The seed is fixed, so a failure replays (fast-check prints the shrunk counterexample).
 */
import assert from 'node:assert/strict';
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

const registry = testRegistry();
const settings = readSettings({});

/** Pieces of TypeScript the detector has opinions about; each is a few statements. */
const TS_PIECES = [
  `import { Router } from "express";\n`,
  `import { DdsClient } from "@huaweicloud/huaweicloud-sdk-dds";\n`,
  `import { HttpStatus } from "@nestjs/common";\n`,
  `import { StatusCodes } from "http-status-codes";\n`,
  `// status-catalog: ddm\n`,
  `router.get("/api/users/:id", (req, res) => {\n  if (!req.params.id) return res.status(400).json({ error: "missing id" });\n  const item = store.get(req.params.id);\n  if (!item) return res.status(401).json({ error: "not found", id });\n  res.status(200).set("x-handler", "7").json(item);\n});\n`,
  `router.post('/orders', async (req, res) => {\n  try {\n    await save(req.body);\n    res.status(201).send({ ok: true, note: 'Created' });\n  } catch (err) {\n    res.status(err.status || 500).json({ message: 'Internal Server Error' });\n  }\n});\n`,
  `export function handle(res: Response, status: number) {\n  res.status(status);\n  return status;\n}\nhandle(reply, 409);\n`,
  `const RETRY_STATUS_CODES = [408, 429, 503];\nconst table = { 404: 'Not Found', 500: 'oops' };\n`,
  `const failure = { code: 404, message: 'Not Found' };\nconst other = { code: 7, label: 'plain words' };\n`,
  `const HTTP_NOT_FOUND = 404;\nenum Codes { Ok = 200, Created = 201, NotFound = 404 }\n`,
  `if (response.status === 409) throw new HttpError(418, "teapot here");\nconst kind = response.status === 200 ? "fine" : "bad";\n`,
  `expect(res).toHaveProperty('status', 101);\nexpect(res.status).toBe(404);\n`,
  `cy.request(url).should('have.status', 201);\ncy.request(url).its('status').should('eq', 200);\n`,
  `const log = ['ftp is elsewhere', "plain words", 'SIP'];\nclient.send({ statusCode: 503, reason: 'Service Unavailable' });\n`,
  `switch (res.statusCode) {\n  case 404:\n    break;\n  default:\n    console.log("status", res.statusCode);\n}\n`,
  `const recording = { name: '404', url: 'x/status/404', code: 404 };\n`,
  `app.use((err, req, res, next) => res.sendStatus(HttpStatus.NOT_FOUND));\nres.status(StatusCodes.CONFLICT);\n`,
];

/** An OpenAPI document, a request log and an error table: the JSON the detector reads. */
function jsonDocument(choices: readonly number[]): string {
  const responses = choices.slice(0, 3).map((c, i) => `        "${[200, 404, 409, 500][(c + i) % 4]}": { "description": "${['OK', 'Not Found', 'not found', 'Conflict'][c % 4]}" }`);
  const rows = choices.map((c, i) => `    { "id": ${i}, "method": "${['GET', 'POST', 'DELETE'][c % 3]}", "statusCode": ${[200, 404, 409, 418][c % 4]}, "note": "${['not found', 'plain words', 'Created'][c % 3]}" }`);
  return [
    '{',
    '  "openapi": "3.0.0",',
    '  "paths": {',
    '    "/users/{id}": {',
    '      "get": {',
    '        "responses": {',
    responses.join(',\n'),
    '        }',
    '      }',
    '    }',
    '  },',
    '  "errors": [',
    '    { "code": 404, "message": "Not Found" },',
    '    { "code": 7, "label": "plain" },',
    '    { "404": "Not Found", "500": "oops" }',
    '  ],',
    '  "log": [',
    rows.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** An OpenAPI document in YAML: plain, quoted and flow values, comments, a schema of codes, an anchor and an alias. */
function yamlDocument(choices: readonly number[]): string {
  const codes = [200, 404, 409, 500, 418];
  const phrases = ['OK', 'Not Found', 'not found', 'Conflict', 'Order placed', 'plain words'];
  const responses = choices.slice(0, 4).map((c, i) => {
    const code = codes[(c + i) % codes.length];
    const quote = ['', "'", '"'][c % 3];
    return `        ${quote}${code}${quote}:\n          description: ${phrases[(c + i) % phrases.length]}${c % 2 ? '  # the usual' : ''}`;
  });
  const rows = choices.map((c, i) => `  - { id: ${i}, method: ${['GET', 'POST', 'DELETE'][c % 3]}, status: ${codes[c % 4]}, note: ${['not found', 'plain words', 'Created'][c % 3]} }`);
  return [
    ...(choices[0]! % 3 === 0 ? ['# status-catalog: ddm'] : []),
    'openapi: 3.0.3',
    'info:',
    '  title: Orders API',
    "  description: 'Orders of the shop, read and written'",
    'paths:',
    '  /orders/{id}:',
    '    get:',
    '      operationId: getOrder',
    '      summary: Read an order',
    '      responses:',
    ...responses,
    "        '503': *unavailable",
    'components:',
    '  responses:',
    '    Unavailable: &unavailable',
    '      description: Try again later',
    '  schemas:',
    '    Status:',
    '      type: integer',
    '      enum: [200, 404]',
    '    Reply:',
    '      properties:',
    '        status:',
    '          type: integer',
    '          example: 409',
    'x-log:',
    ...rows,
    '',
  ].join('\n');
}

type EditKind =
  | 'in-plain' | 'in-string' | 'delete-in-string' | 'in-status-call' | 'whitespace' | 'identifier' | 'delete-import' | 'directive'
  | 'break-brace' | 'close-brace' | 'anywhere';

interface EditSpec {
  kind: EditKind;
  at: number;
  pick: number;
  length: number;
}

const PLAIN_TYPED = ['x', 'a', 'e', ' ', '-', 'é', 'q', 'ab'];
const TRICKY_TYPED = ['4', '0', '04', 'Not Found', 'found', 'ftp', 'http', '"', "'", '\\', '\n', '${', '5xx', 'status', '/status/4', 'status-catalog: ddm'];
const TYPED = [...PLAIN_TYPED, ...PLAIN_TYPED, ...TRICKY_TYPED];
const STATUS_TYPED = ['4', '0', '9', '40', '404', ')', '"', "'", ' ', ''];
const WHITESPACE_TYPED = [' ', ' ', '\t', '  ', '', '\n'];
const IDENTIFIER_TYPED = ['x', 's', 'Status', 'code', '_', '1'];
const ANYWHERE_TYPED = ['{', '}', '(', ')', ',', ';', '"', '// x\n', '/*', '*/', 'status: 409,', '500', ' ', ''];

const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  kind: fc.constantFrom<EditKind>(
    'in-plain', 'in-plain', 'in-plain', 'in-string', 'in-string', 'in-string', 'in-string', 'in-string', 'delete-in-string', 'delete-in-string',
    'whitespace', 'whitespace', 'whitespace', 'identifier', 'in-status-call', 'delete-import', 'directive',
    'break-brace', 'close-brace', 'anywhere',
  ),
  at: fraction,
  pick: fraction,
  length: fc.integer({ min: 0, max: 8 }),
});

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function choose<T>(items: readonly T[], fraction: number): T | undefined {
  return items.length ? items[Math.floor(fraction * items.length)] : undefined;
}

/** Where and what to replace; `broken` holds braces deleted earlier, so that a later edit puts one back. */
function resolve(spec: EditSpec, text: string, languageId: SourceSpec['languageId'], broken: Array<{ offset: number; brace: string }>): Replacement {
  const isJson = languageId === 'json';
  const within = (start: number, end: number) => start + Math.floor(spec.pick * Math.max(end - start, 0));
  const matchAt = (pattern: RegExp) => choose([...text.matchAll(pattern)], spec.at);
  switch (spec.kind) {
    case 'in-plain': {
      // A word-like value after a key (YAML), edited anywhere from its first character to just past its last.
      const match = matchAt(/(?<=: )[A-Za-z][^\n#:,{}\[\]]*?(?=\s*(?:#|,|\}|$))/gm);
      if (!match || match.index === undefined) break;
      const at = within(match.index, match.index + match[0].length + 1);
      if (spec.length > 5) return { start: at, end: Math.min(at + 1 + (spec.length % 3), match.index + match[0].length), text: '' };
      return { start: at, end: at, text: choose(TYPED, spec.pick) ?? 'x' };
    }
    case 'in-string':
    case 'delete-in-string': {
      const match = matchAt(/"[^"\n]*"|'[^'\n]*'/g);
      if (!match || match.index === undefined) break;
      const inside = within(match.index + 1, match.index + match[0].length - 1);
      if (spec.kind === 'in-string') return { start: inside, end: inside, text: choose(TYPED, spec.pick) ?? 'x' };
      return { start: inside, end: Math.min(inside + 1 + (spec.length % 3), match.index + match[0].length - 1), text: '' };
    }
    case 'in-status-call': {
      const match = matchAt(/status(Code)?["']?\s*[(:]\s*/g);
      if (!match || match.index === undefined) break;
      const after = match.index + match[0].length;
      return spec.length > 5 ? { start: after, end: after + 1, text: '' } : { start: after, end: after, text: choose(STATUS_TYPED, spec.pick) ?? '4' };
    }
    case 'whitespace': {
      // Runs of blanks anywhere: between tokens of a handler body mostly, inside strings and comments sometimes.
      const match = matchAt(/[ \t]+/g);
      if (!match || match.index === undefined) break;
      const at = within(match.index, match.index + match[0].length + 1);
      if (spec.length > 5) return { start: match.index, end: Math.min(match.index + 1 + (spec.length % 2), match.index + match[0].length), text: '' };
      return { start: at, end: at, text: choose(WHITESPACE_TYPED, spec.pick) ?? ' ' };
    }
    case 'identifier': {
      const match = matchAt(/\b[A-Za-z_]\w*\b/g);
      if (!match || match.index === undefined) break;
      const at = within(match.index, match.index + match[0].length + 1);
      return spec.length > 5 ? { start: at, end: Math.min(at + 1, text.length), text: '' } : { start: at, end: at, text: choose(IDENTIFIER_TYPED, spec.pick) ?? 'x' };
    }
    case 'delete-import': {
      const match = matchAt(/^.*(import|require\().*$\n?/gm);
      if (!match || match.index === undefined) break;
      return { start: match.index, end: match.index + match[0].length, text: '' };
    }
    case 'directive': {
      if (isJson) break;
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
      const start = choose(lineStarts, spec.at) ?? 0;
      const marker = languageId === 'yaml' ? '#' : '//';
      return { start, end: start, text: `${marker} status-catalog: ${spec.pick < 0.5 ? 'ddm' : 'dds, nosuch'}\n` };
    }
    case 'break-brace': {
      const match = matchAt(/[{}]/g);
      if (!match || match.index === undefined) break;
      broken.push({ offset: match.index, brace: match[0] });
      return { start: match.index, end: match.index + 1, text: '' };
    }
    case 'close-brace': {
      const last = broken.pop();
      if (!last) break;
      const offset = Math.min(last.offset, text.length);
      return { start: offset, end: offset, text: last.brace };
    }
    case 'anywhere':
      break;
  }
  const start = Math.floor(spec.at * (text.length + 1));
  const end = Math.min(start + (spec.length > 4 ? spec.length - 4 : 0), text.length);
  const typed = choose(ANYWHERE_TYPED, spec.pick) ?? '';
  return { start, end, text: typed === '// x\n' ? (isJson ? '' : languageId === 'yaml' ? '# x\n' : typed) : typed };
}

/** Every literal's edges, after every status call, and `spread` offsets chosen by the run. */
function probeOffsets(fresh: AnalyzedDocument, text: string, spread: readonly number[]): number[] {
  const offsets = new Set<number>();
  for (const literal of fresh.detected.literals) {
    offsets.add(literal.start);
    offsets.add(literal.end);
  }
  for (const offset of statusCallOffsets(text)) offsets.add(offset);
  for (const at of spread) offsets.add(Math.floor(at * (text.length + 1)));
  return [...offsets].sort((a, b) => a - b);
}

type SourceSpec = { languageId: 'typescript' | 'json' | 'yaml'; text: string };

const tsSource: fc.Arbitrary<SourceSpec> = fc
  .array(fc.integer({ min: 0, max: TS_PIECES.length - 1 }), { minLength: 3, maxLength: 8 })
  .map((picks) => ({ languageId: 'typescript' as const, text: picks.map((i) => TS_PIECES[i]).join('') }));
const jsonSource: fc.Arbitrary<SourceSpec> = fc
  .array(fc.integer({ min: 0, max: 11 }), { minLength: 3, maxLength: 10 })
  .map((choices) => ({ languageId: 'json' as const, text: jsonDocument(choices) }));
const yamlSource: fc.Arbitrary<SourceSpec> = fc
  .array(fc.integer({ min: 0, max: 11 }), { minLength: 4, maxLength: 10 })
  .map((choices) => ({ languageId: 'yaml' as const, text: yamlDocument(choices) }));

interface Tally {
  edits: number;
  carried: number;
}

/** Runs one edit sequence through the server's path and compares with fresh analyses after every edit. */
async function replay(source: SourceSpec, specs: readonly EditSpec[], spread: readonly number[], tally: Tally): Promise<void> {
  const uri = { json: 'file:///work/api.json', yaml: 'file:///work/openapi.yaml', typescript: 'file:///work/handlers.ts' }[source.languageId];
  const changes: DocumentChange[] = [];
  const documents = editReportingDocuments((change) => changes.push(change));
  const analyses = new DocumentAnalyses();
  let document = documents.create(uri, source.languageId, 1, source.text);
  const analyze = (previous: AnalyzedDocument | undefined) => analyzeDocumentSteps(document, settings, registry, { previous });
  await analyses.get(document, 0, analyze);
  const broken: Array<{ offset: number; brace: string }> = [];
  for (const spec of specs) {
    const { start, end, text: inserted } = resolve(spec, document.getText(), source.languageId, broken);
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    document = documents.update(document, [{ range, text: inserted }], document.version + 1);
    tally.edits++;
    if (analyses.carry(changes.pop()!, () => document.getText())) tally.carried++;
    const analyzed = await analyses.get(document, 0, analyze);
    const newText = document.getText();
    const fresh = analyzeDocument(TextDocument.create(uri, source.languageId, document.version, newText), settings, registry);
    const where = `${spec.kind} ${JSON.stringify(inserted)} at ${start}-${end} in\n${newText}`;
    const offsets = probeOffsets(fresh, newText, spread);
    // Completion near the edit is where a carried analysis could differ most; elsewhere a sample suffices.
    const completionOffsets = [start, start + inserted.length, ...offsets.filter((_, i) => i % 5 === 0)];
    assertAnswersAsFresh(analyzed, fresh, { hoverOffsets: offsets, completionOffsets, where });
  }
}

describe('edit sequences over assembled documents answer as fresh analyses', () => {
  const spread = fc.array(fraction, { minLength: 6, maxLength: 6 });
  const sequence = fc.array(editSpec, { minLength: 15, maxLength: 30 });

  it('TypeScript: handlers, imports, directives, constants, assertions', async () => {
    const tally: Tally = { edits: 0, carried: 0 };
    await fc.assert(fc.asyncProperty(tsSource, sequence, spread, (source, specs, at) => replay(source, specs, at, tally)), { seed: 1010, numRuns: 50 });
    assert.ok(tally.edits >= 900, `only ${tally.edits} edits`);
    // The shortcut must be taken often, or this proves nothing about it.
    assert.ok(tally.carried >= tally.edits / 6, `only ${tally.carried} of ${tally.edits} edits were carried`);
  });

  it('JSON: OpenAPI responses, error bodies, request logs', async () => {
    const tally: Tally = { edits: 0, carried: 0 };
    await fc.assert(fc.asyncProperty(jsonSource, sequence, spread, (source, specs, at) => replay(source, specs, at, tally)), { seed: 1011, numRuns: 25 });
    assert.ok(tally.edits >= 350, `only ${tally.edits} edits`);
    assert.ok(tally.carried >= tally.edits / 8, `only ${tally.carried} of ${tally.edits} edits were carried`);
  });

  it('YAML: OpenAPI paths and responses, plain, quoted and flow values, comments, a schema of codes', async () => {
    const tally: Tally = { edits: 0, carried: 0 };
    await fc.assert(fc.asyncProperty(yamlSource, sequence, spread, (source, specs, at) => replay(source, specs, at, tally)), { seed: 1012, numRuns: 40 });
    assert.ok(tally.edits >= 600, `only ${tally.edits} edits`);
    assert.ok(tally.carried >= tally.edits / 8, `only ${tally.carried} of ${tally.edits} edits were carried`);
  });
});
