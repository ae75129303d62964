import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doValidate } from '../../../server/src/service/languageService';
import { loadCatalogFile } from '../../../server/src/catalog/catalogFolder';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { at } from './fixtures';

function fixes(text: string, languageId = 'typescript') {
  const { analyzed, document } = at(text, languageId);
  // "Ignore for this line" has its own tests (suppressions.test.ts).
  return doCodeActions(analyzed, doValidate(analyzed)).filter((action) => !action.title.startsWith('Ignore ')).map((action) => ({
    title: action.title,
    preferred: action.isPreferred,
    edits: action.edit?.changes?.[document.uri]?.map((edit) => [edit.range.start.character, edit.range.end.character, edit.newText]),
  }));
}

describe('quick fixes', () => {
  it('offer the nearest documented codes, same class first, the best preferred', () => {
    assert.deepEqual(fixes('res.status(418);'), [
      { title: 'Replace with 415 Unsupported Media Type', preferred: true, edits: [[11, 14, '415']] },
      { title: 'Replace with 413 Request Entity Too Large', preferred: false, edits: [[11, 14, '413']] },
      { title: 'Replace with 409 Conflict', preferred: false, edits: [[11, 14, '409']] },
    ]);
  });

  it('fix a mistyped code to the code it most resembles', () => {
    assert.deepEqual(fixes('res.status(4040);')[0], { title: 'Replace with 404 Not Found', preferred: true, edits: [[11, 15, '404']] });
  });

  it('keep the quotes of a string literal', () => {
    const text = '{ "paths": { "/a": { "get": { "responses": { "418": {} } } } } }';
    const [first] = fixes(text, 'json');
    const start = text.indexOf('"418"');
    assert.deepEqual(first, { title: 'Replace with 415 Unsupported Media Type', preferred: true, edits: [[start, start + 5, '"415"']] });
  });

  it('offer nothing for other diagnostics', () => {
    const { analyzed } = at('res.status(418);');
    const foreign = { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 14 } }, message: 'x', source: 'eslint' };
    assert.deepEqual(doCodeActions(analyzed, [foreign]), []);
  });

  it('offer the known catalog ids nearest to an unknown one', () => {
    assert.deepEqual(fixes('// status-catalog: dbs\nres.status(409);'), [
      { title: 'Replace with dds (Document Database Service)', preferred: true, edits: [[19, 22, 'dds']] },
      { title: 'Replace with ddm (Distributed Database Middleware)', preferred: false, edits: [[19, 22, 'ddm']] },
    ]);
  });
});

describe('quick fixes for a code the project catalog does not document', () => {
  const PAGE = [
    '# Orders API status codes',
    '',
    '| Code | Message | Description |',
    '| --- | --- | --- |',
    '| 200 | OK | The order was returned. |',
    '| 400 | Bad Request | The order is malformed. |',
    '| 404 | Not Found | No such order. |',
    '| 412 | Precondition Failed | The order was changed by someone else since it was read. |',
    '| 422 | Unprocessable Entity | The order is well-formed but cannot be placed. |',
    '| 500 | Internal Server Error | The order service failed. |',
    '',
  ].join('\n');
  const JSON_PAGE = '{\n  "id": "billing",\n  "title": "Billing API",\n  "entries": [\n    { "code": 402, "message": "Payment Required" },\n    { "code": "409", "message": "Conflict" }\n  ]\n}\n';
  const files: Record<string, string> = { '/work/catalogs/orders.md': PAGE, '/work/catalogs/billing.json': JSON_PAGE };
  const fs = { readDirectory: () => Object.keys(files), readFile: (path: string) => files[path] ?? '' };

  // The real standard registry: its descriptions are what the ranking reads for the code that was typed.
  const standardPath = join(__dirname, '..', '..', '..', 'catalogs', 'http-status-codes.en.json');

  function fixesWithCatalogs(text: string, settings: Record<string, unknown> = {}) {
    const registry = new CatalogRegistry([[loadCatalogFile(standardPath, {}, 'bundled', nodeFileSystem)]]);
    for (const path of Object.keys(files)) registry.add(loadCatalogFile(path, {}, 'user', fs));
    const { analyzed } = at(text, 'typescript', { bundledCatalogs: 'whenNamed', ...settings }, registry);
    return doCodeActions(analyzed, doValidate(analyzed), { readFile: fs.readFile }).filter((action) => !action.title.startsWith('Ignore '));
  }

  it('offer the codes closest in meaning first: 409 Conflict is replaced by 412 Precondition Failed, not 404', () => {
    const titles = fixesWithCatalogs('res.status(409);', { catalogs: ['orders'] }).map((action) => action.title);
    assert.deepEqual(titles, [
      'Replace with 412 Precondition Failed',
      'Replace with 422 Unprocessable Entity',
      'Replace with 404 Not Found',
      'Add 409 Conflict to Orders API status codes',
    ]);
  });

  it('add a row to the project catalog in its own format, in code order', () => {
    const add = fixesWithCatalogs('res.status(409);', { catalogs: ['orders'] }).find((action) => action.title.startsWith('Add'));
    assert.deepEqual(add?.edit?.changes, {
      'file:///work/catalogs/orders.md': [
        {
          range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } },
          newText: '| 409 | Conflict | The request conflicts with the current state of the target resource. |\n',
        },
      ],
    });
  });

  it('open the catalog row whose problem hides the code', () => {
    const actions = fixesWithCatalogs('res.status(409);', { catalogs: ['billing'] });
    const open = actions.find((action) => action.command);
    assert.deepEqual(open, {
      title: 'Open the catalog row of 409 (billing.json:6)',
      kind: 'quickfix',
      diagnostics: open?.diagnostics,
      command: {
        title: 'Open the catalog row of 409 (billing.json:6)',
        command: 'statusCatalog.openCatalogRow',
        arguments: ['file:///work/catalogs/billing.json', 5],
      },
    });
    const add = actions.find((action) => action.title === 'Add 409 Conflict to Billing API');
    assert.deepEqual(add?.edit?.changes?.['file:///work/catalogs/billing.json']?.[0]?.newText, ',\n    { "code": 409, "message": "Conflict", "description": "The request conflicts with the current state of the target resource." }');
  });

  it('offer no catalog fix without a way to read the pages, nor for a bundled catalog', () => {
    const { analyzed } = at('res.status(428);', 'typescript', { catalogs: ['dds'] });
    const titles = doCodeActions(analyzed, doValidate(analyzed), { readFile: () => PAGE }).map((action) => action.title).filter((title) => !title.startsWith('Ignore '));
    assert.ok(titles.every((title) => title.startsWith('Replace with')), titles.join('\n'));
  });
});
