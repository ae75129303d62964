/**
 * A hover is rendered once per analysis (analysisMemo.ts) and answered again from its memo. What makes a hover
 * change (a catalog reload, a settings change, an edit) makes a new analysis, so the memoised answer must always be
 * the one a fresh analysis of the same text, catalogs and settings gives: these pin that after each kind of change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { BoundedMemo } from '../../../server/src/service/boundedMemo';
import { analysisAfterEdit } from '../../../server/src/service/editedAnalysis';
import { type AnalyzedDocument, analyzeDocument, doHover, readSettings } from '../../../server/src/service/languageService';
import { serviceCatalog, standardCatalog, testRegistry } from './fixtures';

const SETTINGS = { bundledCatalogs: 'whenNoProjectCatalog' };
const TEXT = "app.post('/db', (req, res) => {\n  log('db'); res.status(409).json({ note: 'busy' });\n});\n";
const LITERAL = TEXT.indexOf('409');

function analyse(text: string, settings: Record<string, unknown> = SETTINGS, registry = testRegistry(), version = 1): AnalyzedDocument {
  return analyzeDocument(TextDocument.create('file:///work/app.ts', 'typescript', version, text), readSettings(settings), registry);
}

/** What the server does on a reload or a settings change: a new analysis that keeps the previous one's detection. */
function reanalyse(previous: AnalyzedDocument, settings: Record<string, unknown>, registry: CatalogRegistry): AnalyzedDocument {
  return analyzeDocument(previous.document, readSettings(settings), registry, { previous: { ...previous, version: previous.document.version } });
}

function hoverAt(analyzed: AnalyzedDocument, offset: number): Hover | null {
  return doHover(analyzed, analyzed.document.positionAt(offset));
}

