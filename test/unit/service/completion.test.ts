import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doComplete } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function complete(text: string, languageId = 'typescript', settings: Record<string, unknown> = {}) {
  const cursor = at(text, languageId, settings);
  const list = doComplete(cursor.analyzed, cursor.position);
  if (!list) return undefined;
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

describe('completion', () => {
  it('offers the documented codes of the typed class, with message and hover documentation', () => {
    const items = complete('res.status(4|);');
    assert.deepEqual(items?.map((item) => item.label), ['400', '404', '409', '413', '415']);
    const conflict = items?.find((item) => item.label === '409');
    assert.equal(conflict?.detail, 'Conflict');
    assert.ok(typeof conflict?.documentation === 'object' && conflict.documentation.value.startsWith('**409 Conflict** · 4xx client error'));
    assert.deepEqual(conflict?.textEdit, { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } }, newText: '409' });
  });

  it('offers every documented code, sorted by code, in an empty status position', () => {
    assert.deepEqual(complete('res.status(|);')?.map((item) => item.label), ['200', '201', '202', '400', '404', '409', '413', '415', '500']);
  });

  it('offers nothing where no status is expected', () => {
    assert.equal(complete('const width = |;'), undefined);
  });

  it('puts the success code of a POST first in a supertest expectation', () => {
    const items = complete("request(app).post('/users').send(body).expect(|);");
    assert.deepEqual(items?.slice(0, 3).map((item) => item.label), ['201', '200', '202']);
  });

  it('puts the success code of the operation first in an OpenAPI key being typed', () => {
    const text = '{ "paths": { "/a": { "post": { "responses": {\n  "|\n  "404": {} } } } } }';
    assert.deepEqual(complete(text, 'json')?.slice(0, 3).map((item) => [item.label, item.textEdit?.newText]), [
      ['201', '"201"'],
      ['200', '"200"'],
      ['202', '"202"'],
    ]);
  });

  it('completes status properties in JSON fixtures', () => {
    assert.deepEqual(complete('{ "statusCode": 40| }', 'json')?.map((item) => item.label), ['400', '404', '409']);
  });

  it('completes OpenAPI response keys with their quotes', () => {
    const text = '{ "paths": { "/a": { "post": { "responses": { "|": {} } } } } }';
    const items = complete(text, 'json');
    const created = items?.find((item) => item.label === '201');
    assert.ok(created?.textEdit && 'range' in created.textEdit);
    const edit = created.textEdit;
    const document = at(text, 'json').document;
    const replaced = document.getText(edit.range);
    const result = document.getText().replace(`"${replaced.replace(/"/g, '')}"`, edit.newText.startsWith('"') ? edit.newText : `"${edit.newText}"`);
    assert.ok(result.includes('"responses": { "201": {} }'), result);
  });
});
