import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { expectLiterals, expectNone, parseMarked, slotAt } from './marked';

const spec = (responses: string) => `openapi: 3.0.0\npaths:\n  /pets:\n    post:\n      responses:\n${responses}`;

describe('YAML', () => {
  it('finds responses keys in every spelling, and skips default', () => {
    const literals = expectLiterals(
      spec(`        «'201'»:\n          description: made\n        «"404"»:\n          $ref: '#/x'\n        «409»:\n          description: taken\n        «4XX»: {description: any}\n        default:\n          description: other\n`),
      'openapi-response-key',
      'yaml',
    );
    assert.deepEqual(
      literals.map((l) => [l.text, l.code, l.quote]),
      [["'201'", 201, "'"], ['"404"', 404, '"'], ['409', 409, undefined], ['4XX', '4XX', undefined]],
    );
  });

  it('finds keys of responses written as a flow mapping, and an empty response being typed', () => {
    expectLiterals('responses: {«"200"»: {description: ok}, «500»: {}}', 'openapi-response-key', 'yaml');
    expectLiterals("responses:\n  «'204'»:\n", 'openapi-response-key', 'yaml');
  });

  it('finds a responses key whose response is an alias of an anchored one, or of one not written yet', () => {
    // An alias to an anchor that does not exist (yet) reads like a response being typed: the shared
    // response-map rule counts a key whose value is not a number.
    expectLiterals(
      "components:\n  x-missing: &missing\n    description: gone\nresponses:\n  «'404'»: *missing\n  «410»: *undefinedAnchor\n",
      'openapi-response-key',
      'yaml',
    );
  });

  it('reports an all-digit key out of range, so it can be flagged', () => {
    const [literal] = expectLiterals('responses:\n  «4040»:\n    description: typo\n', 'openapi-response-key', 'yaml');
    assert.equal(literal!.code, 4040);
  });

  it("finds a response example's status member and a status schema's values", () => {
    expectLiterals(
      spec(`        '400':\n          content:\n            application/json:\n              example:\n                status: «400»\n                message: bad\n`).replace("'400'", "«'400'»"),
      ['openapi-response-key', 'property'],
      'yaml',
    );
    expectLiterals('properties:\n  status:\n    type: integer\n    example: «404»\n    enum: [«400», «404»]\n', ['schema-value', 'schema-value', 'schema-value'], 'yaml');
  });

  it('ignores schema bounds, ids, ports, sizes and quoted numbers of other keys', () => {
    expectNone('items:\n  maxItems: 111\n  maximum: 400\nport: 443\nid: \'123\'\nbandwidth_allowance_gib: \'200\'\n', 'yaml');
    expectNone('description: |\n  status: 404\n  responses 200\n', 'yaml');
    expectNone('status: >-\n  404\nstatusCode: |\n  200\n', 'yaml');
  });

  it('reads comment directives, not a # inside a string', () => {
    const hints = detectDocument("# status-catalog: dds\ntitle: 'not # status-catalog: rds'\nresponses:\n  '200': {}\n", 'yaml').scopeHints;
    assert.deepEqual(hints.directives, ['dds']);
    assert.deepEqual(hints.directiveIds, [{ id: 'dds', start: 18, end: 21 }]);
  });

  it('recovers from a half-typed file and reads several documents', () => {
    expectLiterals("responses:\n  «'404'»:\n    description: missing\n  '5", 'openapi-response-key', 'yaml');
    expectLiterals('responses:\n  «200»: {}\n---\nresponses:\n  «503»: {}\n', 'openapi-response-key', 'yaml');
    const errors: unknown[] = [];
    for (const text of ['', ':', '- [', '{a: [1, {b: ', "'", 'a: &x 1\nb: *x\n? [1]\n: 2\n', '\t\tresponses:\n\t404:']) {
      detectDocument(text, 'yaml', {}, (error) => errors.push(error));
    }
    assert.deepEqual(errors, []);
  });

  it('offsets count UTF-16 units', () => {
    const { text, ranges } = parseMarked('title: "안녕 😀"\nresponses:\n  «"503"»: {}\n');
    const [literal] = detectDocument(text, 'yaml').literals;
    assert.deepEqual([literal!.start, literal!.end], [ranges[0]!.start, ranges[0]!.end]);
  });
});

describe('slotAt in YAML', () => {
  it('offers a responses key on a new line, quoted like the sibling keys', () => {
    const single = "paths:\n  /a:\n    post:\n      responses:\n        '200':\n          description: ok\n        |";
    assert.deepEqual(slotAt(single, 'yaml'), {
      start: single.indexOf('|'), end: single.indexOf('|'), prefix: '', context: 'openapi-response-key', isKey: true, quote: "'", method: 'POST',
    });
    const plain = 'responses:\n  200:\n    description: ok\n  4|';
    assert.deepEqual(slotAt(plain, 'yaml'), {
      start: plain.indexOf('|') - 1, end: plain.indexOf('|'), prefix: '4', context: 'openapi-response-key', isKey: true, preferredClass: 4,
    });
    const double = 'get:\n  responses:\n    "|"';
    assert.deepEqual(slotAt(double, 'yaml'), {
      start: double.indexOf('|') - 1, end: double.indexOf('|') + 1, prefix: '', context: 'openapi-response-key', isKey: true, quote: '"', method: 'GET', preferredClass: 2,
    });
  });

  it('offers a status value after its key, and nothing elsewhere', () => {
    const typed = 'example:\n  status: 4|';
    assert.deepEqual(slotAt(typed, 'yaml'), { start: typed.indexOf('|') - 1, end: typed.indexOf('|'), prefix: '4', context: 'property', preferredClass: 4 });
    const empty = 'example:\n  statusCode: |';
    assert.deepEqual(slotAt(empty, 'yaml'), { start: empty.indexOf('|'), end: empty.indexOf('|'), prefix: '', context: 'property' });
    assert.equal(slotAt('info:\n  version: |', 'yaml'), undefined);
    assert.equal(slotAt('info:\n  |', 'yaml'), undefined);
  });
});