function markdown(hover: Hover | null): string | undefined {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

const DDS_409 = '**Document Database Service** (dds): Conflict\n\nThe request could not be completed due to a conflict.\n\nRetry later.\n\n[dds.en.md:20](file:///catalogs/dds.en.md#L20)';
const DDM_409 = '**Distributed Database Middleware** (ddm): Conflict\n\nThe request could not be processed due to a conflict.\n\n[ddm.en.md:14](file:///catalogs/ddm.en.md#L14)';
const HEADER_409 = '**409 Conflict** · 4xx client error';

describe('memoised hovers', () => {
  it('answer a second hover on the literal with the same rendering, anywhere inside it', () => {
    const analyzed = analyse(TEXT);
    const first = hoverAt(analyzed, LITERAL);
    assert.equal(
      markdown(first),
      [HEADER_409, DDS_409, DDM_409, 'Catalogs consulted: dds, ddm (bundled; the project has no catalog of its own)'].join('\n\n---\n\n'),
    );
    assert.equal(hoverAt(analyzed, LITERAL + 2), first, 'the memo answers (the same object)');
    assert.deepEqual(first, hoverAt(analyse(TEXT), LITERAL), 'a fresh analysis renders the same');
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first?.contents) && Object.isFrozen(first?.range), 'no caller can change the memoised answer');
  });

  it('show the reloaded catalog after a reload', () => {
    const before = analyse(TEXT);
    hoverAt(before, LITERAL);
    const reloaded = new CatalogRegistry([
      [
        standardCatalog(),
        serviceCatalog('dds', 'Document Database Service', [[409, 'Locked', 'Another session holds the collection.']]),
      ],
    ]);
    const after = reanalyse(before, SETTINGS, reloaded);
    assert.equal(
      markdown(hoverAt(after, LITERAL)),
      [
        HEADER_409,
        '**Document Database Service** (dds): Locked (standard name: Conflict)\n\nAnother session holds the collection.\n\n[dds.en.md:10](file:///catalogs/dds.en.md#L10)',
        'Catalogs consulted: dds (bundled; the project has no catalog of its own)',
      ].join('\n\n---\n\n'),
    );
    assert.deepEqual(hoverAt(after, LITERAL), hoverAt(analyzeDocument(before.document, readSettings(SETTINGS), reloaded), LITERAL));
    assert.ok(markdown(hoverAt(before, LITERAL))?.includes(DDM_409), 'the earlier analysis keeps its own answer');
  });

  it('follow a settings change (catalogs and locale)', () => {
    const before = analyse(TEXT);
    hoverAt(before, LITERAL);
    const registry = before.registry;
    const onlyDdm = reanalyse(before, { catalogs: ['ddm'] }, registry);
    assert.equal(
      markdown(hoverAt(onlyDdm, LITERAL)),
      [HEADER_409, DDM_409, 'Catalogs consulted: ddm (folder setting)'].join('\n\n---\n\n'),
    );
    const chinese = reanalyse(onlyDdm, { ...SETTINGS, locale: 'zh' }, registry);
    assert.deepEqual(hoverAt(chinese, LITERAL), hoverAt(analyse(TEXT, { ...SETTINGS, locale: 'zh' }), LITERAL));
    assert.ok(markdown(hoverAt(chinese, LITERAL))?.includes('**文档数据库服务** (dds): Conflict\n\n请求与资源的当前状态冲突。'));
  });

  it('are rendered again after an edit inside the literal', () => {
    const json = '[{ "id": 1, "statusCode": 409, "note": "busy" }]';
    const at = json.indexOf('409');
    const before = analyzeDocument(TextDocument.create('file:///work/log.json', 'json', 1, json), readSettings(SETTINGS), testRegistry());
    assert.ok(markdown(hoverAt(before, at))?.startsWith(HEADER_409));
    // 409 → 404: the detector's verdict may change, so the edit is never carried; the server analyses the new text.
    const edited = json.slice(0, at + 2) + '4' + json.slice(at + 3);
    assert.equal(analysisAfterEdit(before, { start: at + 2, end: at + 3, text: '4' }, 2, () => edited), undefined);
    const document = TextDocument.create('file:///work/log.json', 'json', 2, edited);
    const after = analyzeDocument(document, readSettings(SETTINGS), before.registry, { previous: before });
    assert.equal(
      markdown(hoverAt(after, at)),
      [
        '**404 Not Found** · 4xx client error',
        '**Document Database Service** (dds): Not Found\n\nThe requested resource could not be found.\n\n[dds.en.md:18](file:///catalogs/dds.en.md#L18)',
        'Catalogs consulted: dds, ddm (bundled; the project has no catalog of its own)',
      ].join('\n\n---\n\n'),
    );
  });

  it('carry no range across an edit elsewhere: the carried analysis renders its own, shifted', () => {
    const before = analyse(TEXT);
    const first = hoverAt(before, LITERAL);
    assert.deepEqual(first?.range, { start: { line: 1, character: 24 }, end: { line: 1, character: 27 } });
    // Two characters typed inside a plain string before the literal, on its line: carried (editedAnalysis.ts).
    const typedAt = TEXT.indexOf("'db'") + 3;
    const edited = TEXT.slice(0, typedAt) + 'xy' + TEXT.slice(typedAt);
    const carried = analysisAfterEdit(before, { start: typedAt, end: typedAt, text: 'xy' }, 2, () => edited);
    assert.ok(carried?.offsets, 'the edit is carried');
    // The server's document object moves on with the edit; the carried analysis answers for its new text.
    const shifted = hoverAt({ ...carried, document: TextDocument.create('file:///work/app.ts', 'typescript', 2, edited) }, LITERAL + 2);
    assert.equal(markdown(shifted), markdown(first));
    assert.deepEqual(shifted?.range, { start: { line: 1, character: 26 }, end: { line: 1, character: 29 } });
    assert.deepEqual(shifted, hoverAt(analyse(edited, SETTINGS, before.registry, 2), LITERAL + 2));
    assert.equal(hoverAt(before, LITERAL), first, 'the analysis before the edit keeps its answer');
  });
});

describe('BoundedMemo', () => {
  it('keeps the most recently used keys up to its limit', () => {
    const memo = new BoundedMemo<string, number>(2);
    let made = 0;
    const get = (key: string) => memo.get(key, () => ++made);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 2);
    assert.equal(get('a'), 1, 'a is kept and becomes the most recent');
    assert.equal(get('c'), 3, 'b, the least recent, is dropped');
    assert.equal(memo.size, 2);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 4, 'b is made again');
  });
});
