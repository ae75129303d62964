// "Add 409 to <catalog>": the row writer keeps each page's own format, and the page reads back with the new row.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalogFile } from '../../../server/src/catalog/catalogFolder';
import { catalogRowEdit } from '../../../server/src/service/catalogRows/insertRow';

const ROW = { code: 409, message: 'Conflict', description: 'The request conflicts with the current state of the target resource.' };

/** The page after the edit, and what the catalog loader reads from it. */
function addRow(name: string, page: string) {
  const read = (text: string) => loadCatalogFile(`/work/catalogs/${name}`, {}, 'user', { readDirectory: () => [], readFile: () => text });
  const edit = catalogRowEdit(page, read(page), ROW);
  assert.ok(edit, 'an edit');
  const text = TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, page), [edit]);
  const reread = read(text);
  return { text, rows: reread.entries.map((entry) => `${entry.code} ${entry.message} / ${entry.description}`), problems: reread.problems };
}

const READ_BACK = `409 Conflict / ${ROW.description}`;

describe('adding a row to a catalog page', () => {
  it('writes a Markdown pipe row in code order', () => {
    const page = '| Status code | Message | Description |\n| --- | --- | --- |\n| 404 | Not Found | No such order. |\n| 422 | Unprocessable Entity | Bad order. |\n';
    const { text, rows, problems } = addRow('orders.md', page);
    assert.equal(text, page.replace('| 422', `| 409 | Conflict | ${ROW.description} |\n| 422`));
    assert.deepEqual(rows, ['404 Not Found / No such order.', READ_BACK, '422 Unprocessable Entity / Bad order.']);
    assert.deepEqual(problems, []);
  });

  it('writes a row before the first one when every code is higher, leaving columns it cannot fill empty', () => {
    const page = '| Code | Error code | Message | Description |\n| --- | --- | --- | --- |\n| 500 | ORD.0001 | Internal Server Error | The order service failed. |\n';
    const { text } = addRow('orders.md', page);
    assert.equal(text, page.replace('| 500', `| 409 |  | Conflict | ${ROW.description} |\n| 500`));
  });

  it('writes an HTML <tr> like its neighbour, escaping the text', () => {
    const page = '<table>\n  <tr><th>Code</th><th>Message</th><th>Description</th></tr>\n  <tr>\n    <td rowspan="1">404</td>\n    <td>Not Found</td>\n    <td>No <em>such</em> order.</td>\n  </tr>\n</table>\n';
    const { text, rows } = addRow('orders.html', page);
    assert.equal(text, page.replace('</table>', `  <tr>\n    <td>409</td>\n    <td>Conflict</td>\n    <td>${ROW.description}</td>\n  </tr>\n</table>`).replace('  </tr>\n  <tr>\n    <td>409', '  </tr>\n  <tr>\n    <td>409'));
    assert.deepEqual(rows, ['404 Not Found / No such order.', READ_BACK]);
  });

  it('writes a reStructuredText list-table item', () => {
    const page = '.. list-table::\n   :header-rows: 1\n\n   * - Code\n     - Message\n     - Description\n   * - 404\n     - Not Found\n     - No such\n       order.\n   * - 500\n     - Internal Server Error\n     - Broken.\n';
    const { text, rows } = addRow('orders.rst', page);
    assert.equal(text, page.replace('   * - 500', `   * - 409\n     - Conflict\n     - ${ROW.description}\n   * - 500`));
    assert.deepEqual(rows, ['404 Not Found / No such order.', READ_BACK, '500 Internal Server Error / Broken.']);
  });

  it('writes a reStructuredText simple-table line under the columns, the last column running on', () => {
    const page = '=====  ==================  ==========\nCode   Message             Description\n=====  ==================  ==========\n404    Not Found           No such order.\n500    Internal Error      Broken.\n=====  ==================  ==========\n';
    const { text, rows } = addRow('orders.rst', page);
    assert.equal(text, page.replace('500 ', `409    Conflict            ${ROW.description}\n500 `));
    assert.deepEqual(rows, ['404 Not Found / No such order.', READ_BACK, '500 Internal Error / Broken.']);
  });

  it('writes a reStructuredText grid-table row, wrapping the text to the column', () => {
    const page = '+------+------------+-------------------+\n| Code | Message    | Description       |\n+======+============+===================+\n| 404  | Not Found  | No such order.    |\n+------+------------+-------------------+\n';
    const { text, rows } = addRow('orders.rst', page);
    const added = [
      '| 409  | Conflict   | The request       |',
      '|      |            | conflicts with    |',
      '|      |            | the current state |',
      '|      |            | of the target     |',
      '|      |            | resource.         |',
      '+------+------------+-------------------+',
    ];
    assert.equal(text, `${page}${added.join('\n')}\n`);
    assert.deepEqual(rows, ['404 Not Found / No such order.', READ_BACK]);
  });

  it('writes a JSON entry in the style of its neighbour', () => {
    const page = '{\n  "id": "orders",\n  "entries": [\n    {\n      "code": 404,\n      "message": "Not Found"\n    },\n    { "code": 500, "message": "Internal" }\n  ]\n}\n';
    const { text, rows } = addRow('orders.json', page);
    assert.equal(
      text,
      page.replace('    },\n', `    },\n    {\n      "code": 409,\n      "message": "Conflict",\n      "description": "${ROW.description}"\n    },\n`),
    );
    assert.deepEqual(rows, ['404 Not Found / ', READ_BACK, '500 Internal / ']);
  });

  it('keeps the CRLF line ends of a page', () => {
    const page = '| Code | Message |\r\n| --- | --- |\r\n| 404 | Not Found |\r\n';
    assert.equal(addRow('orders.md', page).text, `${page}| 409 | Conflict |\r\n`);
  });
});

describe('adding a row to the real pages of the corpus', () => {
  const PAGES = join(__dirname, '..', '..', 'fixtures', 'catalog-pages', 'pages');

  it('either declines or writes a row that reads back, without new problems', () => {
    let written = 0;
    const names = readdirSync(PAGES).filter((name) => /\.(md|html|rst|json)$/.test(name));
    for (const name of names) {
      const page = readFileSync(join(PAGES, name), 'utf8');
      const read = (text: string) => loadCatalogFile(join(PAGES, name), {}, 'user', { readDirectory: () => [], readFile: () => text });
      const before = read(page);
      const documented = new Set(before.entries.map((entry) => entry.code));
      const code = [409, 418, 423, 451, 507, 226].find((candidate) => !documented.has(candidate));
      if (code === undefined || before.entries.length === 0) continue;
      const edit = catalogRowEdit(page, before, { ...ROW, code });
      if (!edit) continue;
      const after = read(TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, page), [edit]));
      assert.ok(after.entries.some((entry) => entry.code === code && entry.message === 'Conflict'), `${name}: ${code} not read back`);
      assert.equal(after.entries.length, before.entries.length + 1, `${name}: rows`);
      assert.ok(after.problems.length <= before.problems.length, `${name}: ${JSON.stringify(after.problems.slice(before.problems.length))}`);
      written++;
    }
    assert.ok(written >= names.length / 2, `rows written to ${written} of ${names.length} pages`);
  });
});
