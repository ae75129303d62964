/**
 * Protocol tests of the web build (dist/web/server.js) run as a worker script (see webWorker.ts): the same
 * answers as the Node server with the embedded catalogs, and user catalog folders read and watched through
 * the client, in a workspace whose files are not `file:` ones (github.dev's vscode-vfs).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startWebServer, type WebServer } from './webWorker';

const ROOT = 'vscode-vfs://github/acme/shop';
const EXTENSION_CATALOGS = 'vscode-remote://host/extensions/status-catalog/catalogs';
const TS_URI = `${ROOT}/src/orders.ts`;
const TS_TEXT = "// status-catalog: dds\nimport express from 'express';\nconst app = express();\napp.get('/x', (req, res) => {\n  res.status(409).end();\n  res.status(418).end();\n  res.status(4);\n});\n";
const PAGE = `${ROOT}/docs/catalogs/orders.md`;
const page = (rows: string) => `# Orders API status codes\n\n| Code | Message | Description |\n| --- | --- | --- |\n${rows}`;

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function initialize(server: WebServer): Promise<void> {
  await server.connection.sendRequest('initialize', {
    processId: null,
    rootUri: ROOT,
    workspaceFolders: [{ uri: ROOT, name: 'shop' }],
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
    initializationOptions: { bundledCatalogFolder: EXTENSION_CATALOGS, workspaceTrusted: true },
  });
  await server.connection.sendNotification('initialized', {});
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: TS_URI, languageId: 'typescript', version: 1, text: TS_TEXT } });
}

describe('web build: the server in a worker, bundled catalogs embedded', () => {
  let server: WebServer;
  before(async () => {
    server = startWebServer({});
    await initialize(server);
  });
  after(() => server.stop());

  it('hovers with the embedded catalog, linked to the extension\'s copy of the page', async () => {
    assert.equal(
      markdown(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: TS_URI }, position: { line: 4, character: 14 } })),
      [
        '**409 Conflict** · 4xx client error',
        '**Document Database Service** (dds): Conflict\n\nThe request could not be processed due to a conflict.\n\n' +
          `[dds-status-codes.en.md:78](${EXTENSION_CATALOGS}/dds-status-codes.en.md#L78)`,
        'Catalogs consulted: dds (directive)',
      ].join('\n\n---\n\n'),
    );
  });

  it('publishes the diagnostic and completes codes, as the Node server does', async () => {
    const published = await until('diagnostics', () => server.diagnostics.get(TS_URI));
    assert.deepEqual(published.diagnostics.map((d) => [d.range.start.line, d.code, d.message]), [
      [5, 'undocumentedCode', '418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)'],
      [6, 'invalidCode', '4 is not an HTTP status code (100-599)'],
    ]);
    const list = await server.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri: TS_URI }, position: { line: 6, character: 14 } });
    // In the editor's order (by sortText): the codes DDS documents, common ones first.
    const ordered = [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(ordered.map((item) => item.label), ['400', '401', '403', '404', '409', '422', '405', '413', '415']);
    assert.equal(list?.items.find((item) => item.label === '409')?.detail, 'Conflict');
  });

  it('reads nothing through the client when no catalog folder is set, and the bundled catalogs from their embedded index', () => {
    assert.deepEqual(server.fileRequests, []);
    // The index matched the embedded pages (its SHA-256 fingerprint, computed by the build with Node's crypto and
    // here with the web shim's): no page was parsed, and no index was rejected.
    assert.match(server.logs.join('\n'), /loaded 6 catalogs: bundled from their index in [\d.]+ ms \(0 problems\)/);
    assert.doesNotMatch(server.logs.join('\n'), /not read from their index/);
  });
});

describe('web build: catalog folders through the client', () => {
  let server: WebServer;
  /** What the client's file system serves; a test changes a page here, as a user's edit changes it there. */
  const files: Record<string, string> = {
    [`${ROOT}/docs/catalogs/status-catalog.json`]: JSON.stringify({ catalogs: [{ source: 'orders.md', id: 'orders', title: 'Orders API' }] }),
    [PAGE]: page('| 404 | Not Found | No such order. |\n'),
  };
  const messages = () => (server.diagnostics.get(TS_URI)?.diagnostics ?? []).map((d) => d.message.toString().split(';')[0]);
  before(async () => {
    server = startWebServer(files, { catalogs: ['orders'], catalogPaths: ['docs/catalogs'] });
    await initialize(server);
  });
  after(() => server.stop());

  it('resolves catalogPaths against the workspace folder URI and reads the folder through the client', async () => {
    await until('the 409 warning from the project catalog', () => (messages()[0]?.startsWith('409 ') ? true : undefined));
    assert.deepEqual(messages(), [
      '409 is not documented by Orders API (orders)',
      '418 is not documented by Orders API (orders)',
      '4 is not an HTTP status code (100-599)',
    ]);
    assert.deepEqual(server.fileRequests, [
      `readDirectory ${ROOT}/docs/catalogs`,
      `readFile ${ROOT}/docs/catalogs/status-catalog.json`,
      `readFile ${PAGE}`,
    ]);
  });

  it('offers to add the code to the page, edited at its URI', async () => {
    const diagnostic = server.diagnostics.get(TS_URI)!.diagnostics.find((d) => d.message.toString().startsWith('409 '))!;
    const actions = await server.connection.sendRequest<Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri: TS_URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
    );
    const add = actions.find((action) => action.title === 'Add 409 Conflict to Orders API');
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(Object.keys(add.edit!.changes), [PAGE]);
    assert.equal(add.edit!.changes[PAGE]![0]!.newText, '| 409 | Conflict | The request conflicts with the current state of the target resource. |\n');
  });

  it('asks the client to watch the folder, and reads it again when the client reports a change', async () => {
    assert.deepEqual(server.watchers.filter((w) => typeof (w as { globPattern: unknown }).globPattern === 'object'), [
      { globPattern: { baseUri: `${ROOT}/docs/catalogs`, pattern: '**/*' } },
    ]);
    files[PAGE] = page('| 404 | Not Found | No such order. |\n| 409 | Conflict | An order with this id exists already. |\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: PAGE, type: 2 }] });
    await until('the 409 warning gone', () => (messages()[0]?.startsWith('418 ') ? true : undefined));
    const hover = markdown(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: TS_URI }, position: { line: 4, character: 14 } }));
    assert.equal(hover.split('\n\n---\n\n')[1], `**Orders API** (orders): Conflict\n\nAn order with this id exists already.\n\n[orders.md:6](${PAGE}#L6)`);
  });
});
