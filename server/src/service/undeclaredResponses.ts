/**
 * undeclaredResponse: a status literal inside a route handler whose OpenAPI operation declares no such response
 * (neither the code, its class range nor `default`). Information by default: specs are often incomplete. Its quick
 * fixes offer the operation's declared codes and "Add 409 to POST /orders/{id} in openapi.json", which writes the
 * response into the spec in the document's own style.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { declaredResponse, type OpenApiOperation } from '../catalog/openApiSpec';
import { type AnalyzedDocument, literalAt } from './analysis';
import { messages } from './messages';
import { declaredKeys, operationAt } from './operations';
import { statusName } from './renderStatus';
import type { RuleSeverity } from './settings';
import { sourceFileName, sourceUri } from './sourceUri';

const SOURCE = 'status-catalog';
const SEVERITY: Record<Exclude<RuleSeverity, 'ignore'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function undeclaredResponses(analyzed: AnalyzedDocument): Diagnostic[] {
  const severity = analyzed.settings.severity.undeclaredResponse;
  if (severity === 'ignore') return [];
  const { document } = analyzed;
  const diagnostics: Diagnostic[] = [];
  for (const literal of analyzed.detected.literals) {
    if (typeof literal.code !== 'number' || literal.rangeBound) continue;
    const match = operationAt(analyzed, literal.start);
    if (!match || declaredResponse(match.operation, literal.code)) continue;
    const { operation, catalog } = match;
    const declared = declaredKeys(operation).join(', ');
    diagnostics.push({
      range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
      severity: SEVERITY[severity],
      source: SOURCE,
      code: 'undeclaredResponse',
      message: messages(analyzed.locale).undeclaredResponse(`${operation.method} ${operation.path}`, literal.code, sourceFileName(catalog.info.source), declared),
      data: { rule: 'undeclaredResponse', code: literal.code },
    });
  }
  return diagnostics;
}

/** Quick fixes for one undeclaredResponse diagnostic. */
export function undeclaredResponseActions(analyzed: AnalyzedDocument, diagnostic: Diagnostic): CodeAction[] {
  const { document } = analyzed;
  const literal = literalAt(analyzed, document.offsetAt(diagnostic.range.start));
  if (!literal || typeof literal.code !== 'number') return [];
  const match = operationAt(analyzed, literal.start);
  if (!match) return [];
  const { operation, catalog } = match;
  const code = literal.code;
  const range = { start: document.positionAt(literal.start), end: document.positionAt(literal.end) };
  const quote = literal.quote ?? '';
  const declared = operation.responses
    .map((r) => r.key)
    .filter((key): key is number => typeof key === 'number')
    .sort((a, b) => Number(Math.floor(b / 100) === Math.floor(code / 100)) - Number(Math.floor(a / 100) === Math.floor(code / 100)) || Math.abs(a - code) - Math.abs(b - code));
  const actions: CodeAction[] = declared.slice(0, 3).map((replacement) => {
    const name = statusName(replacement, analyzed);
    return {
      title: messages(analyzed.locale).replaceWithDeclared(replacement, name, `${operation.method} ${operation.path}`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range, newText: `${quote}${replacement}${quote}` }] } },
    };
  });
  const addition = addResponseEdit(operation, code, statusName(code, analyzed) ?? '', catalog.info.source, catalog.info.format);
  if (addition) {
    actions.unshift({
      title: messages(analyzed.locale).addResponse(code, `${operation.method} ${operation.path}`, sourceFileName(catalog.info.source)),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: addition,
    });
  }
  return actions;
}

/** The edit that writes a response for `code` into the operation, or undefined when the operation has no map. */
function addResponseEdit(operation: OpenApiOperation, code: number, description: string, source: string, _format: string) {
  const at = operation.insertion;
  if (!at) return undefined;
  const uri = sourceUri(source);
  const isYaml = /\.ya?ml$/i.test(source);
  const key = `${at.quote}${code}${at.quote}`;
  const text = isYaml
    ? `\n${at.indent}${key}:\n${at.indent}  description: ${yamlScalar(description)}`
    : `${at.empty ? '' : ','}\n${at.indent}${key}: { "description": ${JSON.stringify(description)} }${at.empty ? `\n${at.indent.slice(2)}` : ''}`;
  const position = { line: at.line, character: at.character };
  return { changes: { [uri]: [{ range: { start: position, end: position }, newText: text }] } };
}

function yamlScalar(text: string): string {
  return /^[\w ,.()/-]*$/.test(text) && text.trim() === text && text !== '' ? text : JSON.stringify(text);
}
