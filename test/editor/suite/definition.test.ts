/** Go to Definition from a status literal to the catalog rows that document it. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openFixture, positionOf, until } from './helpers';

/** Definitions as "catalog file:1-based line", sorted, once the server answers. */
async function definitions(document: vscode.TextDocument, position: vscode.Position): Promise<Array<{ uri: vscode.Uri; line: number }>> {
  const found = await until('definitions', async () => {
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      position,
    );
    return result && result.length > 0 ? result : undefined;
  });
  return found
    .map((location) => ('uri' in location
      ? { uri: location.uri, line: location.range.start.line + 1 }
      : { uri: location.targetUri, line: location.targetRange.start.line + 1 }))
    .sort((a, b) => a.uri.path.localeCompare(b.uri.path));
}

suite('go to definition', () => {
  suiteSetup(activateExtension);

  test('TypeScript: 409 goes to its row in the DDS catalog page', async () => {
    const document = await openFixture('orders.ts');
    const found = await definitions(document, positionOf(document, '409', 1));
    assert.deepEqual(found.map(({ uri, line }) => `${path.basename(uri.fsPath)}:${line}`), ['dds-status-codes.en.md:78']);
    // The target is the bundled page, and the line is the table row of 409.
    const page = await vscode.workspace.openTextDocument(found[0]!.uri);
    assert.match(page.lineAt(found[0]!.line - 1).text, /<tr .*>409</);
  });

  test('JSON: 503 goes to the row of every catalog that documents it', async () => {
    const document = await openFixture('retry-policy.json');
    const found = await definitions(document, positionOf(document, '503'));
    assert.deepEqual(found.map(({ uri, line }) => `${path.basename(uri.fsPath)}:${line}`), [
      'bms-status-codes.en.md:104',
      'css-status-codes.en.md:300',
      'ddm-status-codes.en.rst:59',
      'dds-status-codes.en.md:120',
    ]);
    for (const { uri, line } of found) {
      const page = await vscode.workspace.openTextDocument(uri);
      assert.match(page.lineAt(line - 1).text, /503/, `${path.basename(uri.fsPath)}:${line}`);
    }
  });
});
