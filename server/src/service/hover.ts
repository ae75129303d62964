/** Hover on a status literal: what the code means in each active catalog. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { StatusLiteral } from '../detection/types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { memosOf } from './analysisMemo';
import { operationSection } from './operationHover';
import { idsBesideOperation } from './operations';
import { constantLabel } from './constantFixes';
import { renderStatusMarkdown } from './renderStatus';

const SECTION_BREAK = '\n\n---\n\n';

/**
 * The hover at a position. A literal's hover is rendered once per analysis (analysisMemo.ts): it depends only on the
 * analysis (text, scope, catalogs, settings, locale) and the literal, and every one of those makes a new analysis
 * when it changes. The same frozen object is answered again, so no caller may change it.
 */
export function doHover(analyzed: AnalyzedDocument, position: Position): Hover | null {
  const literal = literalAt(analyzed, analyzed.document.offsetAt(position));
  if (!literal) return null;
  return memosOf(analyzed).hovers.get(`${literal.start}:${literal.end}`, () => renderHover(analyzed, literal));
}

function renderHover(analyzed: AnalyzedDocument, literal: StatusLiteral): Hover {
  const { document } = analyzed;
  // Inside a handler an OpenAPI catalog describes, its operation speaks first and the spec's other operations stay
  // out of the rest of the hover; the spec is still named among the catalogs consulted.
  const operation = operationSection(analyzed, literal);
  const context = operation
    ? { ...analyzed, scope: { ...analyzed.scope, ids: idsBesideOperation(analyzed.scope.ids, operation.match) } }
    : analyzed;
  const sections = renderStatusMarkdown(literal.code, context, literal.constant && constantLabel(literal.constant), analyzed.scope).split(SECTION_BREAK);
  if (operation) sections.splice(1, 0, operation.markdown);
  const start = Object.freeze(document.positionAt(literal.start));
  const end = Object.freeze(document.positionAt(literal.end));
  return Object.freeze({
    contents: Object.freeze({ kind: 'markdown' as const, value: sections.join(SECTION_BREAK) }),
    range: Object.freeze({ start, end }),
  });
}
