import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from '../../../server/src/lsp/documentAnalyses';
import { JobCancelled } from '../../../server/src/lsp/slicedJob';
import { analyzeDocumentSteps, type AnalyzedDocument, doValidate, readSettings } from '../../../server/src/service/languageService';
import { finishSteps } from '../../../server/src/detection/steps';
import { testRegistry } from '../service/fixtures';

describe('document analyses cache', () => {
  const registry = testRegistry();
  const analyses = new DocumentAnalyses();
  const calls: Array<{ version: number; previous: number | undefined }> = [];
  const analyze = (document: TextDocument) => (previous: AnalyzedDocument | undefined) => {
    calls.push({ version: document.version, previous: previous?.document.version });
    return analyzeDocumentSteps(document, readSettings({}), registry, { previous });
  };

  it('analyses a version once, however many requests read it', async () => {
    const v1 = TextDocument.create('file:///a.ts', 'typescript', 1, 'res.status(404);');
    const first = await analyses.get(v1, 0, analyze(v1));
    for (let i = 0; i < 5; i++) assert.equal(await analyses.get(v1, 0, analyze(v1)), first);
    assert.deepEqual(calls, [{ version: 1, previous: undefined }]);
  });

  it('re-analyses a new version from the previous one, and again when the catalogs change', async () => {
    const v2 = TextDocument.create('file:///a.ts', 'typescript', 2, 'res.status(409);');
    assert.equal((await analyses.get(v2, 0, analyze(v2))).detected.literals[0]?.code, 409);
    await analyses.get(v2, 1, analyze(v2));
    assert.deepEqual(calls.slice(1), [
      { version: 2, previous: 1 },
      { version: 2, previous: 2 },
    ]);
  });

  it('forgets a closed document', async () => {
    analyses.delete('file:///a.ts');
    const v3 = TextDocument.create('file:///a.ts', 'typescript', 3, 'res.status(500);');
    await analyses.get(v3, 1, analyze(v3));
    assert.deepEqual(calls.at(-1), { version: 3, previous: undefined });
  });
});

describe('detection is kept apart from catalogs and rendering', () => {
  const uri = 'file:///b.ts';
  const text = '// status-catalog: ddm\nres.status(413);\nconst x = { retryCode: 409 };';
  const document = TextDocument.create(uri, 'typescript', 1, text);

  it('keeps the detection when only catalogs or rendering settings change, and resolves scope again', async () => {
    const analyses = new DocumentAnalyses();
    const first = await analyses.get(document, 0, (previous) => analyzeDocumentSteps(document, readSettings({}), testRegistry(), { previous }));
    assert.deepEqual(first.scope, { ids: ['ddm'], reason: 'directive' });
    const settings = readSettings({ catalogs: ['dds'], locale: 'zh', severity: { undocumentedCode: 'error' } });
    const second = await analyses.get(document, 1, (previous) => analyzeDocumentSteps(document, settings, testRegistry(), { previous }));
    assert.equal(second.detected, first.detected, 'the same detection object: no re-parse');
    assert.deepEqual(second.scope, { ids: ['dds'], reason: 'setting' });
    assert.equal(second.locale, 'zh');
  });

  it('detects again when a detection setting changes', async () => {
    const analyses = new DocumentAnalyses();
    const first = await analyses.get(document, 0, (previous) => analyzeDocumentSteps(document, readSettings({}), testRegistry(), { previous }));
    assert.deepEqual(first.detected.literals.map((l) => l.code), [413]);
    const settings = readSettings({ propertyNames: ['retryCode'] });
    const second = await analyses.get(document, 1, (previous) => analyzeDocumentSteps(document, settings, testRegistry(), { previous }));
    assert.notEqual(second.detected, first.detected);
    assert.deepEqual(second.detected.literals.map((l) => l.code), [413, 409]);
  });
});

