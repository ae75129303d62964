/**
 * `status-catalog list --explain PATH...`: the listing with the rule that found each literal; a path written
 * `FILE:LINE:COL` (1-based, UTF-16 columns) instead says which rule found, vetoed or dropped the number or
 * code-shaped string there, or that no rule applied. The verdict comes from detection (`explain(offset)`).
 */
import type { FileAnalysis } from './analyzeFiles';

export interface ExplainTarget {
  file: string;
  line: number;
  column: number;
}

/** Splits `FILE:LINE:COL` paths from plain ones. */
export function explainTargets(paths: readonly string[]): { paths: string[]; targets: ExplainTarget[] } {
  const plain: string[] = [];
  const targets: ExplainTarget[] = [];
  for (const path of paths) {
    const match = /^(.+):(\d+):(\d+)$/.exec(path);
    if (match) targets.push({ file: match[1]!, line: Number(match[2]), column: Number(match[3]) });
    else plain.push(path);
  }
  return { paths: plain, targets };
}

export function formatExplanations(targets: readonly ExplainTarget[], analyses: readonly FileAnalysis[]): string {
  return targets
    .map((target) => {
      const where = `${target.file}:${target.line}:${target.column}`;
      const analysis = analyses.find((a) => a.file === target.file);
      if (!analysis) return `${where}  not analysed`;
      const { document, detected } = analysis.analyzed;
      const explanation = detected.explain?.(document.offsetAt({ line: target.line - 1, character: target.column - 1 }));
      if (!explanation) return `${where}  no number or code-shaped string here`;
      const verdict =
        explanation.verdict === 'found'
          ? `reported, found by ${explanation.rule}`
          : explanation.verdict === 'none'
            ? 'not reported: no rule applied'
            : `not reported: ${explanation.verdict} by ${explanation.rule}`;
      const steps = explanation.steps.map((step) => `${step.rule} ${step.outcome}`).join(', ');
      return `${where}  ${explanation.text}  ${verdict}${steps && explanation.verdict !== 'found' ? ` (${steps})` : ''}`;
    })
    .join('\n');
}
