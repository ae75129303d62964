/**
 * What the server reads of the compiler at run time, recorded through a proxy while the language service analyses,
 * edits and answers on the corpus code files, is within what scripts/typescript-api-used.mjs finds in the sources at
 * build time, so the parser-only compiler (dist/typescript.js) lacks nothing that the service reaches.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const CODE = join(ROOT, 'test', 'fixtures', 'code', 'files');

// Before any module of the server loads the compiler: they all get the recording proxy from the module cache.
/* eslint-disable @typescript-eslint/no-require-imports */
const real = require('typescript') as typeof ts;
const read = new Set<string>();
const recording = new Proxy(real, {
  get(target, key, receiver) {
    if (typeof key === 'string' && key in target) read.add(key);
    return Reflect.get(target, key, receiver) as unknown;
  },
});
require.cache[require.resolve('typescript')]!.exports = recording;
const { TextDocument } = require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');
const service = require('../../../server/src/service/languageService') as typeof import('../../../server/src/service/languageService');
const { analysisAfterEdit } = require('../../../server/src/service/editedAnalysis') as typeof import('../../../server/src/service/editedAnalysis');
const { testRegistry } = require('../service/fixtures') as typeof import('../service/fixtures');
/* eslint-enable @typescript-eslint/no-require-imports */

describe('the compiler names the server reads', () => {
  it('are all among those the build keeps', async () => {
    const registry = testRegistry();
    const settings = service.readSettings({});
    for (const name of readdirSync(CODE).filter((file) => /\.(ts|js)$/.test(file))) {
      const text = readFileSync(join(CODE, name), 'utf8');
      const languageId = name.endsWith('.js') ? 'javascript' : 'typescript';
      const analyzed = service.analyzeDocument(TextDocument.create(`file:///${name}`, languageId, 1, text), settings, registry);
      // A blank widened between two tokens, and a character typed in the middle: the edit paths read the tree.
      for (const at of [text.indexOf(' ('), text.indexOf('status'), Math.floor(text.length / 2)].filter((offset) => offset > 0)) {
        for (const typed of [' ', 'x']) {
          const after = text.slice(0, at) + typed + text.slice(at);
          analysisAfterEdit(analyzed, { start: at, end: at, text: typed }, 2, () => after);
        }
      }
    }
    assert.ok(read.has('createSourceFile') && read.has('forEachChild') && read.has('createScanner'), [...read].join());
    const { typescriptApiUsed } = (await import(join(ROOT, 'scripts', 'typescript-api-used.mjs'))) as {
      typescriptApiUsed(root: string): { names: Set<string>; problems: string[] };
    };
    const kept = typescriptApiUsed(join(ROOT, 'server', 'src')).names;
    assert.deepEqual([...read].filter((name) => !kept.has(name)).sort(), []);
  });
});
