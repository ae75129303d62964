import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type CatalogFileSystem, loadCatalogFolder, metadataFromFileName } from '../../../server/src/catalog/catalogFolder';
import { loadRegistry } from '../../../server/src/catalog/loadCatalogs';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';

/** An in-memory folder tree: { '/a': { 'x.md': '…' } }. */
function memoryFs(folders: Record<string, Record<string, string>>): CatalogFileSystem {
  return {
    readDirectory(folder) {
      const files = folders[folder];
      if (!files) throw new Error(`ENOENT: no such directory '${folder}'`);
      return Object.keys(files);
    },
    readFile(path) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      const text = folders[folder]?.[path.slice(folder.length + 1)];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
  };
}

const orders = (code: number, message: string) => JSON.stringify({ title: 'Orders API', entries: [{ code, message }] });

describe('catalog folders', () => {
  it('take id and locale from file names without a manifest', () => {
    assert.deepEqual(metadataFromFileName('/x/dds-status-codes.zh.md'), { id: 'dds', locale: 'zh' });
    assert.deepEqual(metadataFromFileName('orders.rst'), { id: 'orders', locale: 'en' });
    assert.deepEqual(metadataFromFileName('billing.en-US.json'), { id: 'billing', locale: 'en-US' });
    assert.deepEqual(metadataFromFileName('elb_http_status_codes.md'), { id: 'elb', locale: 'en' });
  });

  it('load every catalog file of a folder without a manifest, skipping other files', () => {
    const fs = memoryFs({ '/team': { 'orders.en.json': orders(409, 'Conflict'), 'notes.txt': 'x' } });
    const { catalogs, problems } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.info.title, c.info.locale, c.info.origin, c.entries.length]), [
      ['orders', 'Orders API', 'en', 'user', 1],
    ]);
  });

  it('load exactly what a manifest lists, with its titles', () => {
    const manifest = JSON.stringify({ catalogs: [{ id: 'ord', title: 'Orders', locale: 'zh', source: 'a.json' }] });
    const fs = memoryFs({ '/team': { 'status-catalog.json': manifest, 'a.json': orders(409, 'Conflict'), 'b.json': orders(400, 'x') } });
    const { catalogs } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.info.title, c.info.locale]), [['ord', 'Orders API', 'zh']]);
  });

  it('report unreadable folders, missing files and bad manifests with the file name', () => {
    const fs = memoryFs({ '/team': { 'status-catalog.json': '{"catalogs":[{"source":"gone.md"},{"id":"x"}]}' } });
    const { problems } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(problems, [
      { file: '/team/status-catalog.json', line: 1, message: 'catalogs[1] has no "source" file name' },
      {
        file: '/team/status-catalog.json',
        line: 1,
        message: `cannot read "gone.md": ENOENT: no such file '/team/gone.md'; its codes are looked up in the service's other pages`,
      },
    ]);
    assert.deepEqual(loadCatalogFolder('/nowhere', 'user', fs).problems, [
      { file: '/nowhere', line: 0, message: "cannot read catalog folder: ENOENT: no such directory '/nowhere'" },
    ]);
  });

  it('let a user folder override a bundled catalog of the same id and locale', () => {
    const fs = memoryFs({
      '/bundled': { 'orders.en.json': orders(400, 'Bad Request') },
      '/team': { 'orders.en.json': orders(409, 'Conflict') },
    });
    const { registry } = loadRegistry('/bundled', ['/team'], fs);
    assert.deepEqual(registry.documentedCodes(['orders'], 'en'), [409]);
  });

  it('load the bundled catalogs: five service pages and the standard registry', () => {
    const { registry, problems } = loadRegistry(join(__dirname, '..', '..', '..', 'catalogs'), [], nodeFileSystem);
    assert.deepEqual(problems, []);
    assert.deepEqual(registry.serviceIds(), ['dds', 'ddm', 'bms', 'css']);
    assert.deepEqual(registry.all().map((c) => `${c.info.id}.${c.info.locale}`), ['dds.en', 'dds.zh', 'ddm.en', 'bms.en', 'css.en', 'http.en']);
    assert.equal(registry.titleOf('dds', 'zh'), '文档数据库服务');
    assert.equal(registry.standard?.info.title, 'HTTP status codes (IANA registry)');
  });

  it('leave out a zh page the manifest names but the folder lacks, so the English page answers', () => {
    const manifest = [
      '{ "catalogs": [',
      '  { "id": "orders", "title": "Orders", "locale": "en", "source": "orders.en.md" },',
      '  { "id": "orders", "title": "订单", "locale": "zh", "source": "orders.zh.md" }',
      '] }',
    ].join('\n');
    const page = '| Code | Message | Description |\n|--|--|--|\n| 500 | Internal Server Error | Retry. |\n';
    const fs = memoryFs({ '/team': { 'status-catalog.json': manifest, 'orders.en.md': page } });
    const { catalogs, problems } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.info.locale]), [['orders', 'en']]);
    assert.deepEqual(problems, [
      {
        file: '/team/status-catalog.json',
        line: 3,
        message: `cannot read "orders.zh.md": ENOENT: no such file '/team/orders.zh.md'; its codes are looked up in the service's other pages`,
      },
    ]);
    const { registry } = loadRegistry(undefined, ['/team'], fs);
    assert.deepEqual(registry.documenting(500, ['orders'], 'zh').map((m) => [m.catalog.info.locale, m.fallback]), [['en', false]]);
  });

  it('title a catalog without a manifest by its page heading, unless the heading is generic', () => {
    const table = '\n\n| Code | Message |\n|--|--|\n| 401 | Unauthorized |\n';
    const fs = memoryFs({
      '/team': {
        'conduit.md': `# Conduit API status codes${table}`,
        'billing.md': `---\ntitle: x\n---\nBilling <em>API</em>\n=====${table}`,
        'orders.md': `# Status Codes${table}`,
        'pay.zh.md': `# 状态码<a name="x"></a>${table}`,
        'ship.rst': 'Shipping API Return Codes\n=========================\n\n=== ===\nCode Message\n=== ===\n401 Unauthorized\n=== ===\n',
        'audit.html': '<html><head><title>Audit</title></head><body><h1>Audit &amp; Logs</h1><table><tr><td>401</td><td>Unauthorized</td></tr></table></body></html>',
      },
    });
    const { catalogs } = loadCatalogFolder('/team', 'user', fs);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.info.title]), [
      ['audit', 'Audit & Logs'],
      ['billing', 'Billing API'],
      ['conduit', 'Conduit API status codes'],
      ['orders', 'ORDERS'],
      ['pay', 'PAY'],
      ['ship', 'Shipping API Return Codes'],
    ]);
  });
});
