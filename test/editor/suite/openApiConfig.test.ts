/**
 * The project's OpenAPI document, named by the config's `openapi` key (workspace/shop: status-catalog.config.json,
 * api/openapi.yaml, Express routes in src/), in the editor: the hover of a handler's status starts with its
 * operation's response, the quick fix adds an undeclared response to the YAML spec (applied as the editor applies
 * it, then the spec's text checked and the diagnostic gone), the inlay hint shows the operation's response, and
 * Find All References lists a code's uses in the spec and the handler.
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  activateExtension, codeActions, diagnosticsCount, fixtureUri, hoverWhere, openFixture, positionOf, sections, setSetting, until,
} from './helpers';

const SPEC = 'shop/api/openapi.yaml';
const ROUTES = 'shop/src/orders.routes.ts';

/** A location as `path-in-workspace:line:character` (0-based), for comparing sets of locations. */
function describeLocation(location: vscode.Location): string {
  const folder = vscode.workspace.workspaceFolders![0]!.uri.path;
  return `${location.uri.path.slice(folder.length + 1)}:${location.range.start.line}:${location.range.start.character}`;
}

function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

suite('OpenAPI document named by the project config', () => {
  let originalSpec = '';

  suiteSetup(async () => {
    await activateExtension();
    originalSpec = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(SPEC)));
  });
  suiteTeardown(async () => {
    await setSetting('inlayHints.enabled', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(fixtureUri(SPEC), new TextEncoder().encode(originalSpec));
  });

  test("the hover in a route handler starts with its operation's response in the YAML spec", async () => {
    const document = await openFixture(ROUTES);
    const hover = await hoverWhere(document, positionOf(document, '409', 1, 0), (text) => text.includes('POST /orders/'), 'the operation-aware hover');
    const specLink = `${pathToFileURL(fixtureUri(SPEC).fsPath).href}#L11`;
    assert.equal(hover, sections(
      '**409 Conflict** · 4xx client error\n\nThe request conflicts with the current state of the target resource. (RFC 9110, Section 15.5.10)',
      `**POST /orders/\\{id\\}** → 409: An order with this id exists already\n\n[openapi.yaml:11](${specLink})`,
      'Catalogs consulted: openapi (project catalog)',
    ));
  });

  test('the inlay hint after the 409 is the operation response, linked to it in the spec', async () => {
    const document = await openFixture(ROUTES);
    await setSetting('inlayHints.enabled', true);
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hint = await until('the hint after 409', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      return hints.find((h) => h.position.isEqual(positionOf(document, '409', 3)));
    });
    assert.equal(labelText(hint), 'An order with this id exists already');
    const [part] = hint.label as vscode.InlayHintLabelPart[];
    assert.equal(part?.location ? describeLocation(part.location) : '', `${SPEC}:10:0`);
  });

  test('Find All References on 201 lists its use in the handler and in the spec, nothing else', async () => {
    const document = await openFixture(ROUTES);
    const position = positionOf(document, '201', 1);
    const found = await until('the workspace index to list both uses of 201', async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      const described = locations.map(describeLocation).sort();
      return described.length >= 2 ? described : undefined;
    });
    assert.deepEqual(found, [`${SPEC}:8:8`, `${ROUTES}:10:20`]);
  });

  test('"Add 412 to POST /orders/{id} in openapi.yaml" writes the response into the spec, and the diagnostic goes', async () => {
    const document = await openFixture(ROUTES);
    // Told once, by the handler's rule: not also "412 is not documented by Shop API (openapi)" on the same literal.
    const diagnostics = await diagnosticsCount(document.uri, 1);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [
      ['undeclaredResponse', 'POST /orders/{id} declares no 412 response in openapi.yaml (declared: 201, 409)'],
    ]);
    const undeclared = diagnostics[0]!;
    const actions = await codeActions(document, undeclared.range);
    const titles = actions.map((a) => a.title);
    const add = actions.find((a) => a.title === 'Add 412 to POST /orders/{id} in openapi.yaml');
    assert.ok(add?.edit, titles.join(', '));
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    // The edit lands in the spec's editor buffer; the catalog is read from disk, so the spec is saved as a user would.
    const spec = await vscode.workspace.openTextDocument(fixtureUri(SPEC));
    await spec.save();
    assert.equal(spec.getText(), originalSpec.replace(
      '          description: An order with this id exists already\n',
      "          description: An order with this id exists already\n        '412':\n          description: Precondition Failed\n",
    ));
    await diagnosticsCount(document.uri, 0);
  });
});
