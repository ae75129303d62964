// Whole HTML pages (format 'html'): labels come from the document's headings, list items and captions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';

const ROW = (code: string, message: string) => `<tr><td>${code}</td><td>${message}</td><td>Something.</td></tr>`;
const HEAD = '<tr><th>Status Code</th><th>Message</th><th>Description</th></tr>';

test('headings label the tables under them; the sole <h1> titles the page and labels nothing', () => {
  const page = `<!DOCTYPE html><html><body>
<h1>Error Codes</h1>
<table>${HEAD}${ROW('100', 'Continue')}</table>
<h2>Normal</h2>
<table>${HEAD}${ROW('200', 'OK')}</table>
<h2>Abnormal</h2><h3>Client errors</h3>
<table>${HEAD}${ROW('404', 'Not Found')}</table>
</body></html>`;
  const { entries, problems } = parseCatalogPage(page, 'html');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.class, e.line]), [
    [100, 'Continue', null, 3],
    [200, 'OK', 'normal', 5],
    [404, 'Not Found', 'abnormal', 7],
  ]);
});

test('captions, "Table N" paragraphs and enclosing list items label tables', () => {
  const page = `<html><body>
<table><caption>Table 1 Normal status codes</caption>${HEAD}${ROW('201', 'Created')}</table>
<p><b>Table 2</b> Status codes returned upon exceptions</p><a name="t2"></a>
<table>${HEAD}${ROW('409', 'Conflict')}</table>
<ul><li>Abnormal<table>${HEAD}${ROW('500', 'Internal Server Error')}</table></li></ul>
<ul><li><p>Normal</p><table>${HEAD}${ROW('204', 'No Content')}</table></li></ul>
</body></html>`;
  assert.deepEqual(parseCatalogPage(page, 'html').entries.map((e) => `${e.code} ${e.class}`), [
    '201 normal', '409 abnormal', '500 abnormal', '204 normal',
  ]);
});

test('an HTML page without a status-code table yields nothing', () => {
  const page = '<html><body><h1>Status Codes</h1><p>See <a href="codes.html">the status codes</a>.</p></body></html>';
  assert.deepEqual(parseCatalogPage(page, 'html'), { entries: [], problems: [] });
});

test('a table nested in a cell is read as its own table, not repeated in the outer description', () => {
  const page = `<table>${HEAD}<tr><td>400</td><td>Bad Request</td><td><p>Causes:</p>
<table><tr><th>Status Code</th><th>Message</th><th>Description</th></tr>${ROW('401', 'Unauthorized')}</table></td></tr></table>`;
  const { entries } = parseCatalogPage(page, 'html');
  assert.deepEqual(entries.map((e) => [e.code, e.description]), [[400, 'Causes:'], [401, 'Something.']]);
});
