// A vendor's own three-digit statuses above 599 (Qiniu's 608-701) are documented codes where an active
// catalog lists them; the same number without such a catalog is still not a status code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { doValidate } from '../../../server/src/service/languageService';
import { at, serviceCatalog, standardCatalog } from './fixtures';

function diagnose(text: string, catalogs: string[]): Array<[string | number | undefined, string]> {
  const registry = new CatalogRegistry([
    [
      standardCatalog(),
      serviceCatalog('kodo', 'Qiniu Kodo', [[200, null, '操作执行成功。'], [608, null, '资源内容被修改。'], [631, null, '指定空间不存在。']]),
      serviceCatalog('dds', 'Document Database Service', [[200, 'OK']]),
    ],
  ]);
  return doValidate(at(text, 'typescript', { catalogs }, registry).analyzed).map((d) => [d.code, String(d.message)]);
}

describe('vendor statuses above 599', () => {
  it('a code an active catalog documents is not invalid', () => {
    assert.deepEqual(diagnose('res.status(608); res.status(631);', ['kodo']), []);
  });

  it('the same number is invalid where no active catalog documents it', () => {
    assert.deepEqual(diagnose('res.status(608);', ['dds']), [['invalidCode', '608 is not an HTTP status code (100-599)']]);
    assert.deepEqual(diagnose('res.status(609);', ['kodo']), [['invalidCode', '609 is not an HTTP status code (100-599)']]);
  });
});
