import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doValidate } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function fixes(text: string, languageId = 'typescript') {
  const { analyzed, document } = at(text, languageId);
  return doCodeActions(analyzed, doValidate(analyzed)).map((action) => ({
    title: action.title,
    preferred: action.isPreferred,
    edits: action.edit?.changes?.[document.uri]?.map((edit) => [edit.range.start.character, edit.range.end.character, edit.newText]),
  }));
}

describe('quick fixes', () => {
  it('offer the nearest documented codes, same class first, the best preferred', () => {
    assert.deepEqual(fixes('res.status(418);'), [
      { title: 'Replace with 415 Unsupported Media Type', preferred: true, edits: [[11, 14, '415']] },
      { title: 'Replace with 413 Content Too Large', preferred: false, edits: [[11, 14, '413']] },
      { title: 'Replace with 409 Conflict', preferred: false, edits: [[11, 14, '409']] },
    ]);
  });

  it('fix a mistyped code to the code it most resembles', () => {
    assert.deepEqual(fixes('res.status(4040);')[0], { title: 'Replace with 404 Not Found', preferred: true, edits: [[11, 15, '404']] });
  });

  it('keep the quotes of a string literal', () => {
    const text = '{ "paths": { "/a": { "get": { "responses": { "418": {} } } } } }';
    const [first] = fixes(text, 'json');
    const start = text.indexOf('"418"');
    assert.deepEqual(first, { title: 'Replace with 415 Unsupported Media Type', preferred: true, edits: [[start, start + 5, '"415"']] });
  });

  it('offer nothing for other diagnostics', () => {
    const { analyzed } = at('res.status(418);');
    const foreign = { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 14 } }, message: 'x', source: 'eslint' };
    assert.deepEqual(doCodeActions(analyzed, [foreign]), []);
  });

  it('offer the known catalog ids nearest to an unknown one', () => {
    assert.deepEqual(fixes('// status-catalog: dbs\nres.status(409);'), [
      { title: 'Replace with dds (Document Database Service)', preferred: true, edits: [[19, 22, 'dds']] },
      { title: 'Replace with ddm (Distributed Database Middleware)', preferred: false, edits: [[19, 22, 'ddm']] },
    ]);
  });
});
