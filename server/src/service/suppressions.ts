/**
 * Inline suppressions in TypeScript/JavaScript (and JSON with comments), in ESLint's shape:
 *   // status-catalog-disable-next-line [rule, …] [-- reason]
 *   // status-catalog-disable-line [rule, …] [-- reason]
 *   /* status-catalog-disable [rule, …] *\/ … /* status-catalog-enable [rule, …] *\/
 * Without rule ids a directive covers every rule. A directive that suppresses nothing is itself reported
 * (rule `unusedSuppression`, severity from the settings), as is a rule id that does not exist.
 * Applied to a document's diagnostics in one place, {@link applySuppressions}, called by doValidate.
 */
import type * as ts from 'typescript';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { typescript } from '../compiler/typescriptCompiler';
import { forEachJsonComment } from '../detection/jsonComments';
import { forEachTypeScriptComment } from '../detection/typeScriptComments';
import type { DetectedDocument } from '../detection/types';
import type { DiagnosticRule, RuleSeverity } from './settings';

/** The rules a suppression can name. */
export type SuppressibleRule = Exclude<DiagnosticRule, 'unusedSuppression'>;
export const SUPPRESSIBLE_RULES: readonly SuppressibleRule[] = ['undocumentedCode', 'invalidCode', 'unknownCatalog'];

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export const DIRECTIVE_PREFIX = 'status-catalog-';

/** One suppression comment. Offsets are into the document text. */
export interface SuppressionDirective {
  kind: DirectiveKind;
  /** The rules named, or undefined for "every rule". */
  rules: SuppressibleRule[] | undefined;
  /** Names that are not rule ids, with their offsets. */
  unknownRules: Array<{ name: string; start: number; end: number }>;
  /** The comment's range. */
  start: number;
  end: number;
}

/** A cheap test that lets files without any directive skip reading comments. */
const DIRECTIVE_HINT = /status-catalog-(?:disable|enable)/;
const DIRECTIVE_START = /^status-catalog-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** The languages whose comments can hold a directive (plain JSON has no comments). */
function acceptsComments(languageId: string): boolean {
  return languageId !== 'json' && languageId !== 'yaml';
}

/** The suppression directives of a document, in order. */
export function findSuppressions(text: string, detected: DetectedDocument): SuppressionDirective[] {
  if (!acceptsComments(detected.languageId) || !DIRECTIVE_HINT.test(text)) return [];
  const directives: SuppressionDirective[] = [];
  const onComment = (comment: string, offset: number) => {
    const directive = readDirective(comment, offset);
    if (directive) directives.push(directive);
  };
  if (detected.languageId === 'jsonc') forEachJsonComment(text, onComment);
  else {
    const tree = detected.syntaxTree as ts.Node | undefined;
    if (!tree || tree.kind !== typescript().SyntaxKind.SourceFile) return [];
    forEachTypeScriptComment(tree as ts.SourceFile, onComment);
  }
  return directives;
}

/** Reads one comment (delimiters included) as a directive, or undefined when it is none. */
export function readDirective(comment: string, offset: number): SuppressionDirective | undefined {
  const isBlock = comment.startsWith('/*');
  const bodyStart = 2;
  const bodyEnd = isBlock && comment.endsWith('*/') ? comment.length - 2 : comment.length;
  const body = comment.slice(bodyStart, bodyEnd);
  const leading = body.length - body.trimStart().length;
  const trimmed = body.trimStart();
  const match = DIRECTIVE_START.exec(trimmed);
  if (!match) return undefined;
  const kind = match[1] as DirectiveKind;
  const listStart = bodyStart + leading + match[0].length;
  let list = comment.slice(listStart, bodyEnd);
  const reason = list.search(/(^|\s)--(\s|$)/);
  if (reason >= 0) list = list.slice(0, reason);
  const rules: SuppressibleRule[] = [];
  const unknownRules: SuppressionDirective['unknownRules'] = [];
  for (const name of list.matchAll(/[^\s,]+/g)) {
    const rule = SUPPRESSIBLE_RULES.find((r) => r === name[0]);
    const start = offset + listStart + (name.index ?? 0);
    if (rule) {
      if (!rules.includes(rule)) rules.push(rule);
    } else unknownRules.push({ name: name[0], start, end: start + name[0].length });
  }
  return { kind, rules: rules.length > 0 || unknownRules.length > 0 ? rules : undefined, unknownRules, start: offset, end: offset + comment.length };
}

