import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findReferences, type FileUses, usesOf, workspaceSymbols } from '../../../server/src/service/languageService';
import { at, testRegistry } from './fixtures';

const range = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 3 } });
const OTHER: FileUses[] = [
  { uri: 'file:///work/b.ts', uses: [{ code: 409, range: range(3, 5) }, { code: 404, range: range(4, 5) }] },
  { uri: 'file:///work/spec.json', uses: [{ code: '4XX', range: range(1, 2) }, { code: 409, range: range(2, 2) }] },
];

describe('references', () => {
  it('lists every use of the code under the cursor, its own first', () => {
    const { analyzed, position } = at('res.status(4|09); res.status(404);');
    const files = [{ uri: analyzed.document.uri, uses: usesOf(analyzed) }, ...OTHER];
    assert.deepEqual(findReferences(analyzed, position, files).map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`), [
      'file:///work/app.ts:0:11', 'file:///work/b.ts:3:5', 'file:///work/spec.json:2:2',
    ]);
  });

  it('gives nothing off a literal', () => {
    const { analyzed, position } = at('const width = 4|09;');
    assert.deepEqual(findReferences(analyzed, position, OTHER), []);
  });
});

describe('workspace symbols', () => {
  const names = (query: string) => workspaceSymbols(query, OTHER, testRegistry(), 'en').map((s) => `${s.name} @ ${s.containerName}`);
  it('finds uses by code, code prefix and a word of the name, behind #', () => {
    assert.deepEqual(names('#409'), ['409 Conflict @ b.ts', '409 Conflict @ spec.json']);
    assert.deepEqual(names('#40'), ['409 Conflict @ b.ts', '404 Not Found @ b.ts', '409 Conflict @ spec.json']);
    assert.deepEqual(names('#found'), ['404 Not Found @ b.ts']);
    assert.deepEqual(names('#4xx'), ['4XX @ spec.json']);
  });
  it('answers nothing without the # (other providers own plain names)', () => {
    assert.deepEqual(names('Conflict'), []);
    assert.deepEqual(names('#'), []);
  });
});
