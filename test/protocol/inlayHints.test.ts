/**
 * Inlay hints over stdio: off by default, on with the setting, resolved with the hover text and the catalog row,
 * and refreshed by the server when catalogs or settings change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InlayHint, InlayHintLabelPart } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const URI = 'file:///work/orders.ts';
const TEXT = "// status-catalog: dds\nres.status(409).end();\nres.status(428).end();\n";
const RANGE = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };

function hints(client: LspClient): Promise<InlayHint[] | null> {
  return client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: RANGE });
}

describe('inlay hints over stdio', () => {
  let client: LspClient;
  let refreshes = 0;
  before(async () => {
    client = await LspClient.start({ settings: {}, workspaceCapabilities: { inlayHint: { refreshSupport: true } } });
    client.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes++;
      return null;
    });
    await client.open(URI, 'typescript', TEXT);
  });
  after(() => client.stop());

  it('gives none while the setting is off', async () => {
    assert.deepEqual(await hints(client), []);
  });

  it('gives the meanings once enabled, asks the client to refresh, and resolves a hint', async () => {
    const before = refreshes;
    await client.setSettings({ inlayHints: { enabled: true } });
    for (let i = 0; i < 100 && refreshes === before; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(refreshes > before, 'the server asked the client to refresh its hints');
    const list = (await hints(client)) ?? [];
    assert.deepEqual(
      list.map((h) => [h.position, (h.label as InlayHintLabelPart[]).map((p) => p.value).join('')]),
      [
        [{ line: 1, character: 14 }, 'Conflict'],
        [{ line: 2, character: 14 }, 'Precondition Required'],
      ],
    );
    const resolved: InlayHint = await client.connection.sendRequest('inlayHint/resolve', list[0]);
    const [part] = resolved.label as InlayHintLabelPart[];
    assert.ok(typeof part?.tooltip === 'object' && part.tooltip.value.includes('The request could not be processed due to a conflict.'));
    assert.match(part?.location?.uri ?? '', /catalogs\/dds-status-codes\.en\.md$/);
    assert.equal(part?.location?.range.start.line, 77);
  });
});
