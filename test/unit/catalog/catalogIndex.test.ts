import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type CatalogFileSystem, loadCatalogFolder } from '../../../server/src/catalog/catalogFolder';
import { CATALOG_INDEX_FORMAT, catalogIndexOf, readCatalogIndex } from '../../../server/src/catalog/catalogIndex';
import { loadBundledCatalogs } from '../../../server/src/catalog/loadCatalogs';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';

const ROOT = join(__dirname, '..', '..', '..');
const BUNDLED = join(ROOT, 'catalogs');
const BUILT_INDEX = join(ROOT, 'dist', 'catalog-index.json');

/** A folder in memory, with its index file beside it; `files` can be changed after the index is written. */
function memoryFolder(files: Record<string, string>): { fs: CatalogFileSystem; files: Record<string, string> } {
  const fs: CatalogFileSystem = {
    readDirectory: (folder) => {
      if (folder !== '/team') throw new Error(`ENOENT: no such directory '${folder}'`);
      return Object.keys(files).filter((name) => name !== 'index.json');
    },
    readFile: (path) => {
      const text = path.startsWith('/team/') ? files[path.slice('/team/'.length)] : undefined;
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
  };
  return { fs, files };
}

const PAGE = '# Orders API\n\n| Status code | Description |\n| --- | --- |\n| 409 Conflict | The order was changed meanwhile. |\n';
const MANIFEST = '{ "catalogs": [{ "id": "orders", "source": "orders.en.md" }, { "source": "gone.md" }] }';

function indexedFolder(): ReturnType<typeof memoryFolder> {
  const folder = memoryFolder({ 'status-catalog.json': MANIFEST, 'orders.en.md': PAGE });
  folder.files['index.json'] = JSON.stringify(catalogIndexOf('/team', loadCatalogFolder('/team', 'bundled', folder.fs), folder.fs));
  return folder;
}

describe('catalog index', () => {
  it('built by `npm run build`, holds exactly what parsing the bundled catalogs gives now', () => {
    assert.ok(existsSync(BUILT_INDEX), `${BUILT_INDEX} is missing: run npm run build`);
    const indexed = readCatalogIndex(BUNDLED, BUILT_INDEX, nodeFileSystem);
    assert.ok('catalogs' in indexed, `the built index is stale: ${'rejected' in indexed ? indexed.rejected : ''}`);
    assert.deepStrictEqual(indexed.catalogs, loadCatalogFolder(BUNDLED, 'bundled', nodeFileSystem, { parseBudgetMs: Infinity }));
  });

  it('stands for the folder it was built from: same catalogs, lines and problems, with absolute paths', () => {
    const { fs } = indexedFolder();
    const indexed = readCatalogIndex('/team', '/team/index.json', fs);
    assert.deepStrictEqual(indexed, { catalogs: loadCatalogFolder('/team', 'bundled', fs) });
    assert.ok('catalogs' in indexed);
    assert.equal(indexed.catalogs.catalogs[0]?.info.source, '/team/orders.en.md');
    assert.deepEqual(indexed.catalogs.catalogs[0]?.entries.map((entry) => [entry.code, entry.line]), [[409, 5]]);
    assert.deepEqual(indexed.catalogs.problems.map((problem) => problem.file), ['/team/status-catalog.json']);
  });

  it('is rejected once a page changes, even to a text of the same length, and the pages are parsed instead', () => {
    const { fs, files } = indexedFolder();
    files['orders.en.md'] = PAGE.replace('409 Conflict', '412 Conflict');
    assert.deepEqual(readCatalogIndex('/team', '/team/index.json', fs), {
      rejected: 'the files of /team changed since /team/index.json was built',
    });
    const bundled = loadBundledCatalogs('/team', fs, '/team/index.json');
    assert.equal(bundled.from, 'parse');
    assert.equal(bundled.indexRejected, 'the files of /team changed since /team/index.json was built');
    assert.deepEqual(bundled.catalogs[0]?.entries.map((entry) => entry.code), [412]);
  });

  it('is rejected when a file is added to the folder', () => {
    const { fs, files } = indexedFolder();
    files['notes.md'] = '# Notes\n';
    assert.deepEqual(readCatalogIndex('/team', '/team/index.json', fs), {
      rejected: 'the files of /team changed since /team/index.json was built',
    });
  });

  it('is rejected when missing or of another format, with the reason', () => {
    const { fs, files } = indexedFolder();
    assert.deepEqual(readCatalogIndex('/team', '/team/none.json', fs), {
      rejected: "cannot read /team/none.json: ENOENT: no such file '/team/none.json'",
    });
    files['index.json'] = JSON.stringify({ ...JSON.parse(files['index.json']!), format: CATALOG_INDEX_FORMAT + 1 });
    assert.deepEqual(readCatalogIndex('/team', '/team/index.json', fs), {
      rejected: `/team/index.json is not a catalog index of format ${CATALOG_INDEX_FORMAT}`,
    });
    files['index.json'] = '{ not json';
    const bundled = loadBundledCatalogs('/team', fs, '/team/index.json');
    assert.equal(bundled.from, 'parse');
    assert.match(bundled.indexRejected ?? '', /^cannot read \/team\/index\.json: /);
  });

  it('is not consulted without an index file: the pages are parsed', () => {
    const { fs } = indexedFolder();
    const bundled = loadBundledCatalogs('/team', fs);
    assert.deepStrictEqual(bundled, { ...loadCatalogFolder('/team', 'bundled', fs), from: 'parse' });
  });
});
