import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from '../../../server/src/lsp/documentAnalyses';
import { analyzeDocument, type AnalyzedDocument, readSettings } from '../../../server/src/service/languageService';
import { testRegistry } from '../service/fixtures';

describe('document analyses cache', () => {
  const registry = testRegistry();
  const analyses = new DocumentAnalyses();
  const calls: Array<{ version: number; previous: number | undefined }> = [];
  const analyze = (document: TextDocument) => (previous: AnalyzedDocument | undefined) => {
    calls.push({ version: document.version, previous: previous?.document.version });
    return analyzeDocument(document, readSettings({}), registry, { previous });
  };

  it('analyses a version once, however many requests read it', () => {
    const v1 = TextDocument.create('file:///a.ts', 'typescript', 1, 'res.status(404);');
    const first = analyses.get(v1, 0, analyze(v1));
    for (let i = 0; i < 5; i++) assert.equal(analyses.get(v1, 0, analyze(v1)), first);
    assert.deepEqual(calls, [{ version: 1, previous: undefined }]);
  });

  it('re-analyses a new version from the previous one, and again when the catalogs change', () => {
    const v2 = TextDocument.create('file:///a.ts', 'typescript', 2, 'res.status(409);');
    assert.equal(analyses.get(v2, 0, analyze(v2)).detected.literals[0]?.code, 409);
    analyses.get(v2, 1, analyze(v2));
    assert.deepEqual(calls.slice(1), [
      { version: 2, previous: 1 },
      { version: 2, previous: 2 },
    ]);
  });

  it('forgets a closed document', () => {
    analyses.delete('file:///a.ts');
    const v3 = TextDocument.create('file:///a.ts', 'typescript', 3, 'res.status(500);');
    analyses.get(v3, 1, analyze(v3));
    assert.deepEqual(calls.at(-1), { version: 3, previous: undefined });
  });
});

describe('detection is kept apart from catalogs and rendering', () => {
  const uri = 'file:///b.ts';
  const text = '// status-catalog: ddm\nres.status(413);\nconst x = { retryCode: 409 };';
  const document = TextDocument.create(uri, 'typescript', 1, text);

  it('keeps the detection when only catalogs or rendering settings change, and resolves scope again', () => {
    const analyses = new DocumentAnalyses();
    const first = analyses.get(document, 0, (previous) => analyzeDocument(document, readSettings({}), testRegistry(), { previous }));
    assert.deepEqual(first.scope, { ids: ['ddm'], reason: 'directive' });
    const settings = readSettings({ catalogs: ['dds'], locale: 'zh', severity: { undocumentedCode: 'error' } });
    const second = analyses.get(document, 1, (previous) => analyzeDocument(document, settings, testRegistry(), { previous }));
    assert.equal(second.detected, first.detected, 'the same detection object: no re-parse');
    assert.deepEqual(second.scope, { ids: ['dds'], reason: 'setting' });
    assert.equal(second.locale, 'zh');
  });

  it('detects again when a detection setting changes', () => {
    const analyses = new DocumentAnalyses();
    const first = analyses.get(document, 0, (previous) => analyzeDocument(document, readSettings({}), testRegistry(), { previous }));
    assert.deepEqual(first.detected.literals.map((l) => l.code), [413]);
    const settings = readSettings({ propertyNames: ['retryCode'] });
    const second = analyses.get(document, 1, (previous) => analyzeDocument(document, settings, testRegistry(), { previous }));
    assert.notEqual(second.detected, first.detected);
    assert.deepEqual(second.detected.literals.map((l) => l.code), [413, 409]);
  });
});
