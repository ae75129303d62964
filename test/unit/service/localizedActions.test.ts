import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doValidate } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function titles(text: string, locale: string): string[] {
  const { analyzed } = at(text, 'typescript', { locale });
  // "Ignore for this line" (忽略此行的 …) has its own test below.
  return doCodeActions(analyzed, doValidate(analyzed)).map((action) => action.title).filter((title) => !title.startsWith('忽略此行'));
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

describe('the suppression quick fix in Chinese', () => {
  it('is titled in Chinese when the locale is zh', () => {
    const { analyzed } = at('res.status(4040);', 'typescript', { locale: 'zh' });
    assert.ok(doCodeActions(analyzed, doValidate(analyzed)).some((action) => action.title === '忽略此行的 invalidCode'));
  });
});

