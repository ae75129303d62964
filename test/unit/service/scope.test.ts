import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at } from './fixtures';

describe('active catalogs', () => {
  it('are every service catalog by default', () => {
    assert.deepEqual(at('res.status(404);').analyzed.scope, { ids: ['dds', 'ddm'], reason: 'all' });
  });

  it('follow a Huawei Cloud SDK import', () => {
    const { scope } = at("import { DdmClient } from '@huaweicloud/huaweicloud-sdk-ddm';\nres.status(404);").analyzed;
    assert.deepEqual(scope, { ids: ['ddm'], reason: 'sdk-import' });
  });

  it('follow a comment directive', () => {
    assert.deepEqual(at('// status-catalog: ddm\nres.status(404);').analyzed.scope, { ids: ['ddm'], reason: 'directive' });
  });

  it('follow the folder setting before the file', () => {
    const { scope } = at('// status-catalog: ddm\nres.status(404);', 'typescript', { catalogs: ['dds'] }).analyzed;
    assert.deepEqual(scope, { ids: ['dds'], reason: 'setting' });
  });

  it('ignore ids no catalog has', () => {
    assert.deepEqual(at('res.status(404);', 'typescript', { catalogs: ['nope'] }).analyzed.scope, { ids: ['dds', 'ddm'], reason: 'all' });
  });
});
