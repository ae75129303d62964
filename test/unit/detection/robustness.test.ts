import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import type { DetectorLanguage } from '../../../server/src/detection/types';
import { expectLiterals } from './marked';

describe('robustness', () => {
  it('finds literals in broken TypeScript the parser recovers from', () => {
    expectLiterals('app.get("/", (req, res) => {\n  res.status(«404»).json({\n', 'call-argument');
    expectLiterals('if (res.status === «500» {\n  const x = ', 'comparison');
    expectLiterals('const x = { status: «201», id: ', 'property');
  });

  it('finds literals in JSX and TSX', () => {
    expectLiterals('export const Page = () => <Error statusCode={«404»} title="x" />;', 'property', 'javascriptreact');
    expectLiterals('const a = <div>{res.status === «200» ? "ok" : "no"}</div>;', 'comparison', 'typescriptreact');
  });

  it('never throws on odd input, in any language', () => {
    const inputs = ['', '\u0000', '{', '}}}', '"', '/*', '`${', '<<<<', 'constructor', '__proto__: 404', '{"__proto__": {"status": 404}}', '\uD800', 'x'.repeat(10_000)];
    const languages: DetectorLanguage[] = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml'];
    for (const language of languages) {
      for (const input of inputs) {
        const errors: unknown[] = [];
        const doc = detectDocument(input, language, undefined, (error) => errors.push(error));
        assert.deepEqual(errors, [], `${language}: ${JSON.stringify(input.slice(0, 20))}`);
        for (let offset = 0; offset <= Math.min(input.length, 20); offset++) doc.slotAt(offset);
      }
    }
  });

  it('handles identifiers that name Object.prototype members', () => {
    expectLiterals('class A { constructor(status) { this.hasOwnProperty = 1; } toString() { return res.status(«500»); } }', 'call-argument');
  });

  it('reports an unknown language as TypeScript rather than failing', () => {
    const doc = detectDocument('res.status(404)', 'markdown' as DetectorLanguage);
    assert.equal(doc.literals.length, 1);
  });

  it('handles deeply nested JSON without recursion limits', () => {
    const depth = 20_000;
    const text = '{"a":'.repeat(depth) + '{"status": 404}' + '}'.repeat(depth);
    const errors: unknown[] = [];
    const doc = detectDocument(text, 'json', undefined, (error) => errors.push(error));
    // JSON is walked with an explicit stack: the literal at the bottom is found like any other.
    assert.deepEqual(errors, []);
    const start = 5 * depth + '{"status": '.length;
    assert.deepEqual(doc.literals, [{ start, end: start + 3, text: '404', code: 404, context: 'property', rule: 'status.named-property' }]);
  });

  it('sorts literals by offset and returns the language id', () => {
    const doc = detectDocument('res.status(201); if (res.status === 404) {}', 'javascript');
    assert.equal(doc.languageId, 'javascript');
    assert.deepEqual(doc.literals.map((l) => l.start), [...doc.literals.map((l) => l.start)].sort((a, b) => a - b));
  });
});
