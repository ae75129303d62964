/**
 * Protocol test: the server speaks the user's language. With `statusCatalog.locale: "zh"`, a diagnostic and its
 * quick fix are worded in Chinese, and a code the Chinese page lacks is answered from the English page, marked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const URI = 'file:///work/orders.ts';
const TEXT = "app.get('/x', (req, res) => {\n  res.status(500).end();\n  res.status(418).end();\n});\n";

function ordersFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'status-catalog-zh-'));
  const table = (rows: string[]) => ['| 状态码 | 说明 | 描述 |', '| --- | --- | --- |', ...rows, ''].join('\n');
  writeFileSync(
    join(folder, 'orders.en.md'),
    `# Orders API status codes\n\n${table(['| 401 | Unauthorized | Send `Authorization: Token <jwt>`. |', '| 500 | Internal Server Error | Retry later. |'])}`,
  );
  writeFileSync(join(folder, 'orders.zh.md'), `# 订单 API 状态码\n\n${table(['| 401 | Unauthorized | 请发送 `Authorization: Token <jwt>`。 |'])}`);
  return folder;
}

describe('the server in Chinese', () => {
  it('words a diagnostic and its quick fix in Chinese, and marks English fallback text in the hover', async () => {
    const folder = ordersFolder();
    const client = await LspClient.start({ settings: { catalogs: ['orders'], catalogPaths: [folder], locale: 'zh' } });
    try {
      await client.open(URI, 'typescript', TEXT);
      const diagnostics = await client.waitForDiagnostics(URI, (p) => p.diagnostics.length > 0);
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.message]),
        [[2, '订单 API 状态码 (orders)未记录 418；它是标准状态码 418 (Unused)']],
      );
      const actions = (await client.codeActions(URI, diagnostics[0]!.range, diagnostics)) ?? [];
      assert.ok(actions.length > 0, JSON.stringify(actions));
      assert.ok(actions.every((action) => /^(替换为 |将 |忽略此行|打开 )/.test(action.title)), actions.map((a) => a.title).join(' | '));

      const hover = await client.hover(URI, { line: 1, character: 14 });
      const text = (hover?.contents as MarkupContent).value;
      assert.ok(text.startsWith('**500 Internal Server Error** · 5xx 服务器错误\n\n---\n\n**订单 API 状态码** (orders) （英文）: Internal Server Error\n\nRetry later.'), text);
      assert.ok(!/not documented|Catalogs consulted/.test(text), text);
    } finally {
      await client.stop();
    }
  });
});
