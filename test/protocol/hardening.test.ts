/**
 * Protocol tests for issue 11's rows in the LSP layer: invalid positions, catalog problem ranges, watching
 * that cannot be lost, workspace trust, hostile catalog folders and fabricated code action diagnostics.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, type Hover, type MarkupContent, ResponseError } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const TS_URI = 'file:///work/orders.ts';
const TS_TEXT = "import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => {\n  res.status(409).end();\n  res.status(418).end();\n});\n";
const page = (words: string) => `| Status Code | Message | Description |\n| --- | --- | --- |\n| 409 | Conflict | ${words} |\n`;

function text(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

/** Polls the hover on 409 until it satisfies `accept` (the reload is asynchronous), or fails with the last one. */
async function hoverUntil(client: LspClient, accept: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = text(await client.hover(TS_URI, { line: 3, character: 14 }));
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`hover never matched; last:\n${last}`);
}

async function withClient(options: Parameters<typeof LspClient.start>[0], body: (client: LspClient) => Promise<void>): Promise<void> {
  const client = await LspClient.start(options);
  try {
    await client.open(TS_URI, 'typescript', TS_TEXT);
    await body(client);
    assert.ok(client.alive, 'the server died');
  } finally {
    await client.stop();
  }
}

describe('protocol hygiene', () => {
  it('answers hover, completion and definition at invalid positions with InvalidParams', async () => {
    await withClient({ settings: {} }, async (client) => {
      for (const position of [{}, { line: null, character: 0 }, { line: 1.5, character: 0 }, { line: -1, character: 0 }, { line: 3, character: 2 ** 31 }, null]) {
        for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
          await assert.rejects(
            client.connection.sendRequest(method, { textDocument: { uri: TS_URI }, position }),
            (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams,
            `${method} ${JSON.stringify(position)}`,
          );
        }
      }
      await assert.rejects(
        client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: TS_URI }, range: { start: {}, end: {} }, context: { diagnostics: [] } }),
        (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams,
      );
      // A valid position past the end of a line is clamped as LSP says, and still answered.
      assert.equal(await client.hover(TS_URI, { line: 1000, character: 1000 }), null);
      assert.ok(text(await client.hover(TS_URI, { line: 3, character: 14 })).startsWith('**409 Conflict**'));
    });
  });

  it('judges only its own published diagnostics in code actions, never fabricated ones', async () => {
    // A named catalog, so the server publishes an undocumented-code warning of its own to compare with.
    await withClient({ settings: { catalogs: ['dds'] } }, async (client) => {
      const own = await client.waitForDiagnostics(TS_URI, (p) => p.diagnostics.length > 0);
      const fake = Array.from({ length: 2000 }, (_, i) => ({
        ...own[0]!,
        range: { start: { line: 0, character: i }, end: { line: 0, character: i + 3 } },
      }));
      const started = Date.now();
      assert.deepEqual(await client.codeActions(TS_URI, own[0]!.range, fake), []);
      assert.ok(Date.now() - started < 1000);
      const actions = (await client.codeActions(TS_URI, own[0]!.range, [...fake, own[0]!])) ?? [];
      assert.ok(actions.length > 0);
      // Replacements edit exactly the literal ("Ignore for this line" inserts a comment above it instead).
      for (const action of actions.filter((a) => !a.title.startsWith('Ignore '))) {
        for (const edit of action.edit?.changes?.[TS_URI] ?? []) assert.deepEqual(edit.range, own[0]!.range);
      }
    });
  });

  it('publishes catalog problems with ranges inside the file and inside uinteger', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-ranges-'));
    writeFileSync(join(folder, 'orders.en.md'), `${page('Ours.')}| 4x9 | Broken | Not a code. |`);
    writeFileSync(join(folder, 'deep.json'), `{"entries": ${'['.repeat(7000)}}`);
    await withClient({ settings: { catalogs: ['orders'], catalogPaths: [folder] } }, async (client) => {
      const orders = await client.waitForDiagnostics(pathToFileURL(join(folder, 'orders.en.md')).href);
      assert.deepEqual(orders.map((d) => d.range), [{ start: { line: 3, character: 0 }, end: { line: 3, character: 30 } }]);
      const deep = await client.waitForDiagnostics(pathToFileURL(join(folder, 'deep.json')).href);
      assert.deepEqual(deep.map((d) => [d.range, d.message]), [
        [{ start: { line: 0, character: 0 }, end: { line: 0, character: '{"entries": '.length + 7001 } }, 'JSON nested more than 64 levels deep; catalog not read'],
      ]);
      // The deep catalog costs only itself: the folder's other catalog is used.
      assert.ok(text(await client.hover(TS_URI, { line: 3, character: 14 })).includes('Ours.'));
    });
  });

  it('stays answering with a FIFO, a link to /dev/zero, a dangling link and a loop in the catalog folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-hostile-'));
    writeFileSync(join(folder, 'orders.en.md'), page('Ours.'));
    execFileSync('mkfifo', [join(folder, 'pipe.en.md')]);
    symlinkSync('/dev/zero', join(folder, 'zero.en.md'));
    symlinkSync(join(folder, 'gone.md'), join(folder, 'dangling.en.md'));
    symlinkSync(join(folder, 'b.en.md'), join(folder, 'a.en.md'));
    symlinkSync(join(folder, 'a.en.md'), join(folder, 'b.en.md'));
    writeFileSync(join(folder, 'status-catalog.json.md'), '');
    await withClient({ settings: { catalogs: ['orders'], catalogPaths: [folder] } }, async (client) => {
      assert.ok(text(await client.hover(TS_URI, { line: 3, character: 14 })).includes('Ours.'));
      const pipe = await client.waitForDiagnostics(pathToFileURL(join(folder, 'pipe.en.md')).href);
      assert.equal(pipe[0]?.message, 'cannot read file: is not a regular file (a FIFO); not read');
    });
  });
});

