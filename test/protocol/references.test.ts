/**
 * Every use of a code over stdio: the workspace index finds the literals of files that are not open (node_modules
 * skipped), an open document's unsaved text counts instead of its file, and workspace symbols answer `#409`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

describe('references and workspace symbols over stdio', () => {
  let client: LspClient;
  let root: string;
  const uri = (name: string) => pathToFileURL(join(root, name)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'status-catalog-refs-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(join(root, 'src', 'orders.ts'), 'res.status(409).end();\nres.status(404).end();\n');
    writeFileSync(join(root, 'src', 'users.ts'), 'if (exists) reply.code(409);\n');
    writeFileSync(join(root, 'fixture.json'), '{ "statusCode": 409, "width": 409 }\n');
    writeFileSync(join(root, 'node_modules', 'dep', 'index.js'), 'res.status(409);\n');
    mkdirSync(join(root, 'catalogs'));
    writeFileSync(join(root, 'catalogs', 'orders.md'), '# Orders\n\n| Status code | Message | Description |\n| --- | --- | --- |\n| 404 | Not Found | No such order. |\n| 409 | Conflict | The order exists. |\n');
    client = await LspClient.start({ settings: { catalogPaths: ['catalogs'] }, rootUri: pathToFileURL(root).href });
  });
  after(() => client.stop());

  async function references(target: string, line: number, character: number): Promise<string[]> {
    const result: Location[] | null = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: target }, position: { line, character }, context: { includeDeclaration: true },
    });
    return (result ?? []).map((l) => `${l.uri.slice(pathToFileURL(root).href.length + 1)}:${l.range.start.line}:${l.range.start.character}`).sort();
  }

  it('lists every 409 of the workspace, open or not, but not node_modules nor a width', async () => {
    await client.open(uri('src/orders.ts'), 'typescript', 'res.status(409).end();\nres.status(404).end();\n');
    const expected = ['fixture.json:0:16', 'src/orders.ts:0:11', 'src/users.ts:0:23'];
    let found: string[] = [];
    for (let i = 0; i < 100; i++) {
      found = await references(uri('src/orders.ts'), 0, 12);
      if (found.length >= expected.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(found, expected, client.logs.join('\n'));
  });

  it("counts an open document's unsaved text instead of its file", async () => {
    await client.change(uri('src/orders.ts'), 2, [{ text: '\n\nres.status(409).end(); res.status(409);\n' }]);
    assert.deepEqual(await references(uri('src/orders.ts'), 2, 12), ['fixture.json:0:16', 'src/orders.ts:2:11', 'src/orders.ts:2:34', 'src/users.ts:0:23']);
  });

  it('puts "used N times" above the rows of an open catalog page (404 left the open orders.ts)', async () => {
    await client.open(uri('catalogs/orders.md'), 'markdown', '');
    const lenses: Array<{ range: { start: { line: number } }; command?: { title: string } }> = await client.connection.sendRequest(
      'textDocument/codeLens', { textDocument: { uri: uri('catalogs/orders.md') } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[4, '404: not used'], [5, '409: used 4 times']]);
  });

  it('answers #409 and #Conflict with every use, and leaves other queries alone', async () => {
    const byCode: SymbolInformation[] = await client.connection.sendRequest('workspace/symbol', { query: '#409' });
    assert.deepEqual(byCode.map((s) => s.name), ['409 Conflict', '409 Conflict', '409 Conflict', '409 Conflict']);
    const byName: SymbolInformation[] = await client.connection.sendRequest('workspace/symbol', { query: '#confl' });
    assert.equal(byName.length, 4);
    const none: SymbolInformation[] = await client.connection.sendRequest('workspace/symbol', { query: 'Conflict' });
    assert.deepEqual(none, []);
  });
});

describe('references while the open documents are analysed again', () => {
  let client: LspClient;
  let root: string;
  const uri = (name: string) => pathToFileURL(join(root, name)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'status-catalog-refs-reanalysed-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'orders.ts'), 'res.status(409).end();\n');
    client = await LspClient.start({ settings: {}, rootUri: pathToFileURL(root).href });
  });
  after(() => client.stop());

  it('lists an open document on no disk while a config change has it analysed again', async () => {
    await client.open(uri('src/orders.ts'), 'typescript', 'res.status(409).end();\n');
    // Unsaved, and long enough that analysing it again takes a while (a few hundred ms).
    const filler = Array.from({ length: 30_000 }, (_, i) => `const v${i} = compute(${i});`).join('\n');
    await client.open(uri('src/draft.ts'), 'typescript', `res.status(409).end();\n${filler}\n`);
    await client.waitForDiagnostics(uri('src/draft.ts'), () => true, 30_000);
    // A config file changed: every analysis is dropped, and the index has nothing of the draft to stand in for it.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('status-catalog.config.json'), type: 1 }],
    });
    const logged = client.logs.length;
    for (let i = 0; i < 200 && !client.logs.slice(logged).some((line) => line.includes('a project config file changed')); i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const result: Location[] | null = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('src/orders.ts') }, position: { line: 0, character: 12 }, context: { includeDeclaration: true },
    });
    const found = (result ?? []).map((l) => `${l.uri.slice(pathToFileURL(root).href.length + 1)}:${l.range.start.line}:${l.range.start.character}`).sort();
    assert.deepEqual(found, ['src/draft.ts:0:11', 'src/orders.ts:0:11']);
  });
});

describe('the workspace index leaves out what the project ignores', () => {
  let client: LspClient;
  let root: string;
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  const write = (name: string, text: string) => writeFileSync(join(root, name), text);
  /** Tells the server of files changed on disk, as the editor's file watcher does. */
  const changed = (...names: string[]) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: names.map((name) => ({ uri: uri(name), type: 2 })) });

  async function references(): Promise<string[]> {
    const result: Location[] | null = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('src/orders.ts') }, position: { line: 0, character: 12 }, context: { includeDeclaration: true },
    });
    return (result ?? []).map((l) => `${l.uri.slice(pathToFileURL(root).href.length + 1)}:${l.range.start.line}:${l.range.start.character}`).sort();
  }

  /** The references once they are `expected` (the index builds and follows changes in the background). */
  async function referencesBecome(expected: string[]): Promise<void> {
    let found: string[] = [];
    for (let i = 0; i < 100; i++) {
      found = await references();
      if (JSON.stringify(found) === JSON.stringify(expected)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(found, expected, client.logs.join('\n'));
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'status-catalog-refs-ignored-'));
    for (const folder of ['src', 'build', 'generated', 'vendor']) mkdirSync(join(root, folder));
    write('.gitignore', 'build/\n*.log.json\n');
    write('status-catalog.config.json', '{ "ignore": ["generated/**"] }\n');
    write('src/orders.ts', 'res.status(409).end();\n');
    write('src/events.log.json', '{ "statusCode": 409 }\n');
    write('build/orders.js', 'res.status(409).end();\n');
    write('generated/client.ts', 'res.status(409);\n');
    write('vendor/api.yaml', "responses:\n  '409':\n    description: Conflict\n");
    client = await LspClient.start({ settings: {}, rootUri: pathToFileURL(root).href });
    await client.open(uri('src/orders.ts'), 'typescript', 'res.status(409).end();\n');
  });
  after(() => client.stop());

  it('lists neither a file under a git-ignored folder, nor a git-ignored name, nor a file the config ignores', async () => {
    await referencesBecome(['src/orders.ts:0:11', 'vendor/api.yaml:1:2']);
  });

  it('stays so on file changes: an ignored file written is not indexed, another one is', async () => {
    write('build/more.js', 'res.status(409);\n');
    write('src/users.ts', 'reply.code(409);\n');
    await changed('build/more.js', 'src/users.ts');
    await referencesBecome(['src/orders.ts:0:11', 'src/users.ts:0:11', 'vendor/api.yaml:1:2']);
  });

  it('indexes anew when a .gitignore changes', async () => {
    write('.gitignore', '*.log.json\n');
    await changed('.gitignore');
    await referencesBecome(['build/more.js:0:11', 'build/orders.js:0:11', 'src/orders.ts:0:11', 'src/users.ts:0:11', 'vendor/api.yaml:1:2']);
  });
});
