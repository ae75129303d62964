import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type AsyncCatalogFileSystem, catalogFolderReads, loadCatalogFolder } from '../../../server/src/catalog/catalogFolder';
import { loadBundledCatalogs, loadRegistry } from '../../../server/src/catalog/loadCatalogs';
import { loadRegistryAsync } from '../../../server/src/catalog/loadRegistryAsync';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';
import { readingByTurns, runAsync } from '../../../server/src/catalog/catalogReads';
import type { CatalogRegistry } from '../../../server/src/catalog/registry';

const bundledFolder = join(__dirname, '..', '..', '..', 'catalogs');

/** Files by full name; folders are the names' prefixes. Every answer comes a tick later, as a client's would. */
function asyncMemoryFs(files: Record<string, string>): AsyncCatalogFileSystem & { reads: string[] } {
  const reads: string[] = [];
  const later = <T>(answer: () => T): Promise<T> => new Promise((resolve, reject) => setImmediate(() => {
    try {
      resolve(answer());
    } catch (error) {
      reject(error);
    }
  }));
  return {
    reads,
    readDirectory: (folder) => later(() => {
      reads.push(`dir ${folder}`);
      const prefix = `${folder.replace(/\/+$/, '')}/`;
      const names = Object.keys(files).filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length).split('/')[0]!);
      if (names.length === 0) throw new Error(`no such folder ${folder}`);
      return [...new Set(names)];
    }),
    readFile: (path) => later(() => {
      reads.push(`file ${path}`);
      const text = files[path];
      if (text === undefined) throw new Error('file not found');
      return text;
    }),
  };
}

/** What a registry answers, in its merge order: enough to tell any difference in what was loaded. */
function contents(registry: CatalogRegistry): unknown[] {
  return registry.all().map((catalog) => ({ info: catalog.info, entries: catalog.entries }));
}

function filesOf(folder: string, prefix: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [`${prefix}/${name}`, readFileSync(join(folder, name), 'utf8')]));
}

describe('catalog folders over an asynchronous file system', () => {
  it('give the bundled folder (with its manifest) exactly as node:fs does', async () => {
    const fs = asyncMemoryFs(filesOf(bundledFolder, bundledFolder));
    const viaNode = loadCatalogFolder(bundledFolder, 'bundled', nodeFileSystem);
    const viaAsync = await runAsync(catalogFolderReads(bundledFolder, 'bundled', {}), fs);
    assert.deepEqual(viaAsync, viaNode);
    assert.equal(viaAsync.catalogs.length, 6);
    assert.equal(fs.reads[0], `dir ${bundledFolder}`);
    assert.equal(fs.reads[1], `file ${join(bundledFolder, 'status-catalog.json')}`);
  });

  it('give the same registry and problems as the Node path, failures included', async () => {
    const folder = '/team';
    const files: Record<string, string> = {
      [`${folder}/status-catalog.json`]: JSON.stringify({ catalogs: [{ source: 'orders.json', id: 'orders' }, { source: 'gone.md' }, { source: '../x.md' }] }),
      [`${folder}/orders.json`]: JSON.stringify({ title: 'Orders API', entries: [{ code: 409, message: 'Order exists' }] }),
    };
    const nodeLike = {
      readDirectory: (dir: string) => {
        const names = Object.keys(files).filter((n) => n.startsWith(`${dir}/`)).map((n) => n.slice(dir.length + 1));
        if (names.length === 0) throw new Error(`no such folder ${dir}`);
        return names;
      },
      readFile: (path: string) => {
        const text = files[path];
        if (text === undefined) throw new Error('file not found');
        return text;
      },
    };
    const bundled = loadBundledCatalogs(bundledFolder, nodeFileSystem);
    const viaNode = loadRegistry(bundled, [folder, '/missing'], nodeLike);
    const viaAsync = await loadRegistryAsync(bundled, [folder, '/missing'], asyncMemoryFs(files));
    assert.deepEqual(contents(viaAsync.registry), contents(viaNode.registry));
    assert.deepEqual(viaAsync.problems, viaNode.problems);
    assert.deepEqual(viaAsync.problems.filter((p) => p.file.startsWith('/')).map((p) => [p.file, p.line, p.message]), [
      ['/team/status-catalog.json', 1, 'catalogs[2].source "../x.md" leads outside the catalog folder; not read'],
      ['/team/status-catalog.json', 1, 'cannot read "gone.md": file not found; its codes are looked up in the service\'s other pages'],
      ['/missing', 0, 'cannot read catalog folder: no such folder /missing'],
    ]);
  });

  it('join the sources of a folder named by a URI as URI paths', async () => {
    const folder = 'vscode-vfs://github/acme/shop/docs/catalogs';
    const fs = asyncMemoryFs({ [`${folder}/orders.en.json`]: JSON.stringify({ entries: [{ code: 409, message: 'Order exists' }] }) });
    const { catalogs, problems } = await runAsync(catalogFolderReads(folder, 'user', {}), fs);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.info.source, c.entries.map((e) => [e.code, e.message])]), [
      ['orders', `${folder}/orders.en.json`, [[409, 'Order exists']]],
    ]);
  });
});

describe('readingByTurns (the Node server reloads its catalog folders through it)', () => {
  it('loads what the synchronous loader loads, with a turn of the event loop before each read', async () => {
    let turns = 0;
    let reads = 0;
    const counting = {
      readDirectory: (folder: string) => (reads++, nodeFileSystem.readDirectory(folder)),
      readFile: (path: string, folder?: string) => (reads++, nodeFileSystem.readFile(path, folder)),
    };
    const byTurns = await loadRegistryAsync({ catalogs: [], problems: [] }, [bundledFolder], readingByTurns(counting, async () => {
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }));
    const inOneGo = loadRegistry(undefined, [bundledFolder], nodeFileSystem);
    const entries = (registry: CatalogRegistry) => registry.all().map((catalog) => [catalog.info.id, catalog.info.locale, catalog.entries.length]);
    assert.deepEqual(entries(byTurns.registry), entries(inOneGo.registry));
    assert.deepEqual(byTurns.problems, inOneGo.problems);
    assert.ok(reads > 5, `${reads} reads`);
    assert.equal(turns, reads);
  });
});
