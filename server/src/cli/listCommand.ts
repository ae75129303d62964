/**
 * `status-catalog list [--json] [--catalog ID]... PATH...`: every status literal found, with the catalogs in
 * scope that document it and their message (or the standard meaning when none does). Lines and columns are
 * 1-based, in UTF-16 code units; a string's column is its quote. Inside a route handler matched to an OpenAPI
 * operation, the operation speaks first (as in the hover) and its spec is not listed again among the catalogs.
 */
import { declaredResponse } from '../catalog/openApiSpec';
import { declaredKeys, idsBesideOperation, operationAt } from '../service/operations';
import type { FileAnalysis } from './analyzeFiles';

export interface ListedLiteral {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: number | string;
  text: string;
  known: boolean;
  /**
   * The catalogs in scope that document the code, in scope order, with their message for it; with its description
   * instead when the catalog gives no message (a page whose only column beside the code is "Description").
   */
  catalogs: Array<{ id: string; message: string | null; description?: string }>;
  /** The standard reason phrase, when the code is a registered one. */
  standard: string | null;
  /** The detection rule that found it (docs/detection-rules.md). */
  rule: string;
  /** The OpenAPI operation whose handler holds the literal, when one matched; `response` is null when it declares none. */
  operation?: ListedOperation;
}

export interface ListedOperation {
  method: string;
  path: string;
  /** The description of the response the operation declares for the code (its own, its range's or `default`). */
  response: string | null;
  /** Every response key the operation declares, in the spec's order. */
  declared: string[];
}

export function listLiterals(analyses: readonly FileAnalysis[]): ListedLiteral[] {
  const listed: ListedLiteral[] = [];
  for (const { file, analyzed } of analyses) {
    const { document, registry, scope, locale } = analyzed;
    for (const literal of analyzed.detected.literals) {
      const start = document.positionAt(literal.start);
      const end = document.positionAt(literal.end);
      const match = typeof literal.code === 'number' ? operationAt(analyzed, literal.start) : undefined;
      const response = match && typeof literal.code === 'number' ? declaredResponse(match.operation, literal.code) : undefined;
      const ids = match ? idsBesideOperation(scope.ids, match) : scope.ids;
      const matches = typeof literal.code === 'number' ? registry.documenting(literal.code, ids, locale) : [];
      const known =
        typeof literal.code === 'number'
          ? matches.length > 0 || response !== undefined
          : registry
              .documentedCodes(scope.ids, locale)
              .some((code) => String(Math.floor(code / 100)) === String(literal.code)[0]);
      listed.push({
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        code: literal.code,
        text: literal.text,
        known,
        catalogs: matches.map(({ catalog, entries }) => ({
          id: catalog.info.id,
          message: entries[0]?.message ?? null,
          ...(entries[0]?.message == null && entries[0]?.description ? { description: entries[0].description } : {}),
        })),
        standard: typeof literal.code === 'number' ? (registry.standardEntry(literal.code)?.message ?? null) : null,
        rule: literal.rule,
        ...(match
          ? {
            operation: {
              method: match.operation.method,
              path: match.operation.path,
              response: response ? response.description : null,
              declared: declaredKeys(match.operation),
            },
          }
          : {}),
      });
    }
  }
  return listed;
}

/** One line per literal: place, code, then `id: message` for each catalog documenting it, or why none does; with `explain`, the rule that found it. */
export function formatListed(listed: readonly ListedLiteral[], explain = false): string {
  return listed.map((item) => `${item.file}:${item.line}:${item.column}  ${String(item.code).padEnd(4)}  ${describe(item)}${explain ? `  [${item.rule}]` : ''}`).join('\n');
}

function describe(item: ListedLiteral): string {
  if (item.operation) {
    const { method, path, response, declared } = item.operation;
    const own = response !== null
      ? `${method} ${path} → ${item.code}: ${response || '(no description)'}`
      : `${method} ${path} declares no ${item.code} response (declared: ${declared.join(', ') || 'none'})`;
    return [own, ...item.catalogs.map(catalogMeaning)].join('; ');
  }
  if (item.catalogs.length > 0) return item.catalogs.map(catalogMeaning).join('; ');
  if (typeof item.code === 'string') return item.known ? 'range documented' : 'range not documented';
  return item.standard ? `not documented (standard: ${item.standard})` : 'not documented';
}

/** `id: message`, else the description (on one line) when the catalog gives only that. */
function catalogMeaning({ id, message, description }: ListedLiteral['catalogs'][number]): string {
  return `${id}: ${message ?? description?.replace(/\s+/g, ' ') ?? '(no message)'}`;
}
