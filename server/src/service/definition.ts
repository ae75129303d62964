/**
 * Go to definition: from a status literal to the catalog rows that document it (file and line); for a code no
 * active service documents, to its row in the standard registry.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { declaredResponse } from '../catalog/openApiSpec';
import { type AnalyzedDocument, literalAt } from './analysis';
import { operationAt } from './operations';
import { sourceUri } from './sourceUri';

export function findDefinition(analyzed: AnalyzedDocument, position: Position): Location[] {
  const literal = literalAt(analyzed, analyzed.document.offsetAt(position));
  if (!literal || typeof literal.code !== 'number') return [];
  // Inside a handler an OpenAPI catalog describes, the operation's own response object comes first.
  const match = operationAt(analyzed, literal.start);
  const response = match ? declaredResponse(match.operation, literal.code) : undefined;
  if (match && response) {
    const line = Math.max(response.line - 1, 0);
    return [{ uri: toUri(match.catalog.info.source), range: { start: { line, character: 0 }, end: { line, character: 0 } } }];
  }
  return findDefinitionOfCode(analyzed, literal.code);
}

/** The rows documenting `code` in the document's catalogs, else its row in the standard registry. */
export function findDefinitionOfCode(analyzed: AnalyzedDocument, code: number): Location[] {
  const { registry, scope, locale } = analyzed;
  const locations: Location[] = [];
  for (const { catalog, entries } of registry.documenting(code, scope.ids, locale)) {
    for (const entry of entries) {
      const line = Math.max(entry.line - 1, 0);
      locations.push({ uri: toUri(catalog.info.source), range: { start: { line, character: 0 }, end: { line, character: 0 } } });
    }
  }
  const standard = registry.standard;
  const standardEntry = registry.standardEntry(code);
  if (locations.length === 0 && standard && standardEntry) {
    const line = Math.max(standardEntry.line - 1, 0);
    locations.push({ uri: toUri(standard.info.source), range: { start: { line, character: 0 }, end: { line, character: 0 } } });
  }
  return locations;
}

function toUri(source: string): string {
  return sourceUri(source);
}
