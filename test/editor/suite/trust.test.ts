/**
 * Workspace trust, both ways, in a run of its own (run-vscode-tests.mjs starts code-server with trust enabled,
 * no startup prompt, so the fixture folder opens in Restricted Mode, and `statusCatalog.catalogPaths` =
 * ["project-catalogs"] in the user settings). A relative user path is the workspace's: until trust the server
 * must not read it, and once VS Code grants trust (the runner presses "Trust" in VS Code's own Workspace Trust
 * editor, which fires onDidGrantWorkspaceTrust) it must, without a restart.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { activateExtension, catalogLink, fixtureUri, hoverWhere, openFixture, positionOf, sections } from './helpers';

/** The line the runner waits for in the extension host's console before pressing "Trust". */
const GRANT_TRUST_REQUEST = 'STATUS-CATALOG-TEST: grant workspace trust';

suite('workspace trust', () => {
  suiteSetup(activateExtension);

  test('a relative user catalogPaths entry is not read while the workspace is untrusted, and is read once trusted', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the trust run must open the workspace in Restricted Mode');
    const document = await openFixture('conflicts.ts');
    const position = positionOf(document, '404', 1);
    const untrusted = await hoverWhere(document, position, (text) => text.startsWith('**404 Not Found**'), 'a hover on 404');
    assert.equal(
      untrusted,
      sections(
        '**404 Not Found** · 4xx client error',
        '**Document Database Service** (dds), **Bare Metal Server** (bms): Not Found\n\n' +
          'The server could not find the requested page.\n\n' +
          `${catalogLink('dds-status-codes.en.md', 64)} · ${catalogLink('bms-status-codes.en.md', 59)}`,
        '**Distributed Database Middleware** (ddm): Not Found\n\n' +
          'The request failed because the requested resource could not be found on the server.\n\n' +
          catalogLink('ddm-status-codes.en.rst', 45),
        '**Cloud Search Service** (css): NotFound\n\n' +
          'The requested resource cannot be found.\n\n' +
          'The client should not repeat the request without modifications.\n\n' +
          catalogLink('css-status-codes.en.md', 162),
        'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)',
      ),
    );

    const granted = new Promise<void>((resolve) => vscode.workspace.onDidGrantWorkspaceTrust(() => resolve()));
    await vscode.commands.executeCommand('workbench.trust.manage');
    console.log(GRANT_TRUST_REQUEST);
    await granted;
    assert.equal(vscode.workspace.isTrusted, true);

    const trusted = await hoverWhere(document, position, (text) => text.includes('Orders API'), 'the hover from the project catalog');
    const page = fixtureUri('project-catalogs/orders.md');
    assert.equal(
      trusted,
      sections(
        '**404 Not Found** · 4xx client error',
        `**Orders API** (orders): Not Found\n\nNo such order.\n\n[orders.md:9](${pathToFileURL(page.fsPath).href}#L9)`,
        'Catalogs consulted: orders (project catalog)',
      ),
    );
  });
});
