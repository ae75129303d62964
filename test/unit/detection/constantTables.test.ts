/**
 * The packages' constant tables, checked against the members their type declarations define
 * (@nestjs/common 12.5, http-status-codes 2.3, axios 1.21, http-status 2.1): sizes, the spellings that differ
 * from the reason phrases, and members a package does not have.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ConstantTable, defaultExport, namedExport, namespaceObject } from '../../../server/src/detection/constantTables';

function table(module: string, name: string): ConstantTable {
  const found = name === 'default' ? defaultExport(module)?.table : namedExport(module, name)?.table;
  assert.ok(found, `${module} ${name}`);
  return found;
}

describe('constant tables', () => {
  it('have as many members as the packages define, each name once', () => {
    const sizes = [
      table('@nestjs/common', 'HttpStatus'), table('http-status-codes', 'StatusCodes'), table('http-status-codes', 'ReasonPhrases'),
      table('http-status-codes', 'default'), table('axios', 'HttpStatusCode'), table('http-status', 'default'),
    ].map((t) => [t.members.length, t.byName.size]);
    assert.deepEqual(sizes, [[55, 55], [58, 58], [58, 58], [54, 54], [72, 72], [63, 63]]);
  });

  it("spell codes the packages' own way", () => {
    const nest = table('@nestjs/common', 'HttpStatus').byName;
    assert.deepEqual(['I_AM_A_TEAPOT', 'PAYLOAD_TOO_LARGE', 'EARLYHINTS', 'AMBIGUOUS', 'MISDIRECTED', 'UNPROCESSABLE_ENTITY', 'NON_AUTHORITATIVE_INFORMATION'].map((n) => nest.get(n)), [418, 413, 103, 300, 421, 422, 203]);
    assert.deepEqual(['CONTENT_TOO_LARGE', 'IM_A_TEAPOT', 'TOO_EARLY', 'NETWORK_AUTHENTICATION_REQUIRED'].map((n) => nest.get(n)), [undefined, undefined, undefined, undefined]);
    const codes = table('http-status-codes', 'StatusCodes').byName;
    assert.deepEqual(['REQUEST_TOO_LONG', 'MOVED_TEMPORARILY', 'IM_A_TEAPOT', 'METHOD_FAILURE', 'EARLY_HINTS'].map((n) => codes.get(n)), [413, 302, 418, 420, 103]);
    assert.equal(table('http-status-codes', 'default').byName.get('EARLY_HINTS'), undefined);
    const axios = table('axios', 'HttpStatusCode').byName;
    assert.deepEqual(['Ok', 'ImATeapot', 'ContentTooLarge', 'PayloadTooLarge', 'UriTooLong', 'HttpVersionNotSupported', 'ImUsed'].map((n) => axios.get(n)), [200, 418, 413, 413, 414, 505, 226]);
    const status = table('http-status', 'default').byName;
    assert.deepEqual(['SWITCH_PROXY', 'REQUEST_ENTITY_TOO_LARGE', 'FOUND', 'TOO_EARLY'].map((n) => status.get(n)), [306, 413, 302, 425]);
  });

  it('prefer the current name of a code with aliases', () => {
    const axios = table('axios', 'HttpStatusCode').members;
    assert.deepEqual(axios.filter((m) => m.code === 422).map((m) => m.name), ['UnprocessableContent', 'UnprocessableEntity']);
  });

  it('bind modules as they are imported and required', () => {
    assert.equal(namedExport('@nestjs/common', 'Controller'), undefined);
    assert.equal(namedExport('left-pad', 'HttpStatus'), undefined);
    assert.ok(namespaceObject('http-status-codes')?.properties?.['StatusCodes']);
    assert.ok(namespaceObject('node:http')?.properties?.['STATUS_CODES']?.indexedByCode);
    assert.ok(defaultExport('axios')?.properties?.['HttpStatusCode']);
  });
});
