/**
 * Quick fixes for the status diagnostics: "Replace with 409 Conflict" for the few nearest documented codes,
 * the best one preferred. The edit replaces exactly the literal and keeps its quotes. An unknown catalog id in
 * a directive is offered the known ids it most resembles.
 */
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver-types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { editDistance } from './editDistance';
import { messages } from './messages';
import { nearestCodes } from './nearestCodes';
import { statusName } from './renderStatus';
import { undeclaredResponseActions } from './undeclaredResponses';

/** How many replacements a diagnostic offers. */
const FIX_COUNT = 3;

export function doCodeActions(analyzed: AnalyzedDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { document, registry, scope, locale } = analyzed;
  const documented = registry.documentedCodes(scope.ids, locale);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    if (diagnostic.code === 'unknownCatalog') {
      actions.push(...catalogIdFixes(analyzed, diagnostic));
      continue;
    }
    if (diagnostic.code === 'undeclaredResponse') {
      actions.push(...undeclaredResponseActions(analyzed, diagnostic));
      continue;
    }
    const literal = literalAt(analyzed, document.offsetAt(diagnostic.range.start));
    if (!literal || typeof literal.code !== 'number') continue;
    const range = { start: document.positionAt(literal.start), end: document.positionAt(literal.end) };
    nearestCodes(literal.code, documented, FIX_COUNT).forEach((code, index) => {
      const name = statusName(code, analyzed);
      const quote = literal.quote ?? '';
      actions.push({
        title: messages(locale).replaceWithCode(code, name),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: [{ range, newText: `${quote}${code}${quote}` }] } },
      });
    });
  }
  return actions;
}

/** Known catalog ids close to the unknown one ("dbs" → "dds"), nearest first. */
function catalogIdFixes(analyzed: AnalyzedDocument, diagnostic: Diagnostic): CodeAction[] {
  const { document, registry, locale } = analyzed;
  const typed = document.getText(diagnostic.range).toLowerCase();
  return registry
    .serviceIds()
    .map((id) => ({ id, distance: editDistance(typed, id) }))
    .filter(({ id, distance }) => distance <= Math.max(2, Math.floor(id.length / 2)))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, FIX_COUNT)
    .map(({ id }, index) => ({
      title: messages(locale).replaceWithCatalog(id, registry.titleOf(id, locale)),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === 0,
      edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: id }] } },
    }));
}
