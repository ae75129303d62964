import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import type { Catalog } from '../../../server/src/catalog/types';

function catalog(id: string, locale: string, codes: number[], origin: 'bundled' | 'user' = 'bundled', kind: 'service' | 'standard' = 'service'): Catalog {
  return {
    info: { id, title: `${id} ${locale} ${origin}`, locale, kind, source: `/${origin}/${id}.${locale}.md`, format: 'markdown', origin },
    entries: codes.map((code, index) => ({ code, message: `m${code}`, description: '', class: null, line: index + 1 })),
    problems: [],
  };
}

describe('CatalogRegistry', () => {
  it('lets a later catalog of the same id and locale replace an earlier one', () => {
    const registry = new CatalogRegistry([[catalog('dds', 'en', [200, 404])], [catalog('dds', 'en', [409], 'user')]]);
    assert.deepEqual(registry.documentedCodes(['dds'], 'en'), [409]);
    assert.equal(registry.catalogFor('dds', 'en')?.info.origin, 'user');
    assert.equal(registry.all().length, 1);
  });

  it('keeps other locales of a service when one is replaced', () => {
    const registry = new CatalogRegistry([[catalog('dds', 'en', [200]), catalog('dds', 'zh', [404])], [catalog('dds', 'en', [409], 'user')]]);
    assert.equal(registry.catalogFor('dds', 'zh-CN')?.info.locale, 'zh');
    assert.equal(registry.catalogFor('dds', 'en')?.info.origin, 'user');
    assert.deepEqual(registry.documentedCodes(['dds'], 'en'), [404, 409]);
  });

  it('looks each code up per locale: the asked language, then English, then the others', () => {
    const registry = new CatalogRegistry([[catalog('dds', 'zh', [401]), catalog('dds', 'en', [401, 500]), catalog('dds', 'fr', [502])]]);
    const found = (code: number, locale: string) =>
      registry.documenting(code, ['dds'], locale).map((m) => [m.catalog.info.locale, m.fallback]);
    assert.deepEqual(found(401, 'zh-CN'), [['zh', false]]);
    assert.deepEqual(found(500, 'zh'), [['en', true]]);
    assert.deepEqual(found(502, 'zh'), [['fr', true]]);
    assert.deepEqual(found(401, 'en'), [['en', false]]);
    // No page in German: English is the service's page, not a fallback.
    assert.deepEqual(found(500, 'de'), [['en', false]]);
    assert.deepEqual(found(404, 'zh'), []);
    assert.deepEqual(registry.documentedCodes(['dds'], 'zh'), [401, 500, 502]);
  });

  it('falls back to English, then to any locale', () => {
    const registry = new CatalogRegistry([[catalog('dds', 'en', [200]), catalog('ddm', 'zh', [500])]]);
    assert.equal(registry.catalogFor('dds', 'fr')?.info.locale, 'en');
    assert.equal(registry.catalogFor('ddm', 'fr')?.info.locale, 'zh');
    assert.equal(registry.catalogFor('nope', 'en'), undefined);
  });

  it('answers which services document a code, in service order, keeping duplicate rows', () => {
    const dds = catalog('dds', 'en', [200, 409, 409]);
    const registry = new CatalogRegistry([[dds, catalog('ddm', 'en', [409]), catalog('bms', 'en', [200])]]);
    const matches = registry.documenting(409, ['ddm', 'dds', 'bms'], 'en');
    assert.deepEqual(matches.map((m) => [m.catalog.info.id, m.entries.map((e) => e.line)]), [['ddm', [1]], ['dds', [2, 3]]]);
  });

  it('keeps the standard registry apart from the services', () => {
    const registry = new CatalogRegistry([[catalog('http', 'en', [200, 418], 'bundled', 'standard'), catalog('dds', 'en', [200])]]);
    assert.deepEqual(registry.serviceIds(), ['dds']);
    assert.equal(registry.standardEntry(418)?.message, 'm418');
    assert.equal(registry.standardEntry(299), undefined);
  });
});
