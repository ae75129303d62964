/**
 * Settings change what the editor shows without a reload: `statusCatalog.catalogs` overrides the
 * file's directive, `statusCatalog.locale` switches to the Chinese DDS page. Each change is made in the
 * user settings (the run's private profile) and undone afterwards.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import {
  activateExtension,
  catalogLink,
  diagnosticsCount,
  hoverWhere,
  openFixture,
  positionOf,
  sections,
  setSetting,
  until,
  ownDiagnostics,
} from './helpers';

suite('settings', () => {
  suiteSetup(activateExtension);
  suiteTeardown(async () => {
    await setSetting('catalogs', undefined);
    await setSetting('locale', undefined);
  });

  test('statusCatalog.catalogs = ["bms"] replaces the dds directive in hovers and diagnostics', async () => {
    const document = await openFixture('orders.ts');
    const position = positionOf(document, '409', 1);
    await hoverWhere(document, position, (text) => text.includes('Catalogs consulted: dds'), 'the dds hover');
    await setSetting('catalogs', ['bms']);
    const hover = await hoverWhere(document, position, (text) => text.includes('Catalogs consulted: bms'), 'the bms hover');
    assert.equal(
      hover,
      sections(
        '**409 Conflict** · 4xx client error',
        '**Bare Metal Server** (bms): Conflict\n\n' +
          'The request could not be processed due to a conflict.\n\n' +
          catalogLink('bms-status-codes.en.md', 84),
        'Catalogs consulted: bms (folder setting)',
      ),
    );
    const diagnostic = await until('the 418 warning to name bms', () =>
      ownDiagnostics(document.uri).find((d) => d.message.startsWith('418 is not documented by Bare Metal Server (bms)')));
    assert.equal(diagnostic.message, '418 is not documented by Bare Metal Server (bms); it is the standard 418 (Unused)');

    await setSetting('catalogs', undefined);
    await hoverWhere(document, position, (text) => text.includes('Catalogs consulted: dds'), 'the dds hover again');
    await diagnosticsCount(document.uri, 1);
  });

  test('statusCatalog.locale = "zh" shows the Chinese DDS page', async () => {
    const document = await openFixture('orders.ts');
    const position = positionOf(document, '409', 1);
    await setSetting('locale', 'zh');
    const hover = await hoverWhere(document, position, (text) => text.includes('文档数据库服务'), 'the Chinese hover');
    assert.equal(
      hover,
      sections(
        '**409 Conflict** · 4xx 客户端错误',
        '**文档数据库服务** (dds): Conflict\n\n' +
          '服务器在完成请求时发生冲突。\n\n' +
          '返回该状态码，表明客户端尝试创建的资源已经存在，或者由于冲突请求的更新操作不能被完成。\n\n' +
          catalogLink('dds-status-codes.zh.md', 82),
        '查阅的目录：dds（指令）',
      ),
    );
    await setSetting('locale', 'en');
    const english = await hoverWhere(document, position, (text) => text.includes('Document Database Service'), 'the English hover');
    assert.ok(english.includes('The request could not be processed due to a conflict.'));
  });
});
