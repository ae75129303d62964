/**
 * The web server's embedded catalogs: served as a folder under whatever URI the client names, with the build's index
 * beside them, they must pass the index's check and give the catalogs Node reads from catalogs/, their sources under
 * that URI (a path join would fold its `//`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalogFolder } from '../../../server/src/catalog/catalogFolder';
import { catalogIndexOf, readCatalogIndex } from '../../../server/src/catalog/catalogIndex';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';
import { EMBEDDED_INDEX_PATH, embeddedCatalogFileSystem } from '../../../server/src/web/embeddedCatalogs';

const CATALOGS = join(__dirname, '..', '..', '..', 'catalogs');
const URI = 'vscode-remote://host/extensions/status-catalog/catalogs';

describe('embedded catalogs', () => {
  const files = Object.fromEntries(readdirSync(CATALOGS).map((name) => [name, readFileSync(join(CATALOGS, name), 'utf8')]));
  const loaded = loadCatalogFolder(CATALOGS, 'bundled', nodeFileSystem, { parseBudgetMs: Infinity });
  const index = JSON.stringify(catalogIndexOf(CATALOGS, loaded, nodeFileSystem));

  it('pass the index check under a URI folder and give the catalogs Node parses, sources under that URI', () => {
    const read = readCatalogIndex(URI, EMBEDDED_INDEX_PATH, embeddedCatalogFileSystem(files, index));
    assert.ok('catalogs' in read, 'rejected' in read ? read.rejected : '');
    assert.deepEqual(
      read.catalogs.catalogs.map((catalog) => [catalog.info.source, catalog.entries.length]),
      loaded.catalogs.map((catalog) => [`${URI}/${catalog.info.source.slice(CATALOGS.length + 1)}`, catalog.entries.length]),
    );
    assert.deepEqual(read.catalogs.catalogs.map((catalog) => catalog.entries), loaded.catalogs.map((catalog) => catalog.entries));
  });

  it('reject the index once a page differs from the one it was made of', () => {
    const edited = { ...files, 'dds-status-codes.en.md': `${files['dds-status-codes.en.md']}\n| 499 | Late |` };
    const read = readCatalogIndex(URI, EMBEDDED_INDEX_PATH, embeddedCatalogFileSystem(edited, index));
    assert.deepEqual(read, { rejected: `the files of ${URI} changed since ${EMBEDDED_INDEX_PATH} was built` });
  });

  it('list a subfolder by its name, as a directory listing does, and read its pages, not a top-level namesake', () => {
    const fs = embeddedCatalogFileSystem({ 'b.en.md': 'top', 'team/b.en.md': 'b', 'team/c.en.md': 'c' });
    assert.deepEqual(fs.readDirectory(URI), ['b.en.md', 'team']);
    assert.equal(fs.readFile(`${URI}/team/b.en.md`), 'b');
    assert.equal(fs.readFile(`${URI}/b.en.md`), 'top');
    assert.throws(() => fs.readFile(EMBEDDED_INDEX_PATH), /not a bundled catalog file/);
  });
});