describe('analyses as jobs', () => {
  const registry = testRegistry();
  const settings = readSettings({});

  /** The real analysis, after `pauses` extra slices: stands for a document too large for one slice. */
  function slowly(document: TextDocument, pauses: number, log: string[]) {
    return function* (previous: AnalyzedDocument | undefined): Generator<void, AnalyzedDocument, void> {
      log.push(`start ${document.version}`);
      for (let i = 0; i < pauses; i++) {
        const end = performance.now() + 2;
        while (performance.now() < end);
        yield;
      }
      const analyzed = yield* analyzeDocumentSteps(document, settings, registry, { previous });
      log.push(`end ${document.version}`);
      return analyzed;
    };
  }

  it('shares one job between the requests of a version, and answers other work between its slices', async () => {
    const analyses = new DocumentAnalyses({ sliceMs: 1 });
    const log: string[] = [];
    const v1 = TextDocument.create('file:///big.ts', 'typescript', 1, 'res.status(404);');
    const first = analyses.get(v1, 0, slowly(v1, 5, log));
    const second = analyses.get(v1, 0, slowly(v1, 5, log));
    setImmediate(() => log.push('other request'));
    assert.equal(await first, await second);
    assert.deepEqual(log, ['start 1', 'other request', 'end 1']);
  });

  it('cancels the job of a version a newer one supersedes; its awaiters are told', async () => {
    const analyses = new DocumentAnalyses({ sliceMs: 1 });
    const log: string[] = [];
    const v1 = TextDocument.create('file:///big.ts', 'typescript', 1, 'res.status(404);');
    const v2 = TextDocument.create('file:///big.ts', 'typescript', 2, 'res.status(409);');
    const old = analyses.get(v1, 0, slowly(v1, 5, log));
    await new Promise((resolve) => setImmediate(resolve));
    const next = analyses.get(v2, 0, slowly(v2, 5, log));
    await assert.rejects(old, JobCancelled);
    assert.deepEqual((await next).detected.literals.map((l) => l.code), [409]);
    assert.deepEqual(log, ['start 1', 'start 2', 'end 2']);
    assert.ok(analyses.latestOf('file:///big.ts', 2));
    assert.equal(analyses.latestOf('file:///big.ts', 1), undefined);
  });

  it('cancels the job of a version at the keystroke that supersedes it; the next version equals a fresh analysis', async () => {
    const analyses = new DocumentAnalyses({ sliceMs: 1 });
    const log: string[] = [];
    const uri = 'file:///typed.ts';
    const v1 = TextDocument.create(uri, 'typescript', 1, 'res.status(404);');
    const old = analyses.get(v1, 0, slowly(v1, 50, log));
    await new Promise((resolve) => setImmediate(resolve));
    const v2Text = 'res.status(409);\nres.status(999);';
    // No analysis of v1 is cached, so the edit cannot be carried: only the cancellation is asked of `carry`.
    assert.equal(analyses.carry({ uri, fromVersion: 1, toVersion: 2, edits: [{ start: 0, end: 16, text: v2Text }] }, () => v2Text), false);
    await assert.rejects(old, JobCancelled);
    assert.deepEqual(log, ['start 1'], 'no slice of v1 ran after the keystroke, and it never ended');
    const v2 = TextDocument.create(uri, 'typescript', 2, v2Text);
    const next = await analyses.get(v2, 0, slowly(v2, 0, log));
    const fresh = finishSteps(analyzeDocumentSteps(v2, settings, registry, {}));
    assert.deepEqual(next.detected.literals, fresh.detected.literals);
    assert.deepEqual(doValidate(next), doValidate(fresh));
    assert.deepEqual(log, ['start 1', 'start 2', 'end 2']);
  });

  it('keeps the job of the version an edit makes', async () => {
    const analyses = new DocumentAnalyses({ sliceMs: 1 });
    const log: string[] = [];
    const uri = 'file:///typed.ts';
    const v2 = TextDocument.create(uri, 'typescript', 2, 'res.status(409);');
    const job = analyses.get(v2, 0, slowly(v2, 3, log));
    analyses.carry({ uri, fromVersion: 1, toVersion: 2, edits: [{ start: 11, end: 14, text: '409' }] }, () => v2.getText());
    assert.deepEqual((await job).detected.literals.map((l) => l.code), [409]);
  });

  it('cancels the job of a closed document', async () => {
    const analyses = new DocumentAnalyses({ sliceMs: 1 });
    const log: string[] = [];
    const v1 = TextDocument.create('file:///big.ts', 'typescript', 1, 'res.status(404);');
    const job = analyses.get(v1, 0, slowly(v1, 5, log));
    analyses.delete(v1.uri);
    await assert.rejects(job, JobCancelled);
    assert.equal(analyses.latestOf(v1.uri, 1), undefined);
  });
});
