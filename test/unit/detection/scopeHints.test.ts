import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { directiveIdsIn, sdkServiceOf } from '../../../server/src/detection/scopeHints';

describe('scope hints', () => {
  it('names SDK services from imports, requires, re-exports and dynamic imports; ignores core', () => {
    const text = [
      "import { DdsClient } from '@huaweicloud/huaweicloud-sdk-dds';",
      "import * as core from '@huaweicloud/huaweicloud-sdk-core';",
      "const ecs = require('@huaweicloud/huaweicloud-sdk-ecs');",
      "export * from '@huaweicloud/huaweicloud-sdk-vpc/v3/public-api';",
      "const lazy = await import('@huaweicloud/huaweicloud-sdk-dds');",
      "import x = require('@huaweicloud/huaweicloud-sdk-rds');",
    ].join('\n');
    assert.deepEqual(detectDocument(text, 'typescript').scopeHints, { sdkServices: ['dds', 'ecs', 'vpc', 'rds'], directives: [], directiveIds: [] });
  });

  it('reads line and block comment directives in TS/JS, anywhere in the file', () => {
    const text = "// status-catalog: dds, ddm\nconst a = 1; /* status-catalog: elb */\nfunction f() {\n  // Status-Catalog: rds\n  return 1;\n}\n";
    assert.deepEqual(detectDocument(text, 'javascript').scopeHints.directives, ['dds', 'ddm', 'elb', 'rds']);
  });

  it('reads a directive in JSX children, where a comment has to be an empty JSX expression, as suppressions do', () => {
    const text = 'const a = <div>\n  {/* status-catalog: dds */}\n  {// status-catalog: elb\n  }\n  <Badge status={418} />\n</div>;';
    assert.deepEqual(detectDocument(text, 'typescriptreact').scopeHints.directives, ['dds', 'elb']);
  });

  it('reads directives in JSON with comments', () => {
    const text = '// status-catalog: dds\n{"a": 1 /* status-catalog: ddm, */}';
    assert.deepEqual(detectDocument(text, 'jsonc').scopeHints.directives, ['dds', 'ddm']);
  });

  it('does not read directives inside strings', () => {
    const text = "const s = '// status-catalog: nope';";
    assert.deepEqual(detectDocument(text, 'typescript').scopeHints.directives, []);
  });

  it('parses helpers directly', () => {
    assert.equal(sdkServiceOf('@huaweicloud/huaweicloud-sdk-DDS'), 'dds');
    assert.equal(sdkServiceOf('@huaweicloud/huaweicloud-sdk-core'), undefined);
    assert.equal(sdkServiceOf('huaweicloud-sdk-dds'), undefined);
    assert.deepEqual(directiveIdsIn('/** status-catalog: a b,c */'), ['a', 'b', 'c']);
    assert.deepEqual(directiveIdsIn('// status-catalog:\n// next line'), []);
  });

  it('says where each directive id stands, in TS and in JSON with comments', () => {
    const ts = 'const a = 1;\n// status-catalog: dds, dbs\n';
    assert.deepEqual(detectDocument(ts, 'typescript').scopeHints.directiveIds, [
      { id: 'dds', start: ts.indexOf('dds'), end: ts.indexOf('dds') + 3 },
      { id: 'dbs', start: ts.indexOf('dbs'), end: ts.indexOf('dbs') + 3 },
    ]);
    const json = '/* Status-Catalog: DDM */ { "status": 200 }';
    assert.deepEqual(detectDocument(json, 'jsonc').scopeHints.directiveIds, [{ id: 'ddm', start: 19, end: 22 }]);
  });
});
