/**
 * Go to definition: from a status literal to the catalog rows that document it (file and line); for a code no
 * active service documents, to its row in the standard registry.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { declaredResponse, type OpenApiResponse } from '../catalog/openApiSpec';
import { type AnalyzedDocument, literalAt } from './analysis';
import { type OperationMatch, operationAt } from './operations';
import { sourceUri } from './sourceUri';

export function findDefinition(analyzed: AnalyzedDocument, position: Position): Location[] {
  const literal = literalAt(analyzed, analyzed.document.offsetAt(position));
  if (!literal || typeof literal.code !== 'number') return [];
  // Inside a handler an OpenAPI catalog describes, the operation's own response object comes first.
  const match = operationAt(analyzed, literal.start);
  const response = match ? declaredResponse(match.operation, literal.code) : undefined;
  if (match && response) return [responseLocation(match, response)];
  return findDefinitionOfCode(analyzed, literal.code);
}

/** Where an operation's response object is written in its OpenAPI document. */
export function responseLocation(match: OperationMatch, response: OpenApiResponse): Location {
  return lineLocation(match.catalog.info.source, response.line);
}

/** The rows documenting `code` in the document's catalogs, else its row in the standard registry. */
export function findDefinitionOfCode(analyzed: AnalyzedDocument, code: number): Location[] {
  const { registry, scope, locale } = analyzed;
  const locations: Location[] = [];
  for (const { catalog, entries } of registry.documenting(code, scope.ids, locale)) {
    for (const entry of entries) locations.push(lineLocation(catalog.info.source, entry.line));
  }
  const standard = registry.standard;
  const standardEntry = registry.standardEntry(code);
  if (locations.length === 0 && standard && standardEntry) locations.push(lineLocation(standard.info.source, standardEntry.line));
  return locations;
}

/** The start of a 1-based line of a catalog's source (a line 0, unknown, is the first). */
function lineLocation(source: string, line: number): Location {
  const start = { line: Math.max(line - 1, 0), character: 0 };
  return { uri: sourceUri(source), range: { start, end: { ...start } } };
}
