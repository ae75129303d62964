import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { openApiCatalog, openApiYamlCatalog } from '../../../server/src/catalog/openApiCatalog';
import { readOpenApiSpec } from '../../../server/src/catalog/openApiSpec';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import type { Catalog } from '../../../server/src/catalog/types';
import { analyzeDocument, doCodeActions, doHover, doValidate, findDefinition, readSettings } from '../../../server/src/service/languageService';
import { standardCatalog } from './fixtures';

const SPEC = `{
  "openapi": "3.0.3",
  "info": { "title": "Orders API", "version": "1" },
  "servers": [{ "url": "https://api.example.com/api" }],
  "paths": {
    "/orders/{id}": {
      "post": {
        "operationId": "createOrder",
        "responses": {
          "201": { "description": "Created" },
          "409": { "description": "An order with this id exists already" },
          "4XX": { "description": "A client error" }
        }
      },
      "delete": {
        "responses": {
          "204": { "description": "Deleted" }
        }
      }
    }
  }
}
`;

function specCatalog(text = SPEC): Catalog {
  const info = { id: 'orders', title: 'ORDERS', locale: 'en', kind: 'service' as const, source: '/spec/openapi.json', format: 'json' as const, origin: 'user' as const };
  const catalog = openApiCatalog({ root: parseTree(text)!, problems: [] }, text, info, false);
  assert.ok(catalog);
  return catalog;
}

function analyze(code: string) {
  const registry = new CatalogRegistry([[standardCatalog()], [specCatalog()]]);
  const document = TextDocument.create('file:///work/app.ts', 'typescript', 1, code);
  return analyzeDocument(document, readSettings({}), registry);
}

describe('OpenAPI documents as catalogs', () => {
  it('reads operations, base path, declared codes, ranges and lines', () => {
    const spec = readOpenApiSpec(parseTree(SPEC), SPEC);
    assert.equal(spec?.basePath, '/api');
    assert.deepEqual(spec?.operations.map((op) => [op.method, op.path, op.routePath, op.operationId, op.responses.map((r) => `${r.key}@${r.line}`)]), [
      ['POST', '/api/orders/{id}', '/orders/{id}', 'createOrder', ['201@10', '409@11', '4XX@12']],
      ['DELETE', '/api/orders/{id}', '/orders/{id}', undefined, ['204@17']],
    ]);
    const catalog = specCatalog();
    assert.equal(catalog.info.title, 'Orders API');
    assert.equal(catalog.info.format, 'openapi');
    assert.deepEqual(catalog.entries.map((e) => [e.code, e.message, e.description]), [
      [201, 'Created', 'POST /api/orders/{id}'],
      [409, 'An order with this id exists already', 'POST /api/orders/{id}'],
      [204, 'Deleted', 'DELETE /api/orders/{id}'],
    ]);
  });

  it("hovers a literal in a matched handler with its operation's own response first", () => {
    const analyzed = analyze("app.post('/orders/:id', (req, res) => { res.status(409).end(); });");
    const hover = doHover(analyzed, analyzed.document.positionAt(analyzed.document.getText().indexOf('409')));
    const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    const sections = text.split('\n\n---\n\n');
    assert.equal(sections[1], '**POST /api/orders/\\{id\\}** → 409: An order with this id exists already\n\n[openapi.json:11](file:///spec/openapi.json#L11)');
    // The spec spoke in its own section, and is still named among the catalogs consulted.
    assert.equal(sections.at(-1), 'Catalogs consulted: orders (project catalog)');
  });

  it('reports a code the operation does not declare, with fixes: add it to the spec, or a declared code', () => {
    const analyzed = analyze("app.delete('/api/orders/:id', (req, res) => { res.status(202).end(); res.status(404).end(); });");
    const diagnostics = doValidate(analyzed).filter((d) => d.code === 'undeclaredResponse');
    assert.deepEqual(diagnostics.map((d) => [d.message, d.severity]), [
      ['DELETE /api/orders/{id} declares no 202 response in openapi.json (declared: 204)', 3],
      ['DELETE /api/orders/{id} declares no 404 response in openapi.json (declared: 204)', 3],
    ]);
    const actions = doCodeActions(analyzed, [diagnostics[0]!]);
    assert.deepEqual(actions.map((a) => a.title), ['Add 202 to DELETE /api/orders/{id} in openapi.json', 'Replace with 204 No Content (declared by DELETE /api/orders/{id})']);
    const edit = actions[0]!.edit!.changes!['file:///spec/openapi.json']![0]!;
    const lines = SPEC.split('\n');
    const after = lines.slice(0, edit.range.start.line).concat(
      lines[edit.range.start.line]!.slice(0, edit.range.start.character) + edit.newText + lines[edit.range.start.line]!.slice(edit.range.start.character),
      lines.slice(edit.range.start.line + 1),
    ).join('\n');
    assert.deepEqual(JSON.parse(after).paths['/orders/{id}'].delete.responses, { 204: { description: 'Deleted' }, 202: { description: '' } });
    assert.ok(after.includes('          "204": { "description": "Deleted" },\n          "202": { "description": "" }\n'), after);
  });

  it('says a handler\'s code no catalog documents once, by its operation; undocumentedCode speaks when that rule is off', () => {
    const code = "app.delete('/api/orders/:id', (req, res) => { res.status(404).end(); });";
    const analyzed = analyze(code);
    assert.deepEqual(doValidate(analyzed).map((d) => [d.code, d.message]), [
      ['undeclaredResponse', 'DELETE /api/orders/{id} declares no 404 response in openapi.json (declared: 204)'],
    ]);
    const registry = new CatalogRegistry([[standardCatalog()], [specCatalog()]]);
    const quiet = analyzeDocument(TextDocument.create('file:///work/app.ts', 'typescript', 1, code), readSettings({ severity: { undeclaredResponse: 'ignore' } }), registry);
    assert.deepEqual(doValidate(quiet).map((d) => [d.code, d.message]), [
      ['undocumentedCode', '404 is not documented by Orders API (orders); it is the standard 404 Not Found'],
    ]);
  });

  it('a class range or default declares the code; a handler named for an operationId matches it', () => {
    const analyzed = analyze("export async function createOrder(c, req, res) { return res.status(422).json({}); }");
    assert.deepEqual(doValidate(analyzed).filter((d) => d.code === 'undeclaredResponse'), []);
    const [location] = findDefinition(analyzed, analyzed.document.positionAt(analyzed.document.getText().indexOf('422')));
    assert.deepEqual(location, { uri: 'file:///spec/openapi.json', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } } });
  });

  it('outside any handler the spec documents the codes of all its operations like any catalog', () => {
    const analyzed = analyze('res.status(204).end();');
    assert.deepEqual(doValidate(analyzed), []);
  });
});

