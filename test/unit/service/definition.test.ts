import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDefinition } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function definitions(text: string, settings: Record<string, unknown> = {}) {
  const cursor = at(text, 'typescript', settings);
  return findDefinition(cursor.analyzed, cursor.position).map((l) => `${l.uri}#${l.range.start.line + 1}`);
}

describe('go to definition', () => {
  it('lands on the row of every active catalog that documents the code', () => {
    assert.deepEqual(definitions('res.status(4|09);'), ['file:///catalogs/dds.en.md#20', 'file:///catalogs/ddm.en.md#14']);
    assert.deepEqual(definitions('res.status(4|09);', { catalogs: ['ddm'] }), ['file:///catalogs/ddm.en.md#14']);
  });

  it('follows the locale', () => {
    assert.deepEqual(definitions('res.status(4|09);', { catalogs: ['dds'], locale: 'zh' }), ['file:///catalogs/dds.zh.md#12']);
  });

  it('falls back to the standard registry for a code no service documents', () => {
    assert.deepEqual(definitions('res.status(4|28);'), ['file:///catalogs/http.json#17']);
  });

  it('finds nothing off a status literal', () => {
    assert.deepEqual(definitions('const width = 4|09;'), []);
  });
});
