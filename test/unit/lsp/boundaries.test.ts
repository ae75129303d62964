/** The LSP layer's boundaries: param validation, the server's own diagnostics, catalog paths under trust, problem ranges. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCodes } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolveCatalogPaths, trustedFromInitOptions } from '../../../server/src/lsp/catalogPaths';
import { catalogProblemDiagnostics } from '../../../server/src/lsp/catalogProblems';
import { MAX_JUDGED, OwnDiagnostics } from '../../../server/src/lsp/ownDiagnostics';
import { invalidParams, positionProblem } from '../../../server/src/lsp/params';

describe('request params', () => {
  it('accept LSP positions and reject anything else with InvalidParams', () => {
    assert.equal(positionProblem({ line: 0, character: 0 }), undefined);
    assert.equal(positionProblem({ line: 2 ** 31 - 1, character: 5 }), undefined);
    for (const bad of [{}, { line: null, character: 0 }, { line: 1.5, character: 0 }, { line: -1, character: 0 }, { line: 2 ** 31, character: 0 }, { line: '1', character: 0 }, null, 3]) {
      assert.ok(positionProblem(bad), JSON.stringify(bad));
      const error = invalidParams({ textDocument: { uri: 'file:///a.ts' }, position: bad }, 'position');
      assert.equal(error?.code, ErrorCodes.InvalidParams);
    }
    assert.equal(invalidParams({ position: { line: 0, character: 0 } }, 'position')?.message, 'textDocument.uri must be a string');
    const range = { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } };
    assert.equal(invalidParams({ textDocument: { uri: 'x' }, range, context: { diagnostics: [] } }, 'range')?.message, 'range.start is after range.end');
    assert.equal(invalidParams({ textDocument: { uri: 'x' }, range: { start: range.end, end: range.start } }, 'range')?.message, 'context.diagnostics must be an array');
  });
});

describe('own diagnostics', () => {
  const own: Diagnostic = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, message: '418 is not documented', code: 'undocumentedCode', data: { rule: 'undocumentedCode', code: 418 } };
  it('judge only what the server published for the current version, as the server published it, bounded', () => {
    const published = new OwnDiagnostics();
    published.set('file:///a.ts', 3, [own]);
    const forged = { ...own, data: { rule: 'undocumentedCode', code: 999 } };
    assert.deepEqual(published.filter('file:///a.ts', 3, [forged]), [own]);
    assert.deepEqual(published.filter('file:///a.ts', 4, [own]), []);
    assert.deepEqual(published.filter('file:///b.ts', 3, [own]), []);
    const moved = { ...own, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } };
    assert.deepEqual(published.filter('file:///a.ts', 3, [moved, 'junk', null]), []);
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...own, range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } } }));
    published.set('file:///c.ts', 1, many);
    assert.equal(published.filter('file:///c.ts', 1, many).length, MAX_JUDGED);
  });
});

describe('catalog paths and trust', () => {
  it('resolve relative paths against the workspace only when it is trusted', () => {
    assert.deepEqual(resolveCatalogPaths(['/abs/team', 'team'], '/work/ws', true), { folders: ['/abs/team', '/work/ws/team'], skippedUntrusted: [] });
    assert.deepEqual(resolveCatalogPaths(['/abs/team', 'team'], '/work/ws', false), { folders: ['/abs/team'], skippedUntrusted: ['team'] });
    assert.equal(trustedFromInitOptions({ workspaceTrusted: false }), false);
    assert.equal(trustedFromInitOptions({ workspaceTrusted: true }), true);
    assert.equal(trustedFromInitOptions(undefined), true);
  });
});

describe('catalog problem diagnostics', () => {
  it('end inside the line, never at Number.MAX_SAFE_INTEGER', () => {
    const byUri = catalogProblemDiagnostics([
      { file: '/team/a.md', line: 4, message: 'bad row', lineLength: 31 },
      { file: '/team/a.md', line: 0, message: 'whole file' },
    ]);
    assert.deepEqual([...byUri.keys()], ['file:///team/a.md']);
    assert.deepEqual(byUri.get('file:///team/a.md')!.map((d) => d.range), [
      { start: { line: 3, character: 0 }, end: { line: 3, character: 31 } },
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ]);
  });
});
