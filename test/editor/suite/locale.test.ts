/**
 * The product in Chinese: with `statusCatalog.locale = "zh"`, a hover shows the Chinese DDS page and the
 * diagnostic and quick fixes on the same file are worded in Chinese too, so the popup that shows both does
 * not mix languages. The setting is made in the user settings and undone afterwards.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { activateExtension, codeActions, hoverWhere, openFixture, ownDiagnostics, positionOf, setSetting, until } from './helpers';

suite('locale', () => {
  suiteSetup(activateExtension);
  suiteTeardown(() => setSetting('locale', undefined));

  test('a zh hover and its diagnostic in Chinese', async () => {
    const document = await openFixture('orders.ts');
    await setSetting('locale', 'zh');
    const hover = await hoverWhere(document, positionOf(document, '418', 1), (text) => text.includes('查阅的目录'), 'the Chinese 418 hover');
    assert.ok(hover.startsWith('**418 \\(Unused\\)** · 4xx 客户端错误\n\n'), hover);
    assert.ok(hover.includes('文档数据库服务 (dds)均未记录此状态码。'), hover);
    assert.ok(!/not documented|Catalogs consulted/.test(hover), hover);

    const diagnostic = await until('the 418 diagnostic in Chinese', () => ownDiagnostics(document.uri).find((d) => d.message.includes('未记录 418')));
    assert.equal(diagnostic.message, '文档数据库服务 (dds)未记录 418；它是标准状态码 418 (Unused)');
    assert.deepEqual(ownDiagnostics(document.uri).filter((d) => /[a-z]{4,} [a-z]{4,}/.test(d.message)).map((d) => d.message), []);

    const titles = (await codeActions(document, diagnostic.range))
      .filter((action) => action.kind?.value === 'quickfix')
      .map((action) => action.title);
    assert.ok(titles.length > 0 && titles.every((title) => /^(替换为 |忽略此行的 )/.test(title)), titles.join(' | '));

    await setSetting('locale', 'en');
    await until('the 418 diagnostic in English again', () => ownDiagnostics(document.uri).find((d) => d.message.startsWith('418 is not documented by')));
  });
});
