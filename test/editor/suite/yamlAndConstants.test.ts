/**
 * OpenAPI in YAML and NestJS's named constants in the editor: the hover, the diagnostic, and the quick fix
 * applied (a YAML key keeps its quotes; a constant gets another member of the same enum).
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import {
  activateExtension, catalogLink, codeActions, diagnosticsCount, openFixture, positionOf, rangeOf, sections, statusHover, until, withScratchEdits,
} from './helpers';

/** Our hover where TypeScript's own hover (the enum member's type) is shown beside it: the one naming the catalogs. */
async function catalogHover(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return until('a Status Catalog hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const texts = (hovers ?? []).flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    const ours = texts.filter((text) => text.includes('Catalogs consulted'));
    if (ours.length > 1) throw new Error(`expected one Status Catalog hover, got ${ours.length}`);
    return ours[0];
  });
}

const DDS_409 =
  '**Document Database Service** (dds): Conflict\n\nThe request could not be processed due to a conflict.\n\n';

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic) {
  // "Ignore for this line" is tested with the suppressions.
  const actions = (await codeActions(document, diagnostic.range)).filter((action) => action.kind?.value === 'quickfix' && !action.title.startsWith('Ignore '));
  return actions.map((action) => ({
    title: action.title,
    edits: (action.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((edit) => ({ text: document.getText(edit.range), newText: edit.newText }))),
    action,
  }));
}

suite('OpenAPI YAML and named constants', () => {
  suiteSetup(activateExtension);

  test('YAML: a quoted responses key hovers with the catalog meaning', async () => {
    const document = await openFixture('openapi.yaml');
    assert.equal(document.languageId, 'yaml');
    const hover = await statusHover(document, positionOf(document, "'409'", 2));
    assert.equal(hover, sections('**409 Conflict** · 4xx client error', DDS_409 + catalogLink('dds-status-codes.en.md', 78), 'Catalogs consulted: dds (directive)'));
  });

  test('YAML: an undocumented key is flagged, and the fix keeps its quotes', async () => {
    const document = await openFixture('openapi.yaml');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    assert.equal(diagnostic!.message, '418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)');
    assert.deepEqual(diagnostic!.range, rangeOf(document, "'418'"));
    const fixes = await quickFixes(document, diagnostic!);
    assert.deepEqual(fixes[0] && { title: fixes[0].title, edits: fixes[0].edits }, {
      title: 'Replace with 415 Unsupported Media Type',
      edits: [{ text: "'418'", newText: "'415'" }],
    });
    const line = diagnostic!.range.start.line;
    await withScratchEdits(document, async () => {
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.action.edit!), 'the quick fix edit was not applied');
      assert.equal(document.lineAt(line).text, "        '415':");
      await diagnosticsCount(document.uri, 0);
    });
  });

  test('NestJS: HttpStatus.CONFLICT hovers as 409, naming the constant', async () => {
    const document = await openFixture('instances.controller.ts');
    const hover = await catalogHover(document, positionOf(document, 'HttpStatus.CONFLICT', 12));
    assert.equal(
      hover,
      sections('**409 Conflict (HttpStatus.CONFLICT)** · 4xx client error', DDS_409 + catalogLink('dds-status-codes.en.md', 78), 'Catalogs consulted: dds (directive)'),
    );
  });

  test('NestJS: an undocumented constant is flagged and fixed to a documented member of HttpStatus', async () => {
    const document = await openFixture('instances.controller.ts');
    const [diagnostic] = await diagnosticsCount(document.uri, 1);
    assert.deepEqual(diagnostic!.range, rangeOf(document, 'HttpStatus.I_AM_A_TEAPOT'));
    const fixes = await quickFixes(document, diagnostic!);
    assert.deepEqual(
      fixes.map(({ title, edits }) => ({ title, edits })),
      [
        { title: 'Replace with HttpStatus.UNSUPPORTED_MEDIA_TYPE (415 Unsupported Media Type)', edits: [{ text: 'I_AM_A_TEAPOT', newText: 'UNSUPPORTED_MEDIA_TYPE' }] },
        { title: 'Replace with HttpStatus.PAYLOAD_TOO_LARGE (413 Content Too Large)', edits: [{ text: 'I_AM_A_TEAPOT', newText: 'PAYLOAD_TOO_LARGE' }] },
        { title: 'Replace with HttpStatus.UNPROCESSABLE_ENTITY (422 Unprocessable Content)', edits: [{ text: 'I_AM_A_TEAPOT', newText: 'UNPROCESSABLE_ENTITY' }] },
      ],
    );
    const line = diagnostic!.range.start.line;
    await withScratchEdits(document, async () => {
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.action.edit!), 'the quick fix edit was not applied');
      assert.equal(document.lineAt(line).text, "    throw new HttpException('odd', HttpStatus.UNSUPPORTED_MEDIA_TYPE);");
      await diagnosticsCount(document.uri, 0);
    });
  });
});
