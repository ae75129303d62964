import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messageLocale, messages } from '../../../server/src/service/messages';

describe('message table', () => {
  it('speak Chinese for every zh locale and English for the rest', () => {
    assert.deepEqual(['zh', 'zh-CN', 'zh_TW', 'ZH-cn', 'en', 'en-US', 'de', '', undefined].map(messageLocale), [
      'zh', 'zh', 'zh', 'zh', 'en', 'en', 'en', 'en', 'en',
    ]);
  });

  it('count in the singular for one and the plural otherwise', () => {
    const en = messages('en');
    assert.deepEqual([0, 1, 2].map(en.problemCount), ['0 problems', '1 problem', '2 problems']);
    assert.deepEqual([1, 3].map(en.entryCount), ['1 entry', '3 entries']);
    assert.equal(en.problemSummary(1, 1, 0), '1 problem (1 error, 0 warnings)');
    assert.equal(en.problemSummary(3, 2, 1), '3 problems (2 errors, 1 warning)');
    assert.equal(messages('zh').problemSummary(3, 2, 1), '3 个问题（2 个错误，1 个警告）');
    assert.equal(messages('zh').catalogCount(1), '1 个目录');
  });

  it('word diagnostics and quick fixes in each language', () => {
    const en = messages('en');
    const zh = messages('zh-CN');
    assert.equal(en.undocumentedCode(409, ['Orders (orders)'], 'Conflict'), '409 is not documented by Orders (orders); it is the standard 409 Conflict');
    assert.equal(zh.undocumentedCode(409, ['订单 (orders)', '支付 (pay)'], 'Conflict'), '订单 (orders)、支付 (pay)未记录 409；它是标准状态码 409 Conflict');
    assert.equal(zh.undocumentedCode(409, [], undefined), '当前启用的目录均未记录 409；它是标准状态码 409');
    assert.equal(zh.notStatusRange(4040), '4040 不是 HTTP 状态码（100-599）');
    assert.equal(zh.replaceWithCode(404, 'Not Found'), '替换为 404 Not Found');
    assert.equal(zh.replaceWithCatalog('dds', '文档数据库服务'), '替换为 dds（文档数据库服务）');
    assert.equal(zh.unknownCatalog('dbs', ['dds', 'ddm']), 'status-catalog 指令中的目录“dbs”未知（已知：dds, ddm）');
    assert.deepEqual([0, 1, 12].map((n) => en.usesCount(409, n)), ['409: not used', '409: used 1 time', '409: used 12 times']);
    assert.deepEqual([0, 12].map((n) => zh.usesCount(409, n)), ['409：未使用', '409：使用 12 次']);
  });

  it('mark text shown in another language by that language’s name', () => {
    assert.equal(messages('en').inLanguage(messages('en').languageName('zh')), '(Chinese)');
    assert.equal(messages('zh').inLanguage(messages('zh').languageName('en')), '（英文）');
    assert.equal(messages('en').languageName('fr'), 'fr');
  });
});
