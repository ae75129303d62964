// .html and .htm pages load from catalog folders like .md; a saved full page reads its tables and
// ignores the site's navigation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CatalogFileSystem, loadCatalogFolder } from '../../../server/src/catalog/catalogFolder';

function memoryFs(files: Record<string, string>): CatalogFileSystem {
  return {
    readDirectory: () => Object.keys(files),
    readFile(path) {
      const text = files[path.slice(path.lastIndexOf('/') + 1)];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
  };
}

const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Orders API - Status codes</title>
<script>var nav = "<table><tr><td>500</td></tr></table>";</script></head>
<body>
<nav><ul><li><a href="/errors">Errors</a></li></ul>
<table><tr><th>Code</th><th>Link</th></tr><tr><td>404</td><td>Not Found</td></tr></table></nav>
<main>
<h1>Status codes</h1>
<h2>Abnormal</h2>
<table><thead><tr><th>Status Code</th><th>Message</th><th>Description</th></tr></thead>
<tbody><tr><td>409</td><td>Conflict</td><td>The order changed meanwhile.</td></tr></tbody></table>
</main>
<footer><table><tr><td>200</td><td>OK</td></tr></table></footer>
</body></html>`;

describe('HTML catalog pages in folders', () => {
  it('load .html and .htm files, a saved full page included, without its navigation', () => {
    const fs = memoryFs({
      'orders-status-codes.en.html': SAVED_PAGE,
      'billing.htm': '<table><tr><th>Code</th><th>Message</th></tr><tr><td>402</td><td>Payment Required</td></tr></table>',
      'notes.txt': '<table><tr><td>200</td></tr></table>',
    });
    const { catalogs, problems } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      catalogs.map((c) => [c.info.id, c.info.format, c.entries.map((e) => `${e.code} ${e.message} ${e.class} ${e.line}`)]),
      [
        ['billing', 'html', ['402 Payment Required null 1']],
        ['orders', 'html', ['409 Conflict abnormal 11']],
      ],
    );
  });
});