describe('adding a response to a YAML spec', () => {
  const YAML_SPEC = [
    'openapi: 3.0.3',
    'paths:',
    '  /orders/{id}:',
    '    post:',
    '      responses:',
    "        '201':",
    '          description: Created # the usual answer',
    '    delete:',
    '      responses:',
    "        '204':",
    '          description: Deleted',
    '',
  ].join('\n');

  function applyAdd(code: string): string {
    const info = { id: 'openapi', title: 'OPENAPI', locale: 'en', kind: 'service' as const, source: '/spec/openapi.yaml', format: 'openapi' as const, origin: 'user' as const };
    const registry = new CatalogRegistry([[standardCatalog()], [openApiYamlCatalog(YAML_SPEC, info, false)!]]);
    const text = `app.post('/orders/:id', (req, res) => { res.status(${code}).end(); });`;
    const analyzed = analyzeDocument(TextDocument.create('file:///work/app.ts', 'typescript', 1, text), readSettings({}), registry);
    const undeclared = doValidate(analyzed).filter((d) => d.code === 'undeclaredResponse');
    const add = doCodeActions(analyzed, undeclared).find((a) => a.title === `Add ${code} to POST /orders/{id} in openapi.yaml`);
    assert.ok(add, JSON.stringify(undeclared));
    const [edit] = add.edit!.changes!['file:///spec/openapi.yaml']!;
    const spec = TextDocument.create('file:///spec/openapi.yaml', 'yaml', 1, YAML_SPEC);
    return TextDocument.applyEdits(spec, [edit!]);
  }

  it("goes after the operation's last response, not at the start of the next key's line (a block map's range runs on)", () => {
    assert.equal(applyAdd('409'), YAML_SPEC.replace(
      "          description: Created # the usual answer\n",
      "          description: Created # the usual answer\n        '409':\n          description: Conflict\n",
    ));
  });
});

describe('OpenAPI response references', () => {
  it("takes a response's description through a local $ref", () => {
    const text = JSON.stringify({
      openapi: '3.0.0',
      paths: { '/a': { get: { responses: { 404: { $ref: '#/components/responses/NotFound' } } } } },
      components: { responses: { NotFound: { description: 'No such thing' } } },
    }, null, 2);
    const spec = readOpenApiSpec(parseTree(text), text);
    assert.deepEqual(spec?.operations[0]?.responses.map((r) => [r.key, r.description]), [[404, 'No such thing']]);
  });
});

describe('OpenAPI operations in Chinese', () => {
  it('words the undeclared-response diagnostic, its fixes and the hover line in Chinese', () => {
    const registry = new CatalogRegistry([[standardCatalog(), specCatalog()]]);
    const text = "app.delete('/api/orders/:id', (req, res) => { res.status(202).end(); });";
    const analyzed = analyzeDocument(TextDocument.create('file:///work/app.ts', 'typescript', 1, text), readSettings({ locale: 'zh' }), registry);
    const diagnostics = doValidate(analyzed).filter((d) => d.code === 'undeclaredResponse');
    assert.deepEqual(diagnostics.map((d) => d.message), ['DELETE /api/orders/{id} 在 openapi.json 中未声明 202 响应（已声明：204）']);
    assert.deepEqual(doCodeActions(analyzed, diagnostics).map((a) => a.title), [
      '在 openapi.json 中为 DELETE /api/orders/{id} 添加 202',
      '替换为 204 No Content（DELETE /api/orders/{id} 已声明）',
    ]);
    const hover = doHover(analyzed, analyzed.document.positionAt(text.indexOf('202')));
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.ok(value.includes('**DELETE /api/orders/\\{id\\}** 在 Orders API 中未声明 202 响应（已声明：204）'), value);
  });
});
