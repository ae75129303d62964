/**
 * Protocol tests: the bundled server (dist/server.js) over stdio, driven as an editor drives it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const TS_URI = 'file:///work/orders.ts';
const TS_TEXT = "import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => {\n  res.status(409).end();\n  res.status(418).end();\n});\n";

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    // No project catalog, and the opt-in that then consults every bundled one.
    client = await LspClient.start({ settings: { bundledCatalogs: 'whenNoProjectCatalog' } });
    await client.open(TS_URI, 'typescript', TS_TEXT);
  });
  after(() => client.stop());

  it('shows every bundled service meaning of 409 on hover, identical texts once', async () => {
    const catalogs = pathToFileURL(join(__dirname, '..', '..', 'catalogs')).href;
    const text = markdown(await client.hover(TS_URI, { line: 3, character: 14 }));
    assert.equal(
      text,
      [
        '**409 Conflict** · 4xx client error',
        // DDS and BMS say the same thing: said once, with both catalogs and both rows.
        '**Document Database Service** (dds), **Bare Metal Server** (bms): Conflict\n\nThe request could not be processed due to a conflict.\n\n' +
          `[dds-status-codes.en.md:78](${catalogs}/dds-status-codes.en.md#L78) · [bms-status-codes.en.md:84](${catalogs}/bms-status-codes.en.md#L84)`,
        `**Distributed Database Middleware** (ddm): Conflict\n\nThe request could not be processed due to a conflict with the current resource status.\n\n[ddm-status-codes.en.rst:49](${catalogs}/ddm-status-codes.en.rst#L49)`,
        '**Cloud Search Service** (css): Conflict\n\nThe request could not be processed due to a conflict.\n\n' +
          'This status code indicates that the resource that the client attempts to create already exits, or the request fails to be processed because of the update of the conflict request.\n\n' +
          `[css-status-codes.en.md:200](${catalogs}/css-status-codes.en.md#L200)`,
        'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)',
      ].join('\n\n---\n\n'),
    );
  });

  it('publishes a warning for a code no service documents, and quick fixes for it', async () => {
    const diagnostics = await client.waitForDiagnostics(TS_URI, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start, d.message, d.severity, d.source]),
      [
        [
          { line: 4, character: 13 },
          '418 is not documented by Document Database Service (dds), Distributed Database Middleware (ddm), Bare Metal Server (bms), Cloud Search Service (css); it is the standard 418 (Unused)',
          2,
          'status-catalog',
        ],
      ],
    );
    const all = (await client.codeActions(TS_URI, diagnostics[0]!.range, diagnostics)) ?? [];
    assert.equal(all.at(-1)?.title, 'Ignore undocumentedCode for this line');
    const actions = all.filter((action) => action.title.startsWith('Replace with'));
    assert.ok(actions.length > 0 && actions.length <= 3, JSON.stringify(actions));
    assert.equal(actions[0]?.isPreferred, true);
    assert.match(actions[0]!.title, /^Replace with 41\d /);
    const edit = actions[0]!.edit?.changes?.[TS_URI]?.[0] as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 4, character: 13 }, end: { line: 4, character: 16 } });
  });

  it('completes documented 4xx codes after `res.status(4`', async () => {
    const uri = 'file:///work/typing.ts';
    await client.open(uri, 'typescript', 'res.status(4');
    const list = await client.completion(uri, { line: 0, character: 12 });
    const labels = list?.items.map((item) => item.label) ?? [];
    assert.ok(labels.length > 5 && labels.every((label) => label.startsWith('4')), labels.join(','));
    assert.ok(labels.includes('409') && labels.includes('404'));
  });

  it('goes to the catalog row that documents a code', async () => {
    const locations = await client.definition(TS_URI, { line: 3, character: 14 });
    assert.ok(Array.isArray(locations));
    const dds = locations.find((l) => 'uri' in l && l.uri.endsWith('/catalogs/dds-status-codes.en.md'));
    assert.ok(dds && 'range' in dds, JSON.stringify(locations));
    assert.equal(dds.range.start.line, 77); // line 78 of the page: the 409 row
    assert.equal(locations.length, 4); // dds, ddm, bms and css each document 409
  });

  it('follows incremental edits: a new line above, then 418 changed to 404', async () => {
    const uri = 'file:///work/edit.ts';
    await client.open(uri, 'typescript', 'res.status(418);\n');
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// orders\n' }]);
    await client.change(uri, 3, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } }, text: '404' }]);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(diagnostics, []);
    assert.ok(markdown(await client.hover(uri, { line: 1, character: 12 })).startsWith('**404 Not Found**'));
  });

  it('answers as a fresh server after typing inside strings, in TS and in JSON', async () => {
    const cases = [
      { uri: 'file:///work/typing.ts', languageId: 'typescript', text: 'const message = "hello";\nres.status(409).json({ error: "gone" });\n', at: { line: 0, character: 18 }, hover: { line: 1, character: 12 } },
      { uri: 'file:///work/typing.json', languageId: 'json', text: '[\n  { "name": "req-1",\n    "statusCode": 409 }\n]\n', at: { line: 1, character: 16 }, hover: { line: 2, character: 19 } },
    ];
    for (const { uri, languageId, text, at, hover } of cases) {
      await client.open(uri, languageId, text);
      await client.waitForDiagnostics(uri);
      await client.hover(uri, hover);
      let typed = text;
      const lines = text.split('\n');
      for (let i = 0; i < 5; i++) {
        const position = { line: at.line, character: at.character + i };
        await client.change(uri, i + 2, [{ range: { start: position, end: position }, text: 'x' }]);
        lines[at.line] = lines[at.line]!.slice(0, position.character) + 'x' + lines[at.line]!.slice(position.character);
        typed = lines.join('\n');
        const answer = await client.hover(uri, hover);
        const fresh = `${uri}.fresh${i}`;
        await client.open(fresh, languageId, typed);
        assert.deepEqual(answer, await client.hover(fresh, hover), `${languageId}, keystroke ${i + 1}`);
        assert.ok(markdown(answer).startsWith('**409'));
      }
    }
  });

  it('reads JSON fixtures and OpenAPI documents', async () => {
    const uri = 'file:///work/openapi.json';
    await client.open(uri, 'json', '{\n  "paths": { "/a": { "post": { "responses": { "409": { "description": "exists" } } } } }\n}\n');
    const column = '  "paths": { "/a": { "post": { "responses": { "'.length;
    assert.ok(markdown(await client.hover(uri, { line: 1, character: column })).startsWith('**409 Conflict**'));
  });

  it('answers nothing, and stays up, for documents it does not read', async () => {
    const uri = 'file:///work/notes.md';
    await client.open(uri, 'markdown', 'res.status(409)');
    assert.equal(await client.hover(uri, { line: 0, character: 12 }), null);
    assert.equal(await client.hover('file:///work/never-opened.ts', { line: 0, character: 0 }), null);
  });

  it('survives garbage input', async () => {
    const uri = 'file:///work/garbage.ts';
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('') + 'res.status(404)';
    await client.open(uri, 'typescript', garbage);
    await client.waitForDiagnostics(uri);
    const hover = await client.hover(TS_URI, { line: 3, character: 14 });
    assert.ok(markdown(hover).startsWith('**409'));
  });
});

describe('settings over the protocol', () => {
  it('narrows the catalogs and switches the locale when settings change', async () => {
    const client = await LspClient.start({ settings: { catalogs: ['dds'] } });
    try {
      await client.open(TS_URI, 'typescript', TS_TEXT);
      const english = markdown(await client.hover(TS_URI, { line: 3, character: 14 }));
      assert.ok(english.endsWith('Catalogs consulted: dds (folder setting)'), english);
      assert.ok(!english.includes('(ddm)'));
      await client.setSettings({ catalogs: ['dds'], locale: 'zh' });
      await client.waitForDiagnostics(TS_URI, (p) => p.diagnostics.length > 0);
      const chinese = markdown(await client.hover(TS_URI, { line: 3, character: 14 }));
      assert.ok(chinese.includes('**文档数据库服务** (dds): Conflict'), chinese);
    } finally {
      await client.stop();
    }
  });

  it('publishes no diagnostics made before any catalog loaded, when a settings change overtakes the first load', async () => {
    // A slow client: the settings change arrives while the first load and the document's analysis wait for their
    // settings. The first load then commits nothing; the document must wait for the newer one. Without the wait for
    // a committed load, the analysis (its settings answered as asked, before the change) ran on no catalog.
    const client = await LspClient.start({ settings: { catalogs: ['dds'] }, holdConfiguration: true });
    // The first load's request and the document's analysis's.
    const ASKED_BEFORE_CHANGE = 2;
    try {
      await client.open(TS_URI, 'typescript', TS_TEXT);
      await client.waitForConfigurationRequests(ASKED_BEFORE_CHANGE);
      await client.setSettings({ catalogs: ['dds'] });
      await client.waitForConfigurationRequests(ASKED_BEFORE_CHANGE + 1);
      client.releaseConfiguration();
      const final = await client.waitForDiagnostics(TS_URI, (p) => p.diagnostics.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const published = client.publishes.filter((p) => p.uri === TS_URI).map((p) => p.diagnostics.map((d) => `${d.range.start.line}:${d.code}:${d.message}`));
      assert.deepEqual(final.map((d) => `${d.range.start.line}:${d.code}`), ['4:undocumentedCode']);
      for (const each of published) assert.deepEqual(each, published.at(-1));
    } finally {
      await client.stop();
    }
  });

  it('loads a user catalog folder, overrides the bundled catalog, and reports a malformed row with its line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-user-'));
    const page = ['| Status Code | Message | Description |', '| --- | --- | --- |', '| 409 | Conflict | Our own words for 409. |', '| 4x9 | Broken | Not a code. |', ''].join('\n');
    writeFileSync(join(folder, 'dds-status-codes.en.md'), page);
    const client = await LspClient.start({ settings: { catalogs: ['dds'], catalogPaths: [folder] } });
    try {
      await client.open(TS_URI, 'typescript', TS_TEXT);
      const catalogUri = pathToFileURL(join(folder, 'dds-status-codes.en.md')).href;
      const problems: Diagnostic[] = await client.waitForDiagnostics(catalogUri);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0]!.range.start.line, 3);
      const text = markdown(await client.hover(TS_URI, { line: 3, character: 14 }));
      assert.ok(text.includes('Our own words for 409.'), text);
    } finally {
      await client.stop();
    }
  });

  it('reloads a user catalog when its file changes, without restarting', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-watch-'));
    const page = (words: string) => `| Status Code | Message | Description |\n| --- | --- | --- |\n| 409 | Conflict | ${words} |\n`;
    writeFileSync(join(folder, 'orders.en.md'), page('First words.'));
    const client = await LspClient.start({ settings: { catalogs: ['orders'], catalogPaths: [folder] } });
    try {
      await client.open(TS_URI, 'typescript', TS_TEXT);
      assert.ok(markdown(await client.hover(TS_URI, { line: 3, character: 14 })).includes('First words.'));
      writeFileSync(join(folder, 'orders.en.md'), page('Second words.'));
      const deadline = Date.now() + 10_000;
      let text = '';
      while (!text.includes('Second words.') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100)); // poll until the deadline; the reload is asynchronous
        text = markdown(await client.hover(TS_URI, { line: 3, character: 14 }));
      }
      assert.ok(text.includes('**ORDERS** (orders): Conflict\n\nSecond words.'), text);
    } finally {
      await client.stop();
    }
  });

  it('puts the project catalog first, then the bundled one; alone when nothing scopes the file; and adds a row to it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-order-'));
    const pagePath = join(folder, 'orders.en.md');
    writeFileSync(pagePath, '| Status Code | Message | Description |\n| --- | --- | --- |\n| 404 | Not Found | No such order. |\n');
    const client = await LspClient.start({ settings: { catalogPaths: [folder] } });
    try {
      const catalogs = pathToFileURL(join(__dirname, '..', '..', 'catalogs')).href;
      const page = pathToFileURL(pagePath).href;
      const ordersSection = `**ORDERS** (orders): Not Found\n\nNo such order.\n\n[orders.en.md:3](${page}#L3)`;
      await client.open(TS_URI, 'typescript', "// status-catalog: dds, orders\nres.status(404);\nres.status(409);\n");
      assert.equal(
        markdown(await client.hover(TS_URI, { line: 1, character: 12 })),
        [
          '**404 Not Found** · 4xx client error',
          ordersSection,
          `**Document Database Service** (dds): Not Found\n\nThe server could not find the requested page.\n\n[dds-status-codes.en.md:64](${catalogs}/dds-status-codes.en.md#L64)`,
          'Catalogs consulted: orders, dds (directive)',
        ].join('\n\n---\n\n'),
      );
      const plain = 'file:///work/plain.ts';
      await client.open(plain, 'typescript', 'res.status(404);\nres.status(409);\n');
      assert.equal(
        markdown(await client.hover(plain, { line: 0, character: 12 })),
        ['**404 Not Found** · 4xx client error', ordersSection, 'Catalogs consulted: orders (project catalog)'].join('\n\n---\n\n'),
      );
      const diagnostics = await client.waitForDiagnostics(plain, (p) => p.diagnostics.length > 0);
      assert.deepEqual(diagnostics.map((d) => d.message), ['409 is not documented by ORDERS (orders); it is the standard 409 Conflict']);
      const actions = (await client.codeActions(plain, diagnostics[0]!.range, diagnostics)) ?? [];
      const add = actions.find((action) => action.title === 'Add 409 Conflict to ORDERS');
      assert.deepEqual(add?.edit?.changes?.[page], [
        {
          range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
          newText: '| 409 | Conflict | The request conflicts with the current state of the target resource. |\n',
        },
      ]);
    } finally {
      await client.stop();
    }
  });
});
