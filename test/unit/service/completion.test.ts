import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doComplete } from '../../../server/src/service/languageService';
import { at, projectRegistry } from './fixtures';

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

describe('completion: order, labels and details that follow the context', () => {
  const ERROR_BRANCH = "app.get('/orders/:id', async (req, res) => {\n  const order = await find(req.params.id);\n  if (!order) return res.status(|);\n});";
  const itemsAt = (text: string, settings: Record<string, unknown>) => {
    const cursor = at(text, 'typescript', { bundledCatalogs: 'whenNamed', ...settings }, projectRegistry());
    return [...(doComplete(cursor.analyzed, cursor.position)?.items ?? [])].sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
  };

  it('ranks 4xx then 5xx first in an error branch, common codes first, and preselects nothing', () => {
    const items = itemsAt(ERROR_BRANCH, { catalogs: ['orders', 'dds'] });
    assert.deepEqual(items.map((item) => item.label), ['400', '401', '404', '409', '422', '412', '500', '200', '201', '202']);
    assert.deepEqual(items.filter((item) => item.preselect).map((item) => item.label), []);
  });

  it('sorts every code above identifiers: sort keys start below any digit or letter', () => {
    for (const item of itemsAt(ERROR_BRANCH, {})) assert.ok(item.sortText!.startsWith(' ') && item.sortText! < '0', item.sortText);
  });

  it('shows the reason phrase in the list and the documenting catalogs, the project catalog first', () => {
    const items = itemsAt(ERROR_BRANCH, { catalogs: ['dds', 'orders'] });
    assert.deepEqual(
      items.slice(0, 4).map((item) => [item.label, item.labelDetails, item.detail]),
      [
        ['400', { detail: ' Bad Request', description: 'orders, dds' }, 'Bad Request'],
        ['401', { detail: ' Unauthorized', description: 'orders' }, 'Unauthorized'],
        ['404', { detail: ' Not Found', description: 'orders, dds' }, 'Not Found'],
        ['409', { detail: ' Conflict', description: 'dds' }, 'Conflict'],
      ],
    );
  });

  it("details a code with the catalog's own message rather than the standard name", () => {
    const [item] = itemsAt('res.status(413|);', { catalogs: ['ddm'] });
    assert.equal(item?.detail, 'Request Entity Too Large');
    assert.deepEqual(item?.labelDetails, { detail: ' Request Entity Too Large', description: 'ddm' });
  });

  it('ranks 2xx first on the success path after a guard, and 5xx first where an error came back', () => {
    const success = "app.post('/orders', async (req, res) => {\n  if (!req.body) return res.status(400).end();\n  res.status(|);\n});";
    const items = itemsAt(success, {});
    assert.deepEqual(items.slice(0, 3).map((item) => item.label), ['201', '200', '400']);
    assert.deepEqual(items.filter((item) => item.preselect).map((item) => item.label), ['201']);
    const failed = 'db.get(id, (err, order) => {\n  if (err) return res.status(|);\n});';
    assert.deepEqual(itemsAt(failed, {}).slice(0, 3).map((item) => item.label), ['500', '400', '401']);
  });
});
