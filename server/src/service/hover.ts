/** Hover on a status literal: what the code means in each active catalog. */
import type { Hover, Position } from 'vscode-languageserver-types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { constantLabel } from './constantFixes';
import { renderStatusMarkdown } from './renderStatus';

export function doHover(analyzed: AnalyzedDocument, position: Position): Hover | null {
  const { document } = analyzed;
  const literal = literalAt(analyzed, document.offsetAt(position));
  if (!literal) return null;
  return {
    contents: { kind: 'markdown', value: renderStatusMarkdown(literal.code, analyzed, literal.constant && constantLabel(literal.constant)) },
    range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
  };
}
