import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseJsonCatalog } from '../../../server/src/catalog/jsonCatalog';

describe('JSON catalogs', () => {
  it('read header and entries with their lines', () => {
    const text = '{\n  "id": "orders", "title": "Orders API", "locale": "en",\n  "entries": [\n    { "code": 409, "message": "Conflict", "description": "Exists.", "class": "abnormal" }\n  ]\n}';
    assert.deepEqual(parseJsonCatalog(text), {
      header: { id: 'orders', title: 'Orders API', locale: 'en' },
      entries: [{ code: 409, message: 'Conflict', description: 'Exists.', class: 'abnormal', line: 4 }],
      problems: [],
    });
  });

  it('report a bad entry with its line and keep the others', () => {
    const text = '{ "entries": [\n { "code": 200 },\n { "code": "abc" },\n { "code": 4040 }\n] }';
    const result = parseJsonCatalog(text);
    assert.deepEqual(result.entries.map((e) => [e.code, e.message, e.line]), [[200, null, 2]]);
    assert.deepEqual(result.problems, [
      { line: 3, message: 'entry has no valid "code" (a number from 100 to 599): "abc"' },
      { line: 4, message: 'entry has no valid "code" (a number from 100 to 599): 4040' },
    ]);
  });

  it('report broken JSON without throwing', () => {
    assert.deepEqual(parseJsonCatalog('{ "entries": [ { "code": 200 } '), {
      header: {},
      entries: [{ code: 200, message: null, description: '', class: null, line: 1 }],
      problems: [
        { line: 1, message: 'JSON syntax error: CloseBracketExpected' },
        { line: 1, message: 'JSON syntax error: CloseBraceExpected' },
      ],
    });
    assert.equal(parseJsonCatalog('[]').problems[0]?.message, 'a JSON catalog must be an object with an "entries" array');
  });

  it('read the bundled IANA registry with RFC 9110 names, aliases and unused codes', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'catalogs', 'http-status-codes.en.json'), 'utf8');
    const { header, entries, problems } = parseJsonCatalog(text);
    assert.deepEqual(problems, []);
    assert.equal(header.kind, 'standard');
    const byCode = new Map(entries.map((entry) => [entry.code, entry]));
    assert.equal(byCode.get(413)?.message, 'Content Too Large');
    assert.deepEqual(byCode.get(413)?.standard?.aliases, ['Request Entity Too Large', 'Payload Too Large']);
    assert.equal(byCode.get(422)?.message, 'Unprocessable Content');
    assert.deepEqual(byCode.get(422)?.standard?.aliases, ['Unprocessable Entity']);
    assert.equal(byCode.get(306)?.standard?.unused, true);
    assert.equal(byCode.get(418)?.standard?.unused, true);
    assert.equal(byCode.get(404)?.standard?.reference, 'RFC 9110, Section 15.5.5');
    assert.equal(entries.length, 63);
  });
});
