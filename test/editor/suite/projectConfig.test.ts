/**
 * A project config file (status-catalog.config.json) decides a file's catalogs, and editing it changes the
 * hover at once, without a restart. The project is written into a subfolder of the workspace copy at run time,
 * so the other suites' files keep the settings they test.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, hoverWhere, positionOf } from './helpers';

const CATALOG = [
  '# Orders API status codes',
  '',
  '| Status Code | Message | Description |',
  '| --- | --- | --- |',
  '| 201 | Created | The order was placed. |',
  '| 409 | Conflict | The order was changed by someone else; read it again. |',
  '',
].join('\n');

const SOURCE = "app.put('/orders/:id', (req, res) => {\n  res.status(409).end();\n});\n";

async function write(name: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(name), new TextEncoder().encode(text));
}

suite('project config file', () => {
  suiteSetup(async () => {
    await activateExtension();
    await write('config-project/catalogs/orders-status-codes.en.md', CATALOG);
    await write('config-project/status-catalog.config.json', JSON.stringify({ catalogs: ['orders'], catalogPaths: ['catalogs'] }, null, 2));
    await write('config-project/src/orders.ts', SOURCE);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri('config-project'), { recursive: true, useTrash: false });
  });

  test('the config file changing a hover without restart', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('config-project/src/orders.ts'));
    await vscode.window.showTextDocument(document);
    const position = positionOf(document, '409', 1);
    const before = await hoverWhere(document, position, (text) => text.includes('read it again'), 'the project catalog in the hover');
    assert.match(before, /Catalogs consulted: .*\borders\b/);
    assert.doesNotMatch(before, /Document Database Service/);

    await write('config-project/status-catalog.config.json', JSON.stringify({ catalogs: ['dds'], catalogPaths: ['catalogs'] }, null, 2));
    const after = await hoverWhere(document, position, (text) => text.includes('Document Database Service'), 'the dds hover after the config edit');
    assert.doesNotMatch(after, /read it again/);
    assert.match(after, /Catalogs consulted: .*\bdds\b/);
  });
});