/**
 * Drops the diagnostics the directives suppress and adds one for each directive (or named rule) that
 * suppressed nothing and for each unknown rule id, at `unusedSeverity` ('ignore' adds none).
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  directives: readonly SuppressionDirective[],
  document: TextDocument,
  unusedSeverity: RuleSeverity,
  source: string,
): Diagnostic[] {
  if (directives.length === 0) return [...diagnostics];
  const suppressors = buildSuppressors(directives, document);
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const rule = SUPPRESSIBLE_RULES.find((r) => r === diagnostic.code);
    const line = diagnostic.range.start.line;
    const offset = document.offsetAt(diagnostic.range.start);
    const by = rule && suppressors.filter((s) => s.covers(rule, line, offset));
    if (by && by.length > 0) for (const s of by) s.used.add(rule);
    else kept.push(diagnostic);
  }
  if (unusedSeverity === 'ignore') return kept;
  const severity = SEVERITY[unusedSeverity];
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  for (const suppressor of suppressors) {
    const { directive } = suppressor;
    for (const unknown of directive.unknownRules) {
      kept.push({
        range: range(unknown.start, unknown.end),
        severity,
        source,
        code: 'unusedSuppression',
        message: `Unknown rule '${unknown.name}' in ${DIRECTIVE_PREFIX}${directive.kind} (rules: ${SUPPRESSIBLE_RULES.join(', ')})`,
        data: { rule: 'unusedSuppression' },
      });
    }
    const unused = directive.rules === undefined ? (suppressor.used.size === 0 ? undefined : []) : directive.rules.filter((r) => !suppressor.used.has(r));
    if (directive.rules !== undefined && directive.rules.length === 0) continue; // only unknown names: reported above
    if (unused === undefined || unused.length > 0) {
      const what = unused === undefined ? 'no problem' : `no ${unused.join(' or ')} problem`;
      kept.push({
        range: range(directive.start, directive.end),
        severity,
        source,
        code: 'unusedSuppression',
        message: `Unused ${DIRECTIVE_PREFIX}${directive.kind} directive (${what} is reported here)`,
        data: { rule: 'unusedSuppression' },
      });
    }
  }
  return kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const SEVERITY: Record<Exclude<RuleSeverity, 'ignore'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

interface Suppressor {
  directive: SuppressionDirective;
  used: Set<SuppressibleRule>;
  covers(rule: SuppressibleRule, line: number, offset: number): boolean;
}

/** Each directive with the diagnostics it covers: a line, or a stretch from disable to the matching enable. */
function buildSuppressors(directives: readonly SuppressionDirective[], document: TextDocument): Suppressor[] {
  const suppressors: Suppressor[] = [];
  const names = (directive: SuppressionDirective) => directive.rules ?? SUPPRESSIBLE_RULES;
  /** Per rule, the open `disable` block and the offset where it starts. */
  const open = new Map<SuppressibleRule, { block: { ends: Map<SuppressibleRule, number> }; from: number }>();
  for (const directive of directives) {
    if (directive.kind === 'enable') {
      for (const rule of names(directive)) {
        const current = open.get(rule);
        if (current) current.block.ends.set(rule, directive.start);
        open.delete(rule);
      }
      continue;
    }
    const used = new Set<SuppressibleRule>();
    const rules = new Set(names(directive));
    if (directive.kind === 'disable') {
      const block = { ends: new Map<SuppressibleRule, number>() };
      for (const rule of rules) if (!open.has(rule)) open.set(rule, { block, from: directive.end });
      suppressors.push({
        directive,
        used,
        covers: (rule, _line, offset) =>
          rules.has(rule) && offset >= directive.end && offset < (block.ends.get(rule) ?? Number.POSITIVE_INFINITY),
      });
      continue;
    }
    const commentLine = document.positionAt(directive.end).line;
    const target = directive.kind === 'disable-line' ? commentLine : commentLine + 1;
    suppressors.push({ directive, used, covers: (rule, line) => rules.has(rule) && line === target });
  }
  return suppressors;
}

