/** Hover on a status literal: what the code means in each active catalog. */
import type { Hover, Position } from 'vscode-languageserver-types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { operationSection } from './operationHover';
import { constantLabel } from './constantFixes';
import { renderStatusMarkdown } from './renderStatus';

const SECTION_BREAK = '\n\n---\n\n';

export function doHover(analyzed: AnalyzedDocument, position: Position): Hover | null {
  const { document } = analyzed;
  const literal = literalAt(analyzed, document.offsetAt(position));
  if (!literal) return null;
  // Inside a handler an OpenAPI catalog describes, its operation speaks first and the spec's other operations stay
  // out of the rest of the hover; the spec is still named among the catalogs consulted.
  const operation = operationSection(analyzed, literal);
  const context = operation
    ? { ...analyzed, scope: { ...analyzed.scope, ids: analyzed.scope.ids.filter((id) => id !== operation.match.catalog.info.id) } }
    : analyzed;
  const sections = renderStatusMarkdown(literal.code, context, literal.constant && constantLabel(literal.constant), analyzed.scope).split(SECTION_BREAK);
  if (operation) sections.splice(1, 0, operation.markdown);
  return {
    contents: { kind: 'markdown', value: sections.join(SECTION_BREAK) },
    range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
  };
}
