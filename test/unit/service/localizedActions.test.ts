import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doValidate } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function titles(text: string, locale: string): string[] {
  const { analyzed } = at(text, 'typescript', { locale });
  return doCodeActions(analyzed, doValidate(analyzed)).map((action) => action.title);
}

describe('quick fixes in Chinese', () => {
  it('title a catalog id fix in Chinese, with the catalog title in Chinese', () => {
    assert.deepEqual(titles('// status-catalog: dbs\n', 'zh'), ['替换为 dds（文档数据库服务）', '替换为 ddm（Distributed Database Middleware）']);
  });

  it('title code replacements in Chinese', () => {
    const found = titles('res.status(4040);', 'zh-CN');
    assert.ok(found.length > 0);
    assert.ok(found.every((title) => /^替换为 \d{3}/.test(title)), found.join(' | '));
    assert.ok(found.includes('替换为 404 Not Found'), found.join(' | '));
  });
});
