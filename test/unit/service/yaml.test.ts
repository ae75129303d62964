import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doComplete, doHover, doValidate } from '../../../server/src/service/languageService';
import { at } from './fixtures';

const SPEC = "# status-catalog: dds\npaths:\n  /things:\n    post:\n      responses:\n";

function fixEdits(text: string) {
  const { analyzed } = at(text, 'yaml');
  return doCodeActions(analyzed, doValidate(analyzed)).map((action) => Object.values(action.edit?.changes ?? {})[0]?.[0]?.newText);
}

describe('YAML in the service', () => {
  it('hovers a responses key with the catalog meaning', () => {
    const cursor = at(`${SPEC}        '4|09':\n          description: taken\n`, 'yaml');
    const hover = doHover(cursor.analyzed, cursor.position);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.ok(hover.contents.value.startsWith('**409 Conflict** · 4xx client error\n\n---\n\n**Document Database Service** (dds): Conflict'), hover.contents.value);
    assert.deepEqual(hover.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 13 } });
  });

  it("flags an undocumented key and fixes it keeping the key's quoting", () => {
    const { analyzed } = at(`${SPEC}        '418':\n          description: x\n`, 'yaml');
    assert.deepEqual(doValidate(analyzed).map((d) => [d.code, d.range.start.character, d.range.end.character]), [['undocumentedCode', 8, 13]]);
    assert.deepEqual(fixEdits(`${SPEC}        '418':\n          description: x\n`), ["'409'", "'404'", "'400'"]);
    assert.deepEqual(fixEdits(`${SPEC}        "418":\n          description: x\n`), ['"409"', '"404"', '"400"']);
    assert.deepEqual(fixEdits(`${SPEC}        418:\n          description: x\n`), ['409', '404', '400']);
  });

  it('completes a responses key quoted like its siblings, success codes first for a POST', () => {
    const cursor = at(`${SPEC}        "400":\n          description: bad\n        |`, 'yaml');
    const items = doComplete(cursor.analyzed, cursor.position)?.items ?? [];
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.slice(0, 3).map((item) => item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : ''), ['"201"', '"200"', '"202"']);
  });
});