describe('catalog folders are watched in ways that cannot be lost', () => {
  it('uses a folder created after start without a reload, and still watches it after delete and recreate', async () => {
    const base = mkdtempSync(join(tmpdir(), 'status-catalog-later-'));
    const folder = join(base, 'not', 'yet');
    await withClient({ settings: { catalogs: ['orders'], catalogPaths: [folder] } }, async (client) => {
      assert.ok(!text(await client.hover(TS_URI, { line: 3, character: 14 })).includes('Created later.'));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'orders.en.md'), page('Created later.'));
      await hoverUntil(client, (t) => t.includes('Created later.'));
      rmSync(join(base, 'not'), { recursive: true });
      await hoverUntil(client, (t) => !t.includes('Created later.'));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'orders.en.md'), page('Recreated.'));
      await hoverUntil(client, (t) => t.includes('Recreated.'));
      writeFileSync(join(folder, 'orders.en.md'), page('Edited after recreation.'));
      await hoverUntil(client, (t) => t.includes('Edited after recreation.'));
    });
  });

  it('watches manifest sources in subfolders', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-sub-'));
    mkdirSync(join(folder, 'pages'));
    writeFileSync(join(folder, 'status-catalog.json'), JSON.stringify({ catalogs: [{ id: 'orders', source: 'pages/orders.md' }] }));
    writeFileSync(join(folder, 'pages', 'orders.md'), page('In a subfolder.'));
    await withClient({ settings: { catalogs: ['orders'], catalogPaths: [folder] } }, async (client) => {
      await hoverUntil(client, (t) => t.includes('In a subfolder.'));
      writeFileSync(join(folder, 'pages', 'orders.md'), page('Edited in a subfolder.'));
      await hoverUntil(client, (t) => t.includes('Edited in a subfolder.'));
    });
  });

  it('ends a long run of rapid writes with the final content (no lost update)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-rapid-'));
    writeFileSync(join(folder, 'orders.en.md'), page('Version 0.'));
    await withClient({ settings: { catalogs: ['orders'], catalogPaths: [folder] } }, async (client) => {
      await hoverUntil(client, (t) => t.includes('Version 0.'));
      for (let i = 1; i <= 200; i++) {
        writeFileSync(join(folder, 'orders.en.md'), page(`Version ${i}.`));
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await hoverUntil(client, (t) => t.includes('Version 200.'));
      const reloads = client.logs.filter((line) => line.startsWith('loaded ')).length;
      assert.ok(reloads < 40, `${reloads} reloads for 200 writes`);
    });
  });
});

describe('workspace trust', () => {
  function workspace(): { root: string; rootUri: string } {
    const root = mkdtempSync(join(tmpdir(), 'status-catalog-trust-'));
    mkdirSync(join(root, 'team'));
    writeFileSync(join(root, 'team', 'orders.en.md'), page('From the workspace.'));
    return { root, rootUri: pathToFileURL(root).href };
  }

  it('does not read a relative user catalogPaths entry in an untrusted workspace, and reads it once trusted', async () => {
    const { rootUri } = workspace();
    const options = { settings: { catalogs: ['orders'], catalogPaths: ['team'] }, rootUri, initializationOptions: { workspaceTrusted: false } };
    await withClient(options, async (client) => {
      await client.waitForDiagnostics(TS_URI);
      assert.ok(!text(await client.hover(TS_URI, { line: 3, character: 14 })).includes('From the workspace.'));
      assert.ok(client.logs.some((line) => line.includes('"team" is relative to the workspace, which is not trusted')), client.logs.join('\n'));
      await client.connection.sendNotification('statusCatalog/workspaceTrust', { trusted: true });
      await hoverUntil(client, (t) => t.includes('From the workspace.'));
    });
  });

  it('does not read the catalog folders a project config names in an untrusted workspace, and reads them once trusted', async () => {
    const { root, rootUri } = workspace();
    writeFileSync(join(root, 'status-catalog.config.json'), JSON.stringify({ catalogs: ['orders'], catalogPaths: ['team'] }));
    const uri = pathToFileURL(join(root, 'orders.ts')).href;
    const client = await LspClient.start({ settings: {}, rootUri, initializationOptions: { workspaceTrusted: false } });
    try {
      await client.open(uri, 'typescript', TS_TEXT);
      await client.waitForDiagnostics(uri);
      const before = text(await client.hover(uri, { line: 3, character: 14 }));
      assert.ok(before.startsWith('**409 Conflict**'), before);
      assert.ok(!before.includes('From the workspace.'), before);
      assert.ok(client.logs.some((line) => line.includes('catalogs of a project config (') && line.includes('which is not trusted')), client.logs.join('\n'));
      await client.connection.sendNotification('statusCatalog/workspaceTrust', { trusted: true });
      const deadline = Date.now() + 10_000;
      let after = before;
      while (!after.includes('From the workspace.') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = text(await client.hover(uri, { line: 3, character: 14 }));
      }
      assert.ok(after.includes('From the workspace.'), after);
      assert.ok(client.alive, 'the server died');
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads it in a trusted workspace, and for clients that know no trust', async () => {
    const { rootUri } = workspace();
    for (const initializationOptions of [{ workspaceTrusted: true }, undefined]) {
      const options = { settings: { catalogs: ['orders'], catalogPaths: ['team'] }, rootUri, initializationOptions };
      await withClient(options, async (client) => {
        await hoverUntil(client, (t) => t.includes('From the workspace.'));
      });
    }
  });
});
