/**
 * Every use of a code in the editor: Find All References on `409` lists its uses across the workspace, a file written
 * on disk joins the list through the file watcher, and the workspace symbol search `#409` finds the same uses.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, positionOf, until } from './helpers';

const NEW_FILE = 'uses-409.fixture.json';

/**
 * The project config suite's folder: VS Code may hold its document open after that suite deleted it (the editor
 * closes a document some time after its last tab), and an open document's uses are listed, on disk or not.
 */
const OTHER_SUITE_FOLDER = 'config-project/';

/** A use as a path in the workspace, line and character. */
function describeLocation(location: vscode.Location): string {
  return `${vscode.workspace.asRelativePath(location.uri, false)}:${location.range.start.line}:${location.range.start.character}`;
}

/** Every use the editor lists for the 409 at `position`, but the other suite's. */
async function usesOf409(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
  return locations.map(describeLocation).filter((use) => !use.startsWith(OTHER_SUITE_FOLDER)).sort();
}

suite('references', () => {
  suiteSetup(activateExtension);
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(fixtureUri(NEW_FILE)).then(undefined, () => undefined);
  });

  test('Find All References on 409, then a new file with a 409 joins the list, and #409 finds them', async () => {
    const document = await openFixture('orders.ts');
    const position = positionOf(document, '409', 1);
    // The workspace holds other 409s (the YAML spec, the NestJS controller…): the list must hold this one, and
    // grow by exactly the new file's once it is written.
    const first = await until('the workspace index to list the 409 of orders.ts', async () => {
      const found = await usesOf409(document, position);
      return found.includes('orders.ts:16:15') ? found : undefined;
    });
    assert.ok(first.includes('openapi.yaml:11:8'), first.join(', '));

    await vscode.workspace.fs.writeFile(fixtureUri(NEW_FILE), Buffer.from('{\n  "statusCode": 409\n}\n'));
    const second = await until('the new file to join through the file watcher', async () => {
      const found = await usesOf409(document, position);
      return found.includes(`${NEW_FILE}:1:16`) ? found : undefined;
    });
    assert.deepEqual(second, [...first, `${NEW_FILE}:1:16`].sort());

    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '#409');
    const ours = symbols
      .filter((s) => s.name === '409 Conflict')
      .map((s) => describeLocation(s.location))
      .filter((use) => !use.startsWith(OTHER_SUITE_FOLDER))
      .sort();
    assert.deepEqual(ours, second);
  });
});
