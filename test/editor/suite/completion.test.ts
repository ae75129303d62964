/**
 * Completion where a status code is expected, as the suggest widget gets it: labels in widget order
 * (by sortText), details, documentation, and the edit a pick makes.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, completionItems, labelOf, openFixture, positionOf, withScratchEdits } from './helpers';

/** The status items (kind Value) in the order the suggest widget shows them. */
async function statusItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const items = (await completionItems(document, position)).filter((item) => item.kind === vscode.CompletionItemKind.Value);
  return items.sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
}

/** Types `text` on a new line above the line holding `anchor` and returns the position after it. */
async function typeLineAbove(document: vscode.TextDocument, anchor: string, text: string): Promise<vscode.Position> {
  const editor = await vscode.window.showTextDocument(document);
  const at = positionOf(document, anchor);
  assert.ok(await editor.edit((builder) => builder.insert(at, `${text}\n`)));
  return at.translate(0, text.length);
}

suite('completion', () => {
  suiteSetup(activateExtension);

  test('TypeScript: an error branch offers 4xx then 5xx first, each with its reason phrase, above every identifier', async () => {
    const document = await openFixture('orders.ts');
    await withScratchEdits(document, async () => {
      const end = await typeLineAbove(document, '  orders.set(', '  if (!order) return res.status()');
      const cursor = end.translate(0, -1);
      const all = await completionItems(document, cursor);
      const items = await statusItems(document, cursor);
      assert.deepEqual(items.map(labelOf), ['400', '401', '403', '404', '409', '422', '405', '413', '415', '500', '503', '501', '200', '202']);
      assert.deepEqual(
        items.slice(0, 4).map((item) => [labelOf(item), (item.label as vscode.CompletionItemLabel).detail, (item.label as vscode.CompletionItemLabel).description]),
        [
          ['400', ' Bad Request', 'dds'],
          ['401', ' Unauthorized', 'dds'],
          ['403', ' Forbidden', 'dds'],
          ['404', ' Not Found', 'dds'],
        ],
      );
      assert.deepEqual(items.filter((item) => item.preselect).map(labelOf), [], 'no single code is clearly meant');
      // The suggest widget sorts by sortText as plain strings: every status code before TypeScript's identifiers.
      const others = all.filter((item) => item.kind !== vscode.CompletionItemKind.Value);
      assert.ok(others.length > 10, `TypeScript offered ${others.length} items`);
      const lastStatus = items.map((item) => item.sortText!).sort().pop()!;
      for (const other of others) assert.ok(lastStatus < (other.sortText ?? labelOf(other)), `${labelOf(other)} sorts before a status code`);
    });
  });

  test('TypeScript: res.status(4|) offers the 4xx codes DDS documents, common ones first', async () => {
    const document = await openFixture('orders.ts');
    await withScratchEdits(document, async () => {
      // VS Code closes the parenthesis as the user types it: the cursor sits before ")".
      const end = await typeLineAbove(document, '  orders.set(', '  res.status(4)');
      const cursor = end.translate(0, -1);
      const items = await statusItems(document, cursor);
      assert.deepEqual(items.map(labelOf), ['400', '401', '403', '404', '409', '422', '405', '413', '415']);
      const conflict = items.find((item) => labelOf(item) === '409')!;
      assert.equal(conflict.detail, 'Conflict');
      const documentation = conflict.documentation as vscode.MarkdownString;
      assert.ok(documentation.value.startsWith('**409 Conflict** · 4xx client error\n\n---\n\n**Document Database Service** (dds): Conflict'));
      // Picking the item replaces the typed "4" with "409".
      const range = conflict.range as vscode.Range;
      assert.equal(document.getText(range), '4');
      const editor = await vscode.window.showTextDocument(document);
      assert.ok(await editor.edit((builder) => builder.replace(range, conflict.insertText as string)));
      assert.equal(document.lineAt(cursor.line).text, '  res.status(409)');
    });
  });

  test('TypeScript: an empty res.status() offers every code DDS documents, by number', async () => {
    const document = await openFixture('orders.ts');
    await withScratchEdits(document, async () => {
      const end = await typeLineAbove(document, '  orders.set(', '  res.status()');
      const items = await statusItems(document, end.translate(0, -1));
      assert.deepEqual(items.map(labelOf), ['200', '202', '400', '401', '403', '404', '405', '409', '413', '415', '422', '500', '501', '503']);
    });
  });

  test('JSON: a "statusCode" value completes across every service catalog, detailed in the catalogs\' words', async () => {
    const document = await openFixture('retry-policy.json');
    const items = await statusItems(document, positionOf(document, '503', 1));
    assert.deepEqual(
      items.map((item) => `${labelOf(item)} ${item.detail}`),
      ['500 Internal Server Error', '502 Bad Gateway', '503 Service Unavailable', '504 Gateway Timeout', '501 Not Implemented', '505 HTTP Version not supported'],
    );
  });

  test('OpenAPI JSON: a new response key is completed with its quotes', async () => {
    const document = await openFixture('openapi.json');
    await withScratchEdits(document, async () => {
      const end = await typeLineAbove(document, '          "4XX"', '          "');
      const items = await statusItems(document, end);
      const created = items.find((item) => labelOf(item) === '201');
      assert.ok(created, `201 missing from ${items.map(labelOf).join(' ')}`);
      assert.equal(created.detail, 'Created');
      const range = created.range as vscode.Range;
      const editor = await vscode.window.showTextDocument(document);
      assert.ok(await editor.edit((builder) => builder.replace(range, created.insertText as string)));
      assert.equal(document.lineAt(end.line).text, '          "201"');
    });
  });
});
