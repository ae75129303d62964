import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogLenses, type FileUses } from '../../../server/src/service/languageService';
import { serviceCatalog } from './fixtures';

const use = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 7 } });

describe('catalog page lenses', () => {
  it('count the uses of each row’s code and open them', () => {
    const catalog = serviceCatalog('orders', 'Orders', [[404, 'Not Found'], [409, 'Conflict']]);
    const files: FileUses[] = [
      { uri: 'file:///w/a.ts', uses: [{ code: 409, range: use(1) }, { code: 409, range: use(2) }, { code: '4XX', range: use(3) }] },
      { uri: 'file:///w/b.json', uses: [{ code: 409, range: use(5) }] },
    ];
    const lenses = catalogLenses([catalog], 'file:///catalogs/orders.en.md', files);
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]), [
      [9, '404: not used', ''],
      [11, '409: used 3 times', 'statusCatalog.showUses'],
    ]);
    assert.deepEqual(lenses[1]?.command?.arguments, [
      'file:///catalogs/orders.en.md',
      { line: 11, character: 0 },
      [{ uri: 'file:///w/a.ts', range: use(1) }, { uri: 'file:///w/a.ts', range: use(2) }, { uri: 'file:///w/b.json', range: use(5) }],
    ]);
  });
});
