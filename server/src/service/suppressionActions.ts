/**
 * The "Ignore for this line" quick fix: inserts `// status-catalog-disable-next-line <rule>` above the line of a
 * status diagnostic, with the line's indentation. In JSX children, where `//` would be text, it writes
 * `{/* … *\/}` instead. A directive already on the line above gets the rule added to it rather than a second line.
 */
import type * as ts from 'typescript';
import { typescript } from '../compiler/typescriptCompiler';
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from './analysis';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { readDirective, type SuppressibleRule, SUPPRESSIBLE_RULES } from './suppressions';

const NEXT_LINE = 'status-catalog-disable-next-line';

/** One "Ignore for this line" action per diagnostic of a suppressible rule (none for plain JSON). */
export function suppressionActions(analyzed: AnalyzedDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { document } = analyzed;
  // JSON holds no comments, and YAML's are not read for suppressions: `ignore` and `overrides` cover both.
  if (document.languageId === 'json' || document.languageId === 'yaml') return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const rule = SUPPRESSIBLE_RULES.find((r) => r === diagnostic.code);
    if (!rule) continue;
    const edit = suppressionEdit(analyzed, diagnostic.range.start.line, rule);
    actions.push({
      title: analyzed.locale.toLowerCase().startsWith('zh') ? `忽略此行的 ${rule}` : `Ignore ${rule} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [edit] } },
    });
  }
  return actions;
}

function suppressionEdit(analyzed: AnalyzedDocument, line: number, rule: SuppressibleRule): TextEdit {
  const { document } = analyzed;
  const text = document.getText();
  const lineStart = document.offsetAt({ line, character: 0 });
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const existing = line > 0 ? directiveOnLine(analyzed, line - 1) : undefined;
  if (existing && existing.rules && !existing.rules.includes(rule)) {
    return { range: { start: document.positionAt(existing.listEnd), end: document.positionAt(existing.listEnd) }, newText: `, ${rule}` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const comment = inJsxChildren(analyzed, lineStart + indent.length) ? `{/* ${NEXT_LINE} ${rule} */}` : `// ${NEXT_LINE} ${rule}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` };
}

/** A next-line directive that is the whole of a line, and the offset just past its rule list. */
function directiveOnLine(analyzed: AnalyzedDocument, line: number): { rules: SuppressibleRule[] | undefined; listEnd: number } | undefined {
  const { document } = analyzed;
  const start = document.offsetAt({ line, character: 0 });
  const raw = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const indent = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body.startsWith('//')) return undefined;
  const directive = readDirective(body, start + indent);
  if (!directive || directive.kind !== 'disable-next-line' || !directive.rules || directive.unknownRules.length > 0) return undefined;
  const reason = body.search(/\s--(\s|$)/);
  const listEnd = start + indent + (reason >= 0 ? reason : body.trimEnd().length);
  return { rules: directive.rules, listEnd };
}

/** Whether an offset is among a JSX element's children, where a `//` comment would be rendered as text. */
function inJsxChildren(analyzed: AnalyzedDocument, offset: number): boolean {
  const tree = analyzed.detected.syntaxTree as ts.Node | undefined;
  const { forEachChild, isJsxElement, isJsxExpression, isJsxFragment, SyntaxKind } = typescript();
  if (!tree || tree.kind !== SyntaxKind.SourceFile) return false;
  const sourceFile = tree as ts.SourceFile;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || offset < node.pos || offset >= node.end) return;
    if ((isJsxElement(node) || isJsxFragment(node)) && node.children.length > 0) {
      const opening = isJsxElement(node) ? node.openingElement : node.openingFragment;
      const closing = isJsxElement(node) ? node.closingElement : node.closingFragment;
      if (offset >= opening.end && offset <= closing.getStart(sourceFile)) {
        const child = node.children.find((c) => offset >= c.pos && offset < c.end);
        // Inside a child expression `{…}` the code is JavaScript again; elsewhere among children it is JSX.
        if (!child || !isJsxExpression(child) || offset <= child.getStart(sourceFile)) found = true;
        if (child && !found) forEachChild(child, visit);
        return;
      }
    }
    forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
