/**
 * `--explain`: the verdict on the literal at an offset, rule by rule, read from the same rules that
 * detection runs (judged again with a trace; nothing is recorded during detection itself).
 */
import * as ts from 'typescript';
import { judge, type TypeScriptAnalysis } from './findTypeScriptLiterals';
import { analyseJsonText } from './jsonStream';
import { finishSteps } from './steps';
import type { VerdictStep } from './rules/rule';
import type { StatusNameRules } from './statusNames';
import type { Explanation, StatusLiteral } from './types';

export type { Explanation };

export function verdictOf(range: { start: number; end: number; text: string }, literal: StatusLiteral | undefined, steps: VerdictStep[]): Explanation {
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

/**
 * The number or string at `offset` in a JSON text, judged by walking the text again with a trace at that offset
 * (detection keeps no tree to look it up in; `--explain` asks about a few offsets of a file).
 */
export function explainJsonText(text: string, names: StatusNameRules, offset: number): Explanation | undefined {
  const { explained } = finishSteps(analyseJsonText(text, names, [], { explainAt: offset }));
  if (!explained) return undefined;
  const { token, steps, literal } = explained;
  return verdictOf({ start: token.start, end: token.end, text: text.slice(token.start, token.end) }, literal, steps);
}
