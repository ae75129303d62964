/**
 * Inlay hints in the editor: none until `statusCatalog.inlayHints.enabled` is set, then the catalog's message after
 * each status literal, a click target to the catalog row. (The tooltip comes from inlayHint/resolve, which
 * vscode.executeInlayHintProvider does not call: the protocol test covers it.)
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, hoverWhere, openFixture, positionOf, setSetting, until } from './helpers';

function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

suite('inlay hints', () => {
  suiteSetup(activateExtension);
  suiteTeardown(() => setSetting('inlayHints.enabled', undefined));

  test('the catalog message after res.status(409), linked to the catalog row', async () => {
    const document = await openFixture('orders.ts');
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    await hoverWhere(document, positionOf(document, '409', 1), (text) => text.includes('Catalogs consulted'), 'the server to answer');
    const off = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    assert.deepEqual(off.filter((hint) => labelText(hint) === 'Conflict'), [], 'no hints while the setting is off');

    await setSetting('inlayHints.enabled', true);
    const conflict = await until('a Conflict hint after 409', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range, 10);
      return hints.find((hint) => labelText(hint) === 'Conflict');
    });
    const literal = positionOf(document, '409', 3);
    assert.deepEqual([conflict.position.line, conflict.position.character], [literal.line, literal.character]);
    const [part] = conflict.label as vscode.InlayHintLabelPart[];
    assert.match(part?.location?.uri.path ?? '', /catalogs\/dds-status-codes\.en\.md$/);
    assert.equal(part?.location?.range.start.line, 77);
  });
});
