import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InlayHintLabelPart } from 'vscode-languageserver-types';
import { doInlayHints, resolveInlayHint } from '../../../server/src/service/languageService';
import { at, serviceCatalog, standardCatalog } from './fixtures';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { openApiYamlCatalog } from '../../../server/src/catalog/openApiCatalog';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

function labels(text: string, settings: Record<string, unknown> = {}, registry?: CatalogRegistry): string[] {
  const { analyzed, document } = at(text, 'typescript', settings, registry);
  return doInlayHints(analyzed, WHOLE).map((hint) => {
    const parts = hint.label as InlayHintLabelPart[];
    return `${document.offsetAt(hint.position)}:${parts.map((p) => p.value).join('')}`;
  });
}

describe('inlay hints', () => {
  it("writes the first catalog's message after each literal, else the standard name", () => {
    // 409: dds says Conflict; 428: no catalog documents it, the standard name; 4040: no name at all.
    assert.deepEqual(labels('res.status(409); res.status(428); res.status(4040);'), ['14:Conflict', '31:Precondition Required']);
  });

  it("uses the catalog's own message where it differs from the standard name", () => {
    assert.deepEqual(labels('// status-catalog: ddm\nres.status(413);'), ['37:Request Entity Too Large']);
  });

  it("writes the matched operation's own response in a route handler, and links to it in the spec", () => {
    const spec = [
      'openapi: 3.0.3',
      'paths:',
      '  /orders:',
      '    post:',
      '      responses:',
      "        '409':",
      '          description: An order with this id exists already',
      '  /carts:',
      '    post:',
      '      responses:',
      "        '409':",
      '          description: The cart is being checked out',
      '',
    ].join('\n');
    const info = { id: 'openapi', title: 'Shop', locale: 'en', kind: 'service' as const, source: '/shop/openapi.yaml', format: 'openapi' as const, origin: 'user' as const };
    const registry = new CatalogRegistry([[standardCatalog()], [openApiYamlCatalog(spec, info, false)!]]);
    const text = "app.post('/carts', (req, res) => res.status(409));\nres.status(409);";
    const { analyzed } = at(text, 'typescript', {}, registry);
    const hints = doInlayHints(analyzed, WHOLE).map((hint) => {
      const [part] = hint.label as InlayHintLabelPart[];
      return [part?.value, part?.location?.uri, part?.location?.range.start.line];
    });
    // Outside the handler the spec documents 409 like any catalog: its first row.
    assert.deepEqual(hints, [
      ['The cart is being checked out', 'file:///shop/openapi.yaml', 10],
      ['An order with this id exists already', 'file:///shop/openapi.yaml', 5],
    ]);
  });

  it('only covers the requested range', () => {
    const { analyzed } = at('res.status(409);\nres.status(404);');
    const hints = doInlayHints(analyzed, { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } });
    assert.deepEqual(hints.map((h) => h.position), [{ line: 1, character: 14 }]);
  });

  it('keeps catalog text on one plain line: controls removed, long messages cut', () => {
    const registry = new CatalogRegistry([[standardCatalog(), serviceCatalog('acme', 'Acme', [
      [409, 'Conflict\u202e\nwith\u200b the current state of the order, which is being changed by another request'],
    ])]]);
    assert.deepEqual(labels('res.status(409);', { catalogs: ['acme'] }, registry), ['14:Conflict with the current state of the…']);
  });

  it('links each hint to the catalog row, else the standard row, and resolves the hover text as its tooltip', () => {
    const { analyzed } = at('res.status(409); res.status(428);');
    const [hint, standard] = doInlayHints(analyzed, WHOLE);
    assert.ok(hint && standard);
    assert.deepEqual((standard.label as InlayHintLabelPart[])[0]?.location, { uri: 'file:///catalogs/http.json', range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } } });
    assert.equal((hint.label as InlayHintLabelPart[])[0]?.tooltip, undefined, 'the tooltip waits for resolve');
    const [part] = resolveInlayHint(analyzed, hint).label as InlayHintLabelPart[];
    assert.equal(part?.value, 'Conflict');
    assert.ok(typeof part?.tooltip === 'object' && part.tooltip.value.startsWith('**409 Conflict** · 4xx client error'));
    assert.deepEqual(part?.location, { uri: 'file:///catalogs/dds.en.md', range: { start: { line: 19, character: 0 }, end: { line: 19, character: 0 } } });
  });

  it('leaves a hint of another document version unresolved', () => {
    const { analyzed } = at('res.status(409);');
    const [hint] = doInlayHints(analyzed, WHOLE);
    assert.ok(hint);
    const stale = { ...hint, data: { ...(hint.data as object), version: 99 } };
    assert.deepEqual(resolveInlayHint(analyzed, stale), stale);
  });
});
