/**
 * `--explain`: the verdict on the literal at an offset, rule by rule, read from the same rules that
 * detection runs (judged again with a trace; nothing is recorded during detection itself).
 */
import { findNodeAtOffset } from 'jsonc-parser';
import * as ts from 'typescript';
import { judgeJsonLiteral, type JsonAnalysis } from './findJsonLiterals';
import { judge, type TypeScriptAnalysis } from './findTypeScriptLiterals';
import type { VerdictStep } from './rules/rule';
import type { StatusNameRules } from './statusNames';
import type { Explanation, StatusLiteral } from './types';

export type { Explanation };

function verdictOf(range: { start: number; end: number; text: string }, literal: StatusLiteral | undefined, steps: VerdictStep[]): Explanation {
  const explanation: Explanation = { ...range, verdict: 'none', steps };
  if (literal) return { ...explanation, verdict: 'found', rule: literal.rule };
  const last = steps[steps.length - 1];
  if (last && last.outcome !== 'found') return { ...explanation, verdict: last.outcome, rule: last.rule };
  return explanation;
}

/** The candidate literal (number, three-digit or range string) at `offset` in a TypeScript document. */
export function explainTypeScript(analysis: TypeScriptAnalysis, offset: number): Explanation | undefined {
  const { sourceFile, env, protocol } = analysis;
  const node = analysis.candidates.find((candidate) => {
    const start = candidate.getStart(sourceFile);
    // A negative number is reported from its sign: `-404` at the minus is the literal too.
    const from = candidate.parent && ts.isPrefixUnaryExpression(candidate.parent) ? candidate.parent.getStart(sourceFile) : start;
    return offset >= from && offset < candidate.end;
  });
  if (!node) return undefined;
  const steps: VerdictStep[] = [];
  const literal = judge(node, sourceFile, env, protocol, steps);
  const start = node.getStart(sourceFile);
  return verdictOf({ start, end: node.end, text: sourceFile.text.slice(start, node.end) }, literal, steps);
}

/** The number or string at `offset` in a JSON document. */
export function explainJson(text: string, analysis: JsonAnalysis, names: StatusNameRules, offset: number): Explanation | undefined {
  if (!analysis.root) return undefined;
  const node = findNodeAtOffset(analysis.root, offset, false);
  if (!node || (node.type !== 'number' && node.type !== 'string')) return undefined;
  const steps: VerdictStep[] = [];
  const literal = judgeJsonLiteral(text, node, { names }, analysis.scope, steps);
  const range = { start: node.offset, end: node.offset + node.length, text: text.slice(node.offset, node.offset + node.length) };
  return verdictOf(range, literal, steps);
}
