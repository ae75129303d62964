/**
 * JSON detection walks the text without a tree (jsonStream.ts); the tree-based analysis it replaced
 * (findJsonLiterals.ts, still YAML's) is the reference. On the corpus JSON files and on hundreds of seeded
 * mutations of them (brackets, commas, quotes and codes inserted, spans deleted or copied, truncations),
 * both must agree exactly: literals, scope hints, completion slots, explanations, and the table of value
 * strings that edits are judged with.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createScanner, findNodeAtOffset } from 'jsonc-parser';
import { detectDocument, detectDocumentSteps } from '../../../server/src/detection/detectDocument';
import { verdictOf } from '../../../server/src/detection/explain';
import { analyseJsonTree, judgeJsonLiteral, parseJson } from '../../../server/src/detection/findJsonLiterals';
import { jsonSlotAt } from '../../../server/src/detection/jsonSlot';
import { JsonScanner } from '../../../server/src/detection/jsonScanner';
import { TOKENS_PER_SLICE } from '../../../server/src/detection/jsonWalk';
import { MAX_JSON_NESTING, blankDeepNesting } from '../../../server/src/detection/nestingGuard';
import type { VerdictStep } from '../../../server/src/detection/rules/rule';
import { createStatusNameRules } from '../../../server/src/detection/statusNames';
import type { Explanation, StatusLiteral } from '../../../server/src/detection/types';
import { CORPUS_DIR } from './corpusScoring';

const names = createStatusNameRules();

/** The tree-based detection, as detectDocument did it before the walk. */
function treeDetection(text: string) {
  const root = parseJson(blankDeepNesting(text, MAX_JSON_NESTING, 'json'));
  const literals: StatusLiteral[] = [];
  const analysis = analyseJsonTree(text, root, names, literals);
  literals.sort((a, b) => a.start - b.start);
  const explain = (offset: number): Explanation | undefined => {
    const node = root && findNodeAtOffset(root, offset, false);
    if (!node || (node.type !== 'number' && node.type !== 'string')) return undefined;
    const steps: VerdictStep[] = [];
    const literal = judgeJsonLiteral(text, node, { names }, analysis.scope, steps);
    return verdictOf({ start: node.offset, end: node.offset + node.length, text: text.slice(node.offset, node.offset + node.length) }, literal, steps);
  };
  return { literals, scopeHints: analysis.scopeHints, slotAt: (offset: number) => jsonSlotAt(text, root, names, offset), explain };
}

/** The value strings editImpact.ts accepted before the table came from detection: a scan of its own. */
function scannedValueStrings(text: string): Array<[number, number]> {
  const tokens: Array<[number, number, boolean]> = [];
  const scanner = createScanner(text, true);
  let previousWasString = false;
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 10) {
      tokens.push([scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength(), false]);
      previousWasString = true;
      continue;
    }
    if (token === 6 && previousWasString) tokens[tokens.length - 1]![2] = true;
    previousWasString = false;
  }
  return tokens.filter(([start, end, key]) => !key && end - start >= 2 && text[end - 1] === '"').map(([start, end]) => [start, end]);
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '{', '}', '[', ']', ',', ':', '"', ' ', '\n', '"404"', '404', '"4xx"', '200', '1e3', '-5', 'true', 'null', '@', "'", '\\',
  '/* c */', '// c\n', '"status": ', '"responses": {', '"enum": [', '"code": 301, "destination": "/x"', '"name": "201"', '"maxLength": 255',
  '"500": "Internal Server Error"', '"statusCodes": [429, ', '"ftp://host"', ', "x": {"status": 418}',
];

function mutate(text: string, next: () => number): string {
  const at = () => Math.floor(next() * (text.length + 1));
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const kind = next();
    const from = at();
    if (kind < 0.35) text = text.slice(0, from) + text.slice(from + 1 + Math.floor(next() * 20));
    else if (kind < 0.8) text = text.slice(0, from) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(from);
    else if (kind < 0.95) {
      const span = text.slice(from, from + Math.floor(next() * 200));
      const to = at();
      text = text.slice(0, to) + span + text.slice(to);
    } else text = text.slice(0, from);
  }
  return text;
}

