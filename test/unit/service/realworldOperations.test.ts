/**
 * A real API and its real handlers: the RealWorld Conduit OpenAPI document (gothinkster/realworld, YAML, MIT) as a
 * catalog, and the Express implementation's controllers (gothinkster/node-express-realworld-example-app, MIT).
 * Literals in route handlers are matched to their operations, and the one response the spec does not declare is found.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalogFile } from '../../../server/src/catalog/catalogFolder';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { analyzeDocument, doValidate, readSettings } from '../../../server/src/service/languageService';
import { operationAt } from '../../../server/src/service/operations';

const ROOT = join(__dirname, '..', '..', 'fixtures', 'realworld');

function sources(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the RealWorld Conduit spec and its Express handlers', () => {
  const spec = loadCatalogFile(join(ROOT, 'api', 'openapi.yml'), { id: 'conduit' }, 'user', nodeFileSystem, join(ROOT, 'api'));
  const registry = new CatalogRegistry([[spec]]);
  const analyses = sources(join(ROOT, 'src')).map((path) =>
    analyzeDocument(TextDocument.create(`file://${path}`, 'typescript', 1, readFileSync(path, 'utf8')), readSettings({}), registry));

  it('reads the YAML spec as a catalog of its operations, $ref responses included', () => {
    assert.deepEqual([spec.info.format, spec.info.title, spec.operations?.length, spec.entries.length, spec.problems], ['openapi', 'RealWorld Conduit API', 19, 54, []]);
  });

  it('matches the status literals of route handlers to their operations, under the spec base path /api', () => {
    const matched = analyses.flatMap((analyzed) =>
      analyzed.detected.literals.flatMap((literal) => {
        const match = operationAt(analyzed, literal.start);
        return match ? [`${analyzed.document.uri.split('/').pop()} ${literal.text} ${match.operation.method} ${match.operation.path}`] : [];
      }));
    assert.deepEqual(matched, [
      'article.controller.ts 201 POST /api/articles',
      'article.controller.ts 204 DELETE /api/articles/{slug}',
      'article.controller.ts 200 DELETE /api/articles/{slug}/comments/{id}',
      'auth.controller.ts 201 POST /api/users',
    ]);
    assert.equal(analyses.reduce((sum, a) => sum + a.detected.literals.length, 0), 6);
  });

  it('finds the one response the spec does not declare: 200 where DELETE …/comments/{id} declares 204', () => {
    const undeclared = analyses.flatMap((analyzed) => doValidate(analyzed).filter((d) => d.code === 'undeclaredResponse').map((d) => d.message));
    assert.deepEqual(undeclared, ['DELETE /api/articles/{slug}/comments/{id} declares no 200 response in openapi.yml (declared: 204, 401, 422)']);
  });
});
