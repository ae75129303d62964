/**
 * Diagnostics in the Problems view and the quick fixes in the light bulb: the exact messages, ranges,
 * severities and edits, and that applying a fix changes the document and clears the warning.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeActions,
  diagnosticsCount,
  openFixture,
  ownDiagnostics,
  rangeOf,
  setSetting,
  until,
  withScratchEdits,
} from './helpers';

/** What a user reads about a diagnostic, in one comparable value. */
function describeDiagnostic(diagnostic: vscode.Diagnostic) {
  return {
    message: diagnostic.message,
    severity: vscode.DiagnosticSeverity[diagnostic.severity],
    code: diagnostic.code,
    range: [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
  };
}

/** The quick fixes for a diagnostic as the light bulb lists them: title, preferred, and the edit. */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic) {
  // "Ignore … for this line" (suppressions) is left to its own tests: these are about the replacements.
  const actions = (await codeActions(document, diagnostic.range)).filter(
    (action) => action.kind?.value === 'quickfix' && !action.title.startsWith('Ignore '),
  );
  return actions.map((action) => ({
    title: action.title,
    isPreferred: action.isPreferred === true,
    edits: (action.edit?.entries() ?? []).flatMap(([uri, edits]) =>
      edits.map((edit) => ({ file: uri.path.split('/').pop(), text: document.getText(edit.range), newText: edit.newText }))),
    action,
  }));
}

suite('diagnostics and quick fixes', () => {
  suiteSetup(activateExtension);

  test('TypeScript: 418 is not documented by the directive\'s catalog', async () => {
    const document = await openFixture('orders.ts');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    const range = rangeOf(document, '418');
    assert.deepEqual(describeDiagnostic(diagnostic!), {
      message: '418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)',
      severity: 'Warning',
      code: 'undocumentedCode',
      range: [range.start.line, range.start.character, range.end.line, range.end.character],
    });
  });

  test('TypeScript: quick fixes offer the nearest documented codes; applying one fixes the line', async () => {
    const document = await openFixture('orders.ts');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    const fixes = await quickFixes(document, diagnostic!);
    assert.deepEqual(
      fixes.map(({ title, isPreferred, edits }) => ({ title, isPreferred, edits })),
      [
        { title: 'Replace with 415 Unsupported Media Type', isPreferred: true, edits: [{ file: 'orders.ts', text: '418', newText: '415' }] },
        { title: 'Replace with 413 Request Entity Too Large', isPreferred: false, edits: [{ file: 'orders.ts', text: '418', newText: '413' }] },
        { title: 'Replace with 422 Unprocessable Entity', isPreferred: false, edits: [{ file: 'orders.ts', text: '418', newText: '422' }] },
      ],
    );
    const line = diagnostic!.range.start.line;
    await withScratchEdits(document, async () => {
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.action.edit!), 'the quick fix edit was not applied');
      assert.equal(document.lineAt(line).text, "    res.status(415).json({ error: 'send JSON' });");
      await diagnosticsCount(document.uri, 0);
    });
    assert.equal(document.lineAt(line).text, "    res.status(418).json({ error: 'send JSON' });");
    await diagnosticsCount(document.uri, 1);
  });

  test('JavaScript: a five-digit typo is an error, fixed towards the codes it resembles', async () => {
    const document = await openFixture('instances.js');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    const range = rangeOf(document, '5004');
    assert.deepEqual(describeDiagnostic(diagnostic!), {
      message: '5004 is not an HTTP status code (100-599)',
      severity: 'Error',
      code: 'invalidCode',
      range: [range.start.line, range.start.character, range.end.line, range.end.character],
    });
    const fixes = await quickFixes(document, diagnostic!);
    assert.deepEqual(
      fixes.map(({ title, isPreferred }) => [title, isPreferred]),
      [
        ['Replace with 504 Gateway Timeout', true],
        ['Replace with 500 Internal Server Error', false],
        ['Replace with 503 Service Unavailable', false],
      ],
    );
  });

  test('JSON with comments: an undocumented code, fixed in place', async () => {
    const document = await openFixture('gateway.jsonc');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    assert.equal(
      diagnostic!.message,
      '418 is not documented by Document Database Service (dds), Distributed Database Middleware (ddm), ' +
        'Bare Metal Server (bms), Cloud Search Service (css); it is the standard 418 (Unused)',
    );
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    const fixes = await quickFixes(document, diagnostic!);
    assert.deepEqual(
      fixes.map(({ title }) => title),
      ['Replace with 417 Expectation Failed', 'Replace with 416 Requested range not satisfiable', 'Replace with 415 Unsupported Media Type'],
    );
    const line = diagnostic!.range.start.line;
    await withScratchEdits(document, async () => {
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.action.edit!));
      assert.equal(document.lineAt(line).text, '  "maintenance": { "statusCode": 417 }');
      await diagnosticsCount(document.uri, 0);
    });
  });

  test('TypeScript: 409 with a project catalog is fixed towards what it means, and can be added to the catalog', async () => {
    await setSetting('catalogPaths', ['project-catalogs']);
    try {
      const document = await openFixture('conflicts.ts');
      const diagnostic = await until('the 409 warning from the project catalog', () =>
        ownDiagnostics(document.uri).find((d) => d.message.startsWith('409 is not documented by Orders API (orders)')));
      const fixes = await quickFixes(document, diagnostic);
      assert.deepEqual(
        fixes.map(({ title, isPreferred }) => [title, isPreferred]),
        [
          ['Replace with 412 Precondition Failed', true],
          ['Replace with 422 Unprocessable Entity', false],
          ['Replace with 404 Not Found', false],
          ['Add 409 Conflict to Orders API', false],
        ],
      );
      const add = fixes[3]!.action.edit!;
      const [[pageUri, [edit]]] = add.entries() as [vscode.Uri, vscode.TextEdit[]][];
      assert.equal(pageUri.path.split('/').slice(-2).join('/'), 'project-catalogs/orders.md');
      assert.equal(edit!.range.start.line, 9); // after the 404 row (line 9 of the page)
      assert.equal(edit!.newText, '| 409 | Conflict | The request conflicts with the current state of the target resource. |\n');
    } finally {
      await setSetting('catalogPaths', undefined);
    }
  });
});