function assertSame(text: string, label: string, next: () => number): void {
  const tree = treeDetection(text);
  const errors: unknown[] = [];
  const walked = detectDocument(text, 'json', undefined, (error) => errors.push(error));
  assert.deepEqual(errors, [], label);
  assert.deepEqual(walked.literals, tree.literals, `${label}: literals`);
  assert.deepEqual(walked.scopeHints, tree.scopeHints, `${label}: scope hints`);
  const table = walked.jsonStrings!;
  assert.deepEqual([...table.starts].map((start, i) => [start, table.ends[i]]), scannedValueStrings(text), `${label}: value strings`);
  const offsets = [0, text.length, ...walked.literals.slice(0, 3).map((l) => l.start + 1)];
  for (let i = 0; i < 8; i++) offsets.push(Math.floor(next() * (text.length + 1)));
  for (const offset of offsets) {
    assert.deepEqual(walked.slotAt(offset), tree.slotAt(offset), `${label}: slot at ${offset}`);
    assert.deepEqual(walked.explain?.(offset), tree.explain(offset), `${label}: explanation at ${offset}`);
  }
}

const corpus = readdirSync(join(CORPUS_DIR, 'files'))
  .filter((file) => file.endsWith('.json') || file.endsWith('.har'))
  .map((file) => ({ file, text: readFileSync(join(CORPUS_DIR, 'files', file), 'utf8') }));

describe('JSON detection without a tree', () => {
  it('reads the corpus JSON files', () => assert.ok(corpus.length >= 12, `found ${corpus.length}`));

  it('agrees with the tree on every corpus JSON file', () => {
    const next = random(1);
    for (const { file, text } of corpus) assertSame(text, file, next);
  });

  it('agrees with the tree on mutated corpus JSON', () => {
    const next = random(20261201);
    for (const { file, text } of corpus) {
      for (let i = 0; i < 20; i++) {
        const mutant = mutate(text, next);
        assertSame(mutant, `${file} mutant ${i}`, next);
      }
    }
  });

  it('agrees with the tree on small hand-made recoveries', () => {
    const next = random(7);
    const texts = [
      '', '404', '"404"', '{', '[', '{"status"', '{"status":', '{"status": }', '{"status" 404}', '{"status": 404 "code": 200}',
      '[404,,500]', '[,404]', '{,"status": 404}', '{"status": 404,}', '[429, 503,]', '{"a": [404}', '{"a": {404}]', '{"status": 404}}{"status": 500}',
      '{"responses": {"200": {}, "4XX": {}, "default": {}}}', '// c\n{"status": /* 404 */ 500}', '{"status": "4', '{"status": 4\n',
      '{"status": 1e400}', '{"statusCodes": [404, [500]]}', '{"status": {"enum": [200, 404], "example": 201}}',
    ];
    for (const text of texts) assertSame(text, JSON.stringify(text), next);
  });
});

/** Scanner edge cases: comments, escapes, unterminated strings, odd numbers, keywords run into words, BOM, CRLF. */
const SCANNER_CASES = [
  '{"status": 404}', '\uFEFF{"status": 404}', '{"status":\r\n404,\r"code":\n500}\r\n', '[-0, 1e3, 404.0, 4.04e2, 1E+2, 5e-1, -404]',
  '[1., 1e, 1e+, -, -x, 01, 00404, .5, 404abc, 4_04, +404]', '["\\"404\\"", "a\\u0034\\u00304", "\\x", "\\", "tab\there", "é404"]',
  '{"status": "404', '{"status": "40\n4"}', '{"status": "40\r\n4"}', '["\u0001"]', '[true, false, null, truex, nul, nullnull, True]',
  '[true/*c*/,false//c\n,null]', '/* 404 */[// 500\n200 /* unterminated', '[404 /', '[404 /x]', '[@, #, 404]', '{"a"\t:\t404}',
  '[1e400, -1e400, 123456789012345678901234567890]', '["\u2028", "\u00a0404"]', '{"status": 404}}', '\t \n',
];

