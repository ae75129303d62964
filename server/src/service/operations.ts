/**
 * Which OpenAPI operation a status literal answers: the route handler around it (detection's route scopes) matched
 * to an operation of an OpenAPI catalog in scope, by method and path template (`:id` and `{id}` alike, the spec's
 * base path allowed on either side), else by a handler named for an operationId.
 */
import type { Catalog } from '../catalog/types';
import type { OpenApiOperation } from '../catalog/openApiSpec';
import type { AnalyzedDocument } from './analysis';

export interface OperationMatch {
  catalog: Catalog;
  operation: OpenApiOperation;
}

/** Every response key the operation declares, in the spec's order: what a report of an undeclared code lists. */
export function declaredKeys(operation: OpenApiOperation): string[] {
  return operation.responses.map((response) => String(response.key));
}

/**
 * The scope's catalogs but the matched operation's own spec: inside its handler the operation speaks first, and the
 * spec's other operations are not listed again among the catalogs.
 */
export function idsBesideOperation(ids: readonly string[], match: OperationMatch): string[] {
  return ids.filter((id) => id !== match.catalog.info.id);
}

/** The operation whose handler holds `offset`, or undefined (no spec in scope, or not inside a matched handler). */
export function operationAt(analyzed: AnalyzedDocument, offset: number): OperationMatch | undefined {
  // A JSON or YAML document has no route handlers: asked once per literal, this must cost nothing there.
  const routeScopes = analyzed.detected.routeScopes;
  if (!routeScopes) return undefined;
  const specs = specsInScope(analyzed);
  if (specs.length === 0) return undefined;
  const scopes = routeScopes().filter((s) => s.start <= offset && offset < s.end);
  // Innermost first: a handler registered inside another function is the one that answers.
  scopes.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  for (const scope of scopes) {
    if (!scope.method || !scope.path) continue;
    for (const catalog of specs) {
      const operation = catalog.operations!.find((op) => (scope.method === 'ALL' || op.method === scope.method) && samePath(scope.path!, op));
      if (operation) return { catalog, operation };
    }
  }
  for (const scope of scopes) {
    if (!scope.operationId) continue;
    for (const catalog of specs) {
      const operation = catalog.operations!.find((op) => op.operationId === scope.operationId);
      if (operation) return { catalog, operation };
    }
  }
  return undefined;
}

/** The OpenAPI catalogs in an analysis's scope, found once per analysis (its scope, registry and locale are fixed). */
const specsByAnalysis = new WeakMap<AnalyzedDocument, Catalog[]>();

function specsInScope(analyzed: AnalyzedDocument): Catalog[] {
  let specs = specsByAnalysis.get(analyzed);
  if (specs) return specs;
  specs = [];
  for (const id of analyzed.scope.ids) {
    const catalog = analyzed.registry.catalogFor(id, analyzed.locale);
    if (catalog?.operations && catalog.operations.length > 0) specs.push(catalog);
  }
  specsByAnalysis.set(analyzed, specs);
  return specs;
}

/** A registered route path against an operation: with or without the spec's base path, parameters by position. */
function samePath(registered: string, operation: OpenApiOperation): boolean {
  const route = segments(registered);
  return sameSegments(route, segments(operation.routePath)) || sameSegments(route, segments(operation.path));
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean).map((segment) => (/^\{[^}]*\}$/.test(segment) ? '{}' : segment));
}

function sameSegments(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
