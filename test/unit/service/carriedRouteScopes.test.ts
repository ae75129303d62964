/**
 * A hover in a route handler with an OpenAPI catalog in scope reads the file's route scopes. After an edit the
 * server carries (typing in a string, blanks between tokens) they are carried too, shifted like the literals, so the
 * hover never re-detects the whole text on its path; an edit inside a string they were read from (a route's path)
 * is answered from a fresh detection. Either way the hover equals a fresh analysis's, exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { openApiCatalog } from '../../../server/src/catalog/openApiCatalog';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { DocumentAnalyses } from '../../../server/src/lsp/documentAnalyses';
import { editReportingDocuments } from '../../../server/src/lsp/editTracking';
import { type AnalyzedDocument, analyzeDocument, analyzeDocumentSteps, doHover, readSettings } from '../../../server/src/service/languageService';
import { standardCatalog } from './fixtures';

const SPEC = `{
  "openapi": "3.0.3",
  "info": { "title": "Orders API", "version": "1" },
  "paths": {
    "/orders/{id}": { "post": { "responses": { "409": { "description": "An order with this id exists already" } } } },
    "/orders/{id}/items": { "post": { "responses": { "409": { "description": "The item is in the order already" } } } }
  }
}
`;

const CODE = [
  "import express from 'express';",
  'const app = express();',
  "const greeting = 'hello world';",
  "app.post('/orders/:id', (req, res) => {",
  "  const note = 'duplicate';",
  '  res.status(409).send(note);',
  '});',
  "@Controller('carts')",
  'class Carts {',
  "  @Post(':id') add() { return res.status(409); }",
  '}',
  '',
].join('\n');

function registry(): CatalogRegistry {
  const info = { id: 'orders', title: 'ORDERS', locale: 'en', kind: 'service' as const, source: '/spec/openapi.json', format: 'json' as const, origin: 'user' as const };
  const catalog = openApiCatalog({ root: parseTree(SPEC)!, problems: [] }, SPEC, info, false);
  assert.ok(catalog);
  return new CatalogRegistry([[standardCatalog()], [catalog]]);
}

function hoverText(analyzed: AnalyzedDocument, offset: number): string {
  const hover = doHover(analyzed, analyzed.document.positionAt(offset));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('route scopes carried through an edit', () => {
  const settings = readSettings({});
  const catalogs = registry();

  /** The analysis after typing `inserted` at `at` (an offset of CODE), how often the text was read, and a fresh one. */
  async function afterTyping(at: number, inserted: string, removed = 0) {
    let textReads = 0;
    const analyses = new DocumentAnalyses();
    const config = editReportingDocuments((change) =>
      analyses.carry(change, () => {
        textReads++;
        return document.getText();
      }),
    );
    let document = config.create('file:///work/app.ts', 'typescript', 1, CODE);
    const analyze = (previous: AnalyzedDocument | undefined) => analyzeDocumentSteps(document, settings, catalogs, { previous });
    const first = await analyses.get(document, 0, analyze);
    // The base's route scopes are found before the edit, as a hover on the version before would have.
    assert.ok(first.detected.routeScopes?.().length);
    document = config.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at + removed) }, text: inserted }], 2);
    const carried = analyses.latestOf(document.uri, 2)!;
    const fresh = analyzeDocument(TextDocument.create(document.uri, 'typescript', 2, document.getText()), settings, catalogs);
    return { carried, fresh, text: document.getText(), textReads: () => textReads };
  }

  for (const [name, at, inserted, removed] of [
    ['typing inside a string of the handler', CODE.indexOf("duplicate'"), 'a ', 0],
    ['spaces between tokens of the handler', CODE.indexOf(' =>'), '   ', 0],
    ['deleting inside a string before the routes', CODE.indexOf('hello') + 2, '', 3],
  ] as const) {
    it(`${name}: the hovers equal a fresh analysis's, with no detection on the hover path`, async () => {
      const { carried, fresh, text, textReads } = await afterTyping(at, inserted, removed);
      assert.equal(carried.version, 2, 'the edit was carried');
      for (const offset of [text.indexOf('409'), text.lastIndexOf('409')]) {
        assert.equal(hoverText(carried, offset), hoverText(fresh, offset));
      }
      assert.match(hoverText(carried, text.indexOf('409')), /\*\*POST \/orders\/\\\{id\\\}\*\* → 409: An order with this id exists already/);
      assert.deepEqual(carried.detected.routeScopes?.(), fresh.detected.routeScopes?.());
      assert.deepEqual(carried.detected.routeInputs?.(), fresh.detected.routeInputs?.());
      assert.equal(textReads(), 0, 'the current text was never read: no fresh detection');
    });
  }

  it("typing inside a route's path: the scopes come from a fresh detection, and the hover follows the new path", async () => {
    const at = CODE.indexOf(":id'") + 3;
    const { carried, fresh, text, textReads } = await afterTyping(at, '/items');
    assert.equal(carried.version, 2, 'the edit was carried');
    const offset = text.indexOf('409');
    assert.equal(hoverText(carried, offset), hoverText(fresh, offset));
    assert.match(hoverText(carried, offset), /The item is in the order already/);
    assert.deepEqual(carried.detected.routeScopes?.(), fresh.detected.routeScopes?.());
    assert.ok(textReads() > 0, 'the scopes were found afresh');
  });
});
