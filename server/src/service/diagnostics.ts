/**
 * Diagnostics on status literals, one rule each with its own severity setting:
 * - invalidCode: not an HTTP status code at all (4040), or a number no standard and no active catalog gives
 *   a meaning (299);
 * - undocumentedCode: a code that no active service catalog documents ("418 is not documented by …"),
 *   saying when it is nevertheless a standard code;
 * - unknownCatalog: a `status-catalog:` directive naming a catalog that is not loaded (a typo would otherwise
 *   silently fall back to every catalog);
 * - unusedSuppression: a suppression comment that suppressed nothing (suppressions.ts).
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { StatusLiteral } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import { messages } from './messages';
import type { DiagnosticRule, RuleSeverity } from './settings';
import { neutralizeCatalogText } from './markdown';
import { isStatusRange } from './statusCodes';
import { undeclaredResponses } from './undeclaredResponses';
import { applySuppressions, findSuppressions } from './suppressions';

export const DIAGNOSTIC_SOURCE = 'status-catalog';

/** What a quick fix needs to know about the diagnostic it fixes. */
export type StatusDiagnosticData =
  | { rule: 'undocumentedCode' | 'invalidCode'; code: number }
  | { rule: 'unknownCatalog'; id: string }
  | { rule: 'unusedSuppression' };

/** The rules judged on a status literal. */
type LiteralRule = Extract<DiagnosticRule, 'undocumentedCode' | 'invalidCode'>;

const SEVERITY: Record<Exclude<RuleSeverity, 'ignore'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function doValidate(analyzed: AnalyzedDocument): Diagnostic[] {
  const diagnostics = judgeDocument(analyzed);
  // Suppression comments apply here, to every rule's findings at once, and report the ones that were not needed.
  const directives = findSuppressions(analyzed.document.getText(), analyzed.detected);
  return applySuppressions(diagnostics, directives, analyzed.document, analyzed.settings.severity.unusedSuppression, DIAGNOSTIC_SOURCE);
}

/** A literal rule's finding on a code. */
interface Finding {
  rule: LiteralRule;
  message: string;
}

/** Every rule's findings, before suppressions. */
function judgeDocument(analyzed: AnalyzedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A verdict depends on the code alone within one analysis (same catalogs, scope and locale): a log with 100,000
  // literals of a dozen codes renders a dozen messages, not one per literal.
  const verdicts = new Map<number, Finding | undefined>();
  const undeclared = undeclaredResponses(analyzed);
  // A handler's code its operation does not declare is told once, by that rule: "not documented by openapi" on the
  // same literal would say it again, less precisely.
  const undeclaredAt = new Set(undeclared.map((diagnostic) => analyzed.document.offsetAt(diagnostic.range.start)));
  for (const literal of analyzed.detected.literals) {
    if (typeof literal.code !== 'number') continue; // OpenAPI ranges ("4XX") are valid keys
    let finding = verdicts.get(literal.code);
    if (finding === undefined && !verdicts.has(literal.code)) {
      finding = judge(literal.code, analyzed);
      verdicts.set(literal.code, finding);
    }
    if (!finding || (finding.rule === 'undocumentedCode' && undeclaredAt.has(literal.start))) continue;
    const severity = analyzed.settings.severity[finding.rule];
    if (severity === 'ignore') continue;
    diagnostics.push(toDiagnostic(literal, finding.rule, finding.message, SEVERITY[severity], analyzed));
  }
  diagnostics.push(...unknownCatalogs(analyzed));
  diagnostics.push(...undeclared);
  return diagnostics;
}

function unknownCatalogs(analyzed: AnalyzedDocument): Diagnostic[] {
  const { document, registry, settings } = analyzed;
  const severity = settings.severity.unknownCatalog;
  if (severity === 'ignore') return [];
  const known = registry.serviceIds().map((id) => neutralizeCatalogText(id, 'plain'));
  return (analyzed.detected.scopeHints.directiveIds ?? [])
    .filter(({ id }) => !registry.hasService(id))
    .map(({ id, start, end }) => {
      const data: StatusDiagnosticData = { rule: 'unknownCatalog', id };
      return {
        range: { start: document.positionAt(start), end: document.positionAt(end) },
        severity: SEVERITY[severity],
        source: DIAGNOSTIC_SOURCE,
        code: 'unknownCatalog',
        message: messages(analyzed.locale).unknownCatalog(id, known),
        data,
      };
    });
}

function judge(code: number, analyzed: AnalyzedDocument): Finding | undefined {
  const { registry, scope, locale } = analyzed;
  const m = messages(locale);
  // An active catalog's own status is documented even above 599 (Qiniu's 608-701), so it comes first.
  if (registry.documenting(code, scope.ids, locale).length > 0) return undefined;
  if (!isStatusRange(code)) return { rule: 'invalidCode', message: m.notStatusRange(code) };
  const standard = registry.standardEntry(code);
  // With no catalog in scope there is nothing a standard code could be documented by.
  if (standard && scope.ids.length === 0) return undefined;
  if (!standard) {
    return { rule: 'invalidCode', message: scope.ids.length > 0 ? m.notStandardNoneDocuments(code) : m.notStandardNoCatalog(code) };
  }
  const services = scope.ids.map((id) => neutralizeCatalogText(`${registry.titleOf(id, locale)} (${id})`, 'plain'));
  return { rule: 'undocumentedCode', message: m.undocumentedCode(code, services, standard.message ? neutralizeCatalogText(standard.message, 'plain') : undefined) };
}

function toDiagnostic(
  literal: StatusLiteral,
  rule: LiteralRule,
  message: string,
  severity: DiagnosticSeverity,
  analyzed: AnalyzedDocument,
): Diagnostic {
  const { document } = analyzed;
  const data: StatusDiagnosticData = { rule, code: literal.code as number };
  return {
    range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: rule,
    message,
    data,
  };
}
