import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, projectRegistry } from './fixtures';

const DEFAULTS = { bundledCatalogs: 'whenNamed' };

describe('active catalogs', () => {
  it('are the project catalogs when nothing scopes the file, not the bundled ones', () => {
    assert.deepEqual(at('res.status(404);', 'typescript', DEFAULTS, projectRegistry()).analyzed.scope, { ids: ['orders'], reason: 'project' });
  });

  it('are none when the project has no catalog and has not opted in to the bundled ones', () => {
    assert.deepEqual(at('res.status(404);', 'typescript', DEFAULTS).analyzed.scope, { ids: [], reason: 'none' });
  });

  it('are the bundled catalogs when the project has none and opts in', () => {
    const settings = { bundledCatalogs: 'whenNoProjectCatalog' };
    assert.deepEqual(at('res.status(404);', 'typescript', settings).analyzed.scope, { ids: ['dds', 'ddm'], reason: 'bundled-fallback' });
    // A project catalog wins over the opt-in.
    assert.deepEqual(at('res.status(404);', 'typescript', settings, projectRegistry()).analyzed.scope, { ids: ['orders'], reason: 'project' });
  });

  it('follow a Huawei Cloud SDK import', () => {
    const { scope } = at("import { DdmClient } from '@huaweicloud/huaweicloud-sdk-ddm';\nres.status(404);", 'typescript', DEFAULTS, projectRegistry()).analyzed;
    assert.deepEqual(scope, { ids: ['ddm'], reason: 'sdk-import' });
  });

  it('follow a comment directive, before an SDK import', () => {
    const text = "// status-catalog: dds\nimport { DdmClient } from '@huaweicloud/huaweicloud-sdk-ddm';\nres.status(404);";
    assert.deepEqual(at(text, 'typescript', DEFAULTS).analyzed.scope, { ids: ['dds'], reason: 'directive' });
  });

  it('follow the folder setting before the file, the project catalogs listed first', () => {
    const { scope } = at('// status-catalog: ddm\nres.status(404);', 'typescript', { catalogs: ['dds', 'orders'] }, projectRegistry()).analyzed;
    assert.deepEqual(scope, { ids: ['orders', 'dds'], reason: 'setting' });
  });

  it('ignore ids no catalog has', () => {
    assert.deepEqual(at('res.status(404);', 'typescript', { ...DEFAULTS, catalogs: ['nope'] }, projectRegistry()).analyzed.scope, {
      ids: ['orders'],
      reason: 'project',
    });
  });
});
