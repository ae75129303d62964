/**
 * Which single edits an analysis is carried through (editImpact.ts), case by case: the property tests
 * (editSequences, incrementalAnalysis) prove carried answers equal fresh ones; these pin what is accepted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisAfterEdit } from '../../../server/src/service/editedAnalysis';
import { analyzeDocument, readSettings } from '../../../server/src/service/languageService';
import { testRegistry } from './fixtures';

/** Whether typing `typed` at the `|` of `marked` (replacing `removed` characters) is carried. */
function carried(marked: string, typed: string, removed = 0, languageId = 'typescript'): boolean {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const uri = languageId === 'json' ? 'file:///a.json' : languageId === 'yaml' ? 'file:///a.yaml' : 'file:///a.ts';
  const analyzed = analyzeDocument(TextDocument.create(uri, languageId, 1, text), readSettings({}), testRegistry());
  const after = text.slice(0, at) + typed + text.slice(at + removed);
  return analysisAfterEdit(analyzed, { start: at, end: at + removed, text: typed }, 2, () => after) !== undefined;
}

describe('edits carried without re-analysing', () => {
  it('reason phrases matter only beside a code key', () => {
    assert.equal(carried('res.status(401).json({ error: "not fo|und", id });', 'x'), true);
    assert.equal(carried('const e = { code: 404, message: "Not Fo|und" };', 'x'), false);
    assert.equal(carried('const t = { 404: "Not Fo|und", 500: "oops" };', 'x'), false);
    assert.equal(carried('[{ "error": "not fo|und" }]', 'x', 0, 'json'), true);
    assert.equal(carried('[{ "code": 404, "message": "Not Fo|und" }]', 'x', 0, 'json'), false);
    assert.equal(carried('[{ "404": "Not Fo|und" }]', 'x', 0, 'json'), false);
  });

  it('YAML: word-like plain values, at their ends too, and quoted ones; never a key, a number, a boolean or structure', () => {
    const spec = (line: string) => `paths:\n  /orders:\n    get:\n      responses:\n        '404':\n          ${line}\n`;
    assert.equal(carried(spec('description: Order lost|'), 'x', 0, 'yaml'), true);
    assert.equal(carried(spec('description: |Order lost'), 'X', 0, 'yaml'), true);
    assert.equal(carried(spec('description: Order lo|st'), '', 1, 'yaml'), true);
    assert.equal(carried(spec("description: 'Order lo|st'"), 'x', 0, 'yaml'), true);
    assert.equal(carried(spec('description: Order lost|  # why'), 'x', 0, 'yaml'), true);
    // What YAML would read as something else, or structure.
    assert.equal(carried(spec('description: Order lost|'), ':', 0, 'yaml'), false);
    assert.equal(carried(spec('description: Order lost|'), ' #', 0, 'yaml'), false);
    assert.equal(carried(spec('description: Order lost|'), ' ', 0, 'yaml'), false);
    assert.equal(carried(spec('description: |lost'), '4', 0, 'yaml'), false);
    assert.equal(carried(spec('description: tr|e'), 'u', 0, 'yaml'), false);
    assert.equal(carried(spec('description: Order lost|'), '\n', 0, 'yaml'), false);
    assert.equal(carried(spec('descrip|tion: Order lost'), 'x', 0, 'yaml'), false);
    assert.equal(carried('items: [Order lost|, b]\n', ',', 0, 'yaml'), false);
    // What a rule may read: a reason phrase, a protocol, a code.
    assert.equal(carried(spec('description: Not Foun|'), 'd', 0, 'yaml'), false);
    assert.equal(carried(spec('description: see ftp|'), 's', 0, 'yaml'), false);
    assert.equal(carried(spec('description: x|'), '404', 0, 'yaml'), false);
    // An anchored or tagged value, and a block scalar, are left to a fresh analysis.
    assert.equal(carried(spec('description: &d Order lost|'), 'x', 0, 'yaml'), false);
    assert.equal(carried(spec('description: !!str Order lost|'), 'x', 0, 'yaml'), false);
    assert.equal(carried(spec('description: >\n            Order lost|'), 'x', 0, 'yaml'), false);
  });

  it('strings that matcher calls read as names are never carried', () => {
    assert.equal(carried("expect(res).toHaveProperty('sta|tus', 101);", 'x'), false);
    assert.equal(carried("cy.request(u).should('have.st|atus', 201);", 'x'), false);
    assert.equal(carried("cy.request(u).its('sta|tus').should('eq', 200);", 'x'), false);
    assert.equal(carried("log('sta|tus', 101);", 'x'), true);
  });

  it('echo-server URLs beside a recorded name are never carried', () => {
    assert.equal(carried("const r = { name: '404', url: 'x/status/40|' };", '4'), false);
  });

  it('blanks between tokens of code, never none and never inside a token or comment', () => {
    assert.equal(carried('res.status( |404);', ' '), true);
    assert.equal(carried('if (x) { |return res.status(404); }', '\t'), true);
    assert.equal(carried('if (x) {  | return 1; }', '', 1), true);
    assert.equal(carried('return |x;', '', 1), false, 'would join `return` and `x`');
    assert.equal(carried('res.status(|404);', ' '), false, 'no blank there to widen');
    assert.equal(carried('res.status(- |404);', ' '), false, 'inside the literal `- 404`');
    assert.equal(carried('// a | comment\nres.status(404);', ' '), false);
    assert.equal(carried('const s = `a | ${b}`;', ' '), false);
    assert.equal(carried('const r = /a | b/;', ' '), false);
    assert.equal(carried('res.status( |404);', 'x'), false, 'only blanks');
    assert.equal(carried('res.status( |404);', '\n'), false, 'a line break may end a statement');
    assert.equal(carried('{ "a":  |1 }', ' ', 0, 'json'), false, 'JSON blanks are not carried (yet)');
  });
});
