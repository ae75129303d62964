import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../../server/src/service/analysis';
import { detectorLanguageOf } from '../../../server/src/service/documentLanguage';
import { readSettings } from '../../../server/src/service/settings';
import { CatalogRegistry } from '../../../server/src/catalog/registry';

describe('detector language of a document', () => {
  it('takes the LSP language id where it agrees with the extension', () => {
    assert.equal(detectorLanguageOf('typescriptreact', 'file:///a/App.tsx'), 'typescriptreact');
    assert.equal(detectorLanguageOf('jsonc', 'file:///a/tsconfig.json'), 'jsonc');
    assert.equal(detectorLanguageOf('javascript', 'file:///a/app.ts'), 'javascript');
    assert.equal(detectorLanguageOf('json', 'untitled:Untitled-1'), 'json');
  });
  it('reads a .json file as JSON whatever script language the client names (Emacs 28 js-mode)', () => {
    assert.equal(detectorLanguageOf('javascript', 'file:///a/openapi.json'), 'json');
    assert.equal(detectorLanguageOf('typescript', 'file:///a/b.jsonc?x=1'), 'jsonc');
    assert.equal(detectorLanguageOf('json', 'file:///a/app.mjs'), 'javascript');
  });
  it('maps the short ids some clients send, and falls back to the extension', () => {
    assert.equal(detectorLanguageOf('js', 'file:///a/x'), 'javascript');
    assert.equal(detectorLanguageOf('typescript.tsx', 'file:///a/x.tsx'), 'typescriptreact');
    assert.equal(detectorLanguageOf('plaintext', 'file:///a/server.cjs'), 'javascript');
    assert.equal(detectorLanguageOf('markdown', 'file:///a/README.md'), undefined);
    assert.equal(detectorLanguageOf('plaintext', 'file:///a/Makefile'), undefined);
  });
  it('finds the literals of a JSON file sent as javascript', () => {
    const text = '{ "responses": { "415": { "description": "x" } } }';
    const document = TextDocument.create('file:///a/openapi.json', 'javascript', 1, text);
    const analyzed = analyzeDocument(document, readSettings(undefined), new CatalogRegistry([]));
    assert.deepEqual(analyzed.detected.literals.map((l) => l.text), ['"415"']);
  });
});
