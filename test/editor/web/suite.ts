/**
 * The extensionTestsPath module for the web build, run in the editor's Web Worker extension host (by
 * test/editor/web-build.mjs in code-server; @vscode/test-web would load it the same way). It is bundled for
 * the browser in one file, so it has no mocha (whose runner loads test files from disk) and no Node built-ins:
 * each test is a function, run in order, and `run()` rejects when one failed.
 */
import * as vscode from 'vscode';
import { until as untilWithin } from '../suite/polling';

/** The web host is slower to start its worker: 30 s rather than the desktop suite's 20 s. */
const until = <T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> => untilWithin(what, probe, 30_000);

const EXTENSION_ID = 'status-catalog.status-catalog';

interface StatusCatalogApi {
  whenReady(): Promise<void>;
}

type Test = [name: string, body: () => Promise<void>];

const tests: Test[] = [
  ['the extension runs its browser build in the Web Worker extension host', async () => {
    const extension = await activated();
    equal(extension.packageJSON.browser, './dist/web/client.js');
    // A worker's global scope (WorkerGlobalScope.importScripts), not Node's: the desktop build could not start here.
    equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
  }],
  ['hover: res.status(409) under a "status-catalog: dds" directive, from the embedded catalogs', async () => {
    const document = await openFixture('orders.ts');
    const hover = await until('a hover on 409', async () => {
      const texts = await hoverTexts(document, positionOf(document, '409', 1));
      return texts.length > 0 ? texts : undefined;
    });
    equal(hover.length, 1);
    equal(
      hover[0],
      [
        '**409 Conflict** · 4xx client error',
        '**Document Database Service** (dds): Conflict\n\nThe request could not be processed due to a conflict.\n\n' +
          `[dds-status-codes.en.md:78](${await bundledPage('dds-status-codes.en.md')}#L78)`,
        'Catalogs consulted: dds (directive)',
      ].join('\n\n---\n\n'),
    );
  }],
  ['diagnostic: 418 is not documented by the directive\'s catalog', async () => {
    const document = await openFixture('orders.ts');
    const diagnostics = await until('one status-catalog diagnostic on orders.ts', () => {
      const own = ownDiagnostics(document.uri);
      return own.length === 1 ? own : undefined;
    });
    const start = positionOf(document, '418');
    deepEqual(diagnostics.map((d) => [d.message, d.severity, d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
      ['418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)', vscode.DiagnosticSeverity.Warning, 'undocumentedCode', start.line, start.character, start.character + 3],
    ]);
  }],
  ['completion: res.status(4|) offers the 4xx codes DDS documents, common ones first', async () => {
    // An unsaved copy of orders.ts with the line being typed, so the fixture is never edited.
    const fixture = await openFixture('orders.ts');
    const text = fixture.getText().replace('  orders.set(', '  res.status(4)\n  orders.set(');
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: text });
    const cursor = positionOf(document, 'res.status(4)', 'res.status(4'.length);
    const items = await until('status completions', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
      const codes = (list?.items ?? []).filter((item) => /^\d{3}$/.test(labelOf(item)));
      return codes.length > 0 ? codes : undefined;
    });
    const ordered = [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    deepEqual(ordered.map(labelOf), ['400', '401', '403', '404', '409', '422', '405', '413', '415']);
    equal(items.find((item) => labelOf(item) === '409')?.detail, 'Conflict');
  }],
  ['catalogPaths: a project catalog folder is read through VS Code\'s file system, and its page offered the missing row', async () => {
    await vscode.workspace.getConfiguration('statusCatalog').update('catalogPaths', ['project-catalogs'], vscode.ConfigurationTarget.Global);
    try {
      const document = await openFixture('conflicts.ts');
      const diagnostic = await until('the 409 warning from the project catalog', () =>
        ownDiagnostics(document.uri).find((d) => d.message.startsWith('409 is not documented by Orders API (orders)')));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
      const add = (actions ?? []).find((action) => action.title === 'Add 409 Conflict to Orders API');
      if (!add?.edit) throw new Error(`no "Add 409 Conflict to Orders API" fix among ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
      const [[pageUri, edits]] = add.edit.entries();
      equal(pageUri.toString(), fixtureUri('project-catalogs/orders.md').toString());
      deepEqual(edits.map((edit) => [edit.range.start.line, edit.newText]), [
        [9, '| 409 | Conflict | The request conflicts with the current state of the target resource. |\n'],
      ]);
    } finally {
      await vscode.workspace.getConfiguration('statusCatalog').update('catalogPaths', undefined, vscode.ConfigurationTarget.Global);
    }
  }],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failed++;
      console.log(`  ✖ ${name}\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  // The runner and CI logs look for this line.
  console.log(`web build: ${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} web build tests failed`);
}

async function activated(): Promise<vscode.Extension<StatusCatalogApi>> {
  const extension = vscode.extensions.getExtension<StatusCatalogApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const api = await extension.activate();
  await api.whenReady();
  return extension;
}

/** Where the server says a bundled page is: the extension's own copy (its URI in this host). */
async function bundledPage(file: string): Promise<string> {
  return vscode.Uri.joinPath((await activated()).extensionUri, 'catalogs', file).toString();
}

function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

async function openFixture(name: string): Promise<vscode.TextDocument> {
  await activated();
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position of `needle`'s first character (its `occurrence`-th match, 0-based), plus `offset` characters. */
function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in ${document.uri.toString()}`);
  }
  return document.positionAt(index + offset);
}

async function hoverTexts(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
    .filter((text) => text.trim() !== '');
}

function ownDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'status-catalog')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}


function equal(actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`expected ${JSON.stringify(expected)}\n     got ${JSON.stringify(actual)}`);
}

function deepEqual(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`expected ${JSON.stringify(expected)}\n     got ${JSON.stringify(actual)}`);
}
