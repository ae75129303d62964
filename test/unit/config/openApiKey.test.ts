/**
 * The config's `openapi` key: its entries resolved against the config's folder, each document loaded as a catalog
 * after the catalog folders, and a document that gives no catalog reported on its entry.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CatalogFileSystem } from '../../../server/src/catalog/catalogFolder';
import { loadRegistry } from '../../../server/src/catalog/loadCatalogs';
import { loadOpenApiDocuments, OpenApiDocumentCache } from '../../../server/src/catalog/openApiDocuments';
import { openApiDocumentProblems, parseConfig } from '../../../server/src/config';
import { CatalogWatcher } from '../../../server/src/lsp/catalogWatcher';

const SPEC_YAML = `openapi: 3.0.3
info:
  title: Orders API
paths:
  /orders/{id}:
    post:
      responses:
        '201':
          description: Created
        '409':
          description: An order with this id exists already
`;

/** Files by absolute path; folders are never listed (documents are read by name). */
function memoryFs(files: Record<string, string>): CatalogFileSystem {
  return {
    readDirectory(folder) {
      throw new Error(`ENOENT: no such directory '${folder}'`);
    },
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  };
}

const CONFIG = '/repo/status-catalog.config.json';

describe('config key openapi', () => {
  it('resolves each entry against the config folder and keeps where it is written', () => {
    const text = '{ "openapi": ["api/openapi.yaml", "/abs/spec.json", 3, ""] }';
    const config = parseConfig(text, CONFIG);
    assert.deepEqual(
      config.openapi.map(({ path, offset, length }) => [path, text.slice(offset, offset + length)]),
      [['/repo/api/openapi.yaml', '"api/openapi.yaml"'], ['/abs/spec.json', '"/abs/spec.json"']],
    );
    assert.deepEqual(config.problems.map((p) => p.message), ['each item of "openapi" must be a non-empty string', 'each item of "openapi" must be a non-empty string']);
  });

  it('is a top-level key only: an override naming documents is told so', () => {
    const config = parseConfig('{ "overrides": [{ "files": ["src/**"], "openapi": ["a.yaml"] }] }', CONFIG);
    assert.deepEqual(config.problems.map((p) => p.message), [
      'unknown key "openapi" (known: catalogs, catalogPaths, locale, propertyNames, callNames, severity, files)',
    ]);
  });

  it('loads each document as a catalog after the folders, with its operations', () => {
    const fs = memoryFs({ '/repo/api/openapi.yaml': SPEC_YAML });
    const loaded = loadRegistry(undefined, [], fs, loadOpenApiDocuments(['/repo/api/openapi.yaml'], fs));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.documentFailures, []);
    const [catalog] = loaded.registry.all();
    assert.deepEqual(
      { id: catalog?.info.id, title: catalog?.info.title, format: catalog?.info.format, origin: catalog?.info.origin },
      { id: 'openapi', title: 'Orders API', format: 'openapi', origin: 'user' },
    );
    assert.deepEqual(catalog?.entries.map((e) => [e.code, e.message, e.description, e.line]), [
      [201, 'Created', 'POST /orders/{id}', 8],
      [409, 'An order with this id exists already', 'POST /orders/{id}', 10],
    ]);
    assert.deepEqual(catalog?.operations?.map((o) => `${o.method} ${o.path}`), ['POST /orders/{id}']);
  });

  it('reports a document that is missing, not OpenAPI or not JSON/YAML on its entry in the config', () => {
    const text = '{\n  "openapi": ["api/missing.yaml", "docs/codes.json", "api/openapi.md", "api/openapi.yaml"]\n}';
    const config = parseConfig(text, CONFIG);
    const fs = memoryFs({
      '/repo/docs/codes.json': JSON.stringify({ entries: [{ code: 409, message: 'Conflict' }] }),
      '/repo/api/openapi.md': '| code | message |',
      '/repo/api/openapi.yaml': SPEC_YAML,
    });
    const loaded = loadRegistry(undefined, [], fs, loadOpenApiDocuments(config.openapi.map((d) => d.path), fs));
    const problems = openApiDocumentProblems(config, loaded.documentFailures);
    assert.deepEqual(
      problems.map((p) => [text.slice(p.offset, p.offset + p.length), p.severity, p.message]),
      [
        ['"api/missing.yaml"', 'error', 'the OpenAPI document api/missing.yaml does not exist'],
        ['"docs/codes.json"', 'error', 'the OpenAPI document docs/codes.json is not an OpenAPI document (no `openapi` or `swagger` version with `paths`)'],
        ['"api/openapi.md"', 'error', 'the OpenAPI document api/openapi.md is not an OpenAPI document: expected a .json, .yaml or .yml file'],
      ],
    );
    assert.deepEqual(loaded.registry.all().map((c) => c.info.source), ['/repo/api/openapi.yaml']);
  });

  it('tells a YAML file that is not OpenAPI, and a read that fails for another reason than a missing file, in their own words', () => {
    const text = '{ "openapi": ["api/values.yaml", "api/locked.yaml", "node.yaml"] }';
    const config = parseConfig(text, CONFIG);
    const files = memoryFs({ '/repo/api/values.yaml': 'replicas: 3\n' });
    const fs: CatalogFileSystem = {
      ...files,
      readFile(path) {
        if (path === '/repo/api/locked.yaml') throw new Error("EACCES: permission denied, open '/repo/api/locked.yaml'");
        if (path === '/repo/node.yaml') throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return files.readFile(path);
      },
    };
    const loaded = loadRegistry(undefined, [], fs, loadOpenApiDocuments(config.openapi.map((d) => d.path), fs));
    assert.deepEqual(openApiDocumentProblems(config, loaded.documentFailures).map((p) => p.message), [
      'the OpenAPI document api/values.yaml is not an OpenAPI document (no `openapi` or `swagger` version with `paths`)',
      "the OpenAPI document api/locked.yaml cannot be loaded: EACCES: permission denied, open '/repo/api/locked.yaml'",
      'the OpenAPI document node.yaml does not exist',
    ]);
  });

  it('reports the syntax errors of a document that loads on the document, by line', () => {
    const broken = SPEC_YAML.replace("        '409':\n", "        '409': [\n");
    const json = '{ "openapi": "3.0.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK" } } } } }, }\n}';
    const fs = memoryFs({ '/repo/openapi.yaml': broken, '/repo/openapi.json': json });
    const loaded = loadRegistry(undefined, [], fs, loadOpenApiDocuments(['/repo/openapi.yaml', '/repo/openapi.json'], fs));
    assert.deepEqual(loaded.problems.map((p) => [p.file, p.line, p.message]), [
      ['/repo/openapi.yaml', 11, 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]; the responses after it may be missing'],
      ['/repo/openapi.json', 2, 'JSON syntax error: end of file expected; the responses after it may be missing'],
    ]);
    assert.deepEqual(loaded.documentFailures, []);
  });

  it('reads a list of documents once for every registry that holds it, and again once cleared', () => {
    const reads: string[] = [];
    const files = memoryFs({ '/repo/api/openapi.yaml': SPEC_YAML });
    const fs: CatalogFileSystem = { ...files, readFile: (path) => (reads.push(path), files.readFile(path)) };
    const cache = new OpenApiDocumentCache(fs);
    // The top level's registry and an override's with other folders: the same document in both.
    const top = loadRegistry(undefined, [], fs, cache.load(['/repo/api/openapi.yaml']));
    const override = loadRegistry(undefined, [], fs, cache.load(['/repo/api/openapi.yaml']));
    assert.deepEqual(reads, ['/repo/api/openapi.yaml']);
    const entries = (loaded: typeof top) => loaded.registry.all().flatMap((c) => c.entries.map((e) => `${c.info.id} ${e.code} ${e.message}`));
    assert.deepEqual(entries(override), entries(top));
    assert.deepEqual(entries(top), ['openapi 201 Created', 'openapi 409 An order with this id exists already']);
    assert.deepEqual(entries(loadRegistry(undefined, [], fs, loadOpenApiDocuments(['/repo/api/openapi.yaml'], fs))), entries(top));
    cache.clear();
    cache.load(['/repo/api/openapi.yaml']);
    assert.equal(reads.filter((path) => path === '/repo/api/openapi.yaml').length, 3);
  });

  it('is watched by name in its folder, and its folder waited for while it is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'openapi-watch-'));
    const watcher = new CatalogWatcher(() => undefined, { error: () => undefined, warn: () => undefined, info: () => undefined }, { pollMs: 60_000 });
    try {
      mkdirSync(join(root, 'api'));
      watcher.setTargets([], [join(root, 'api', 'openapi.yaml'), join(root, 'spec', 'openapi.json')]);
      assert.deepEqual(watcher.describe(), { [join(root, 'api')]: ['openapi.yaml'], [root]: ['api', 'spec'] });
    } finally {
      watcher.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
