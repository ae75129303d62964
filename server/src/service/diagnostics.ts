/**
 * Diagnostics on status literals, one rule each with its own severity setting:
 * - invalidCode: not an HTTP status code at all (4040), or a number no standard and no active catalog gives
 *   a meaning (299);
 * - undocumentedCode: a code that no active service catalog documents ("418 is not documented by …"),
 *   saying when it is nevertheless a standard code;
 * - unknownCatalog: a `status-catalog:` directive naming a catalog that is not loaded (a typo would otherwise
 *   silently fall back to every catalog).
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { StatusLiteral } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import type { DiagnosticRule, RuleSeverity } from './settings';
import { neutralizeCatalogText } from './markdown';
import { isStatusRange } from './statusCodes';

export const DIAGNOSTIC_SOURCE = 'status-catalog';

/** What a quick fix needs to know about the diagnostic it fixes. */
export type StatusDiagnosticData = { rule: 'undocumentedCode' | 'invalidCode'; code: number } | { rule: 'unknownCatalog'; id: string };

const SEVERITY: Record<Exclude<RuleSeverity, 'ignore'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function doValidate(analyzed: AnalyzedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const literal of analyzed.detected.literals) {
    if (typeof literal.code !== 'number') continue; // OpenAPI ranges ("4XX") are valid keys
    const finding = judge(literal.code, analyzed);
    if (!finding) continue;
    const severity = analyzed.settings.severity[finding.rule];
    if (severity === 'ignore') continue;
    diagnostics.push(toDiagnostic(literal, finding.rule, finding.message, SEVERITY[severity], analyzed));
  }
  diagnostics.push(...unknownCatalogs(analyzed));
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
        message: `Unknown catalog '${id}' in the status-catalog directive (known: ${known.join(', ') || 'none'})`,
        data,
      };
    });
}

function judge(code: number, analyzed: AnalyzedDocument): { rule: Exclude<DiagnosticRule, 'unknownCatalog'>; message: string } | undefined {
  const { registry, scope, locale } = analyzed;
  if (!isStatusRange(code)) {
    return { rule: 'invalidCode', message: `${code} is not an HTTP status code (100-599)` };
  }
  if (registry.documenting(code, scope.ids, locale).length > 0) return undefined;
  const standard = registry.standardEntry(code);
  if (!standard) {
    const by = scope.ids.length > 0 ? 'no active catalog documents it' : 'no catalog is active';
    return { rule: 'invalidCode', message: `${code} is not a standard HTTP status code and ${by}` };
  }
  const services = scope.ids.map((id) => neutralizeCatalogText(`${registry.titleOf(id, 'en')} (${id})`, 'plain')).join(', ');
  const subject = services ? `${code} is not documented by ${services}` : `${code} is not documented by any active catalog`;
  return { rule: 'undocumentedCode', message: `${subject}; it is the standard ${code} ${neutralizeCatalogText(standard.message ?? '', 'plain')}`.trimEnd() };
}

function toDiagnostic(
  literal: StatusLiteral,
  rule: Exclude<DiagnosticRule, 'unknownCatalog'>,
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