/** jsonc-parser's tokens of `text`: kind, offset, length, value. */
function jsoncTokens(text: string): Array<[number, number, number, string]> {
  const scanner = createScanner(text, false);
  const tokens: Array<[number, number, number, string]> = [];
  for (let token = scanner.scan(); ; token = scanner.scan()) {
    tokens.push([token, scanner.getTokenOffset(), scanner.getTokenLength(), scanner.getTokenValue()]);
    if (token === 17) return tokens;
  }
}

function ownTokens(text: string): Array<[number, number, number, string]> {
  const scanner = new JsonScanner(text);
  const tokens: Array<[number, number, number, string]> = [];
  for (let token = scanner.scan(); ; token = scanner.scan()) {
    // A bracket, comma or colon has no value (jsonc-parser's is empty); the walk never asks for one.
    tokens.push([token, scanner.offset, scanner.length, token <= 6 ? '' : scanner.value()]);
    if (token === 17) return tokens;
  }
}

/** Tokens as the walk reads them: blanks folded into a count before the next token (kind 15 runs, 14 breaks). */
function foldBlanks(tokens: Array<[number, number, number, string]>): Array<[number, number, number, string, number]> {
  const folded: Array<[number, number, number, string, number]> = [];
  let blanks = 0;
  for (const [token, offset, length, value] of tokens) {
    if (token === 14 || token === 15) blanks++;
    else {
      folded.push([token, offset, length, value, blanks]);
      blanks = 0;
    }
  }
  return folded;
}

function ownTokensAfterBlanks(text: string): Array<[number, number, number, string, number]> {
  const scanner = new JsonScanner(text);
  const tokens: Array<[number, number, number, string, number]> = [];
  for (let token = scanner.scanAfterBlanks(); ; token = scanner.scanAfterBlanks()) {
    tokens.push([token, scanner.offset, scanner.length, token <= 6 ? '' : scanner.value(), scanner.blanks]);
    if (token === 17) return tokens;
  }
}

describe("the walk's scanner", () => {
  it('reads every token as jsonc-parser does on edge cases', () => {
    for (const text of SCANNER_CASES) {
      assert.deepEqual(ownTokens(text), jsoncTokens(text), JSON.stringify(text));
      assert.deepEqual(ownTokensAfterBlanks(text), foldBlanks(jsoncTokens(text)), `${JSON.stringify(text)} after blanks`);
    }
  });

  it('reads every token as jsonc-parser does on the corpus and its mutants', () => {
    const next = random(404);
    for (const { file, text } of corpus) {
      assert.deepEqual(ownTokens(text), jsoncTokens(text), file);
      for (let i = 0; i < 10; i++) {
        const mutant = mutate(text, next);
        assert.deepEqual(ownTokens(mutant), jsoncTokens(mutant), `${file} mutant ${i}`);
      }
    }
  });

  it('reads random strings of JSON characters as jsonc-parser does', () => {
    const next = random(20261202);
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', '/', '*', ' ', '\t', '\n', '\r', '-', '+', '.', 'e', 'E', '0', '4', '9', 't', 'r', 'u', 'e', 'f', 'n', 'l', 'x', '\uFEFF', '\u0001', 'é'];
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(next() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.deepEqual(ownTokens(text), jsoncTokens(text), JSON.stringify(text));
      assert.deepEqual(ownTokensAfterBlanks(text), foldBlanks(jsoncTokens(text)), `${JSON.stringify(text)} after blanks`);
    }
  });

  it('the walk agrees with the tree on the edge cases', () => {
    const next = random(11);
    for (const text of SCANNER_CASES) assertSame(text, JSON.stringify(text), next);
  });
});

describe('JSON detection in slices', () => {
  it('yields every slice of tokens and returns what detectDocument returns', () => {
    const text = `[${Array.from({ length: 20_000 }, (_, i) => `{"id": ${i}, "statusCode": ${i % 2 ? 404 : 200}}`).join(',\n')}]`;
    const steps = detectDocumentSteps(text, 'json');
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 20,000 records of 10 tokens, whitespace included: 200,000+ tokens make 9 or more slices.
    assert.ok(yields >= Math.floor((20_000 * 10) / TOKENS_PER_SLICE) - 1, `${yields} yields`);
    const whole = detectDocument(text, 'json');
    assert.equal(step.value.literals.length, 20_000);
    assert.deepEqual(step.value.literals, whole.literals);
  });
});
