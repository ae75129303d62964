/**
 * `status-catalog list [--json] [--catalog ID]... PATH...`: every status literal found, with whether an active
 * catalog documents it. Lines and columns are 1-based, in UTF-16 code units; a string's column is its quote.
 */
import type { FileAnalysis } from './analyzeFiles';

export interface ListedLiteral {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: number | string;
  text: string;
  known: boolean;
  /** The detection rule that found it (docs/detection-rules.md). */
  rule: string;
}

export function listLiterals(analyses: readonly FileAnalysis[]): ListedLiteral[] {
  const listed: ListedLiteral[] = [];
  for (const { file, analyzed } of analyses) {
    const { document, registry, scope, locale } = analyzed;
    for (const literal of analyzed.detected.literals) {
      const start = document.positionAt(literal.start);
      const end = document.positionAt(literal.end);
      const known =
        typeof literal.code === 'number'
          ? registry.documenting(literal.code, scope.ids, locale).length > 0
          : registry
              .documentedCodes(scope.ids, locale)
              .some((code) => String(Math.floor(code / 100)) === String(literal.code)[0]);
      listed.push({
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        code: literal.code,
        text: literal.text,
        known,
        rule: literal.rule,
      });
    }
  }
  return listed;
}

/** One line per literal; with `explain`, the id of the rule that found it at the end. */
export function formatListed(listed: readonly ListedLiteral[], explain = false): string {
  return listed
    .map((item) => `${item.file}:${item.line}:${item.column}  ${String(item.code).padEnd(4)}  ${item.known ? 'documented' : 'not documented'}  ${item.text}${explain ? `  [${item.rule}]` : ''}`)
    .join('\n');
}
