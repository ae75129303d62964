// The parser's entry point: format from file names, line endings, and a result for every input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFromFileName, parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';

test('formatFromFileName maps extensions to formats', () => {
  assert.equal(formatFromFileName('dds-status-codes.en.md'), 'markdown');
  assert.equal(formatFromFileName('/a/b/PAGE.MARKDOWN'), 'markdown');
  assert.equal(formatFromFileName('codes.html'), 'html');
  assert.equal(formatFromFileName('C:\\docs\\codes.htm'), 'html');
  assert.equal(formatFromFileName('status_codes.rst'), 'rst');
  assert.equal(formatFromFileName('status-catalog.json'), undefined);
  assert.equal(formatFromFileName('README'), undefined);
  assert.equal(formatFromFileName('.md'), 'markdown');
});

test('CRLF and CR line endings and a byte-order mark do not shift lines', () => {
  const lines = ['\uFEFF# Status Codes', '', '<table><tr><th>Status Code</th><th>Message</th><th>Description</th></tr>', '<tr><td>200</td><td>OK</td><td>Fine.</td></tr></table>'];
  for (const eol of ['\n', '\r\n', '\r']) {
    const { entries } = parseCatalogPage(lines.join(eol), 'markdown');
    assert.deepEqual(entries.map((e) => [e.code, e.line]), [[200, 4]], JSON.stringify(eol));
  }
  const rst = ['Codes', '=====', '', '=========== =======', 'Status Code Message', '=========== =======', '404         Not Found', '=========== ======='];
  assert.deepEqual(parseCatalogPage(rst.join('\r\n'), 'rst').entries.map((e) => [e.message, e.line]), [['Not Found', 7]]);
});

test('an unknown format passed from plain JavaScript yields nothing rather than throwing', () => {
  const format = 'json' as unknown as 'markdown';
  assert.deepEqual(parseCatalogPage('{"entries": []}', format), { entries: [], problems: [] });
});

test('empty and blank pages yield nothing', () => {
  for (const format of ['markdown', 'html', 'rst'] as const) {
    assert.deepEqual(parseCatalogPage('', format), { entries: [], problems: [] });
    assert.deepEqual(parseCatalogPage('\n\n   \n', format), { entries: [], problems: [] });
  }
});
