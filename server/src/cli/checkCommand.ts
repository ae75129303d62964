/**
 * `status-catalog check [--format stylish|json|sarif] [--catalog ID]... [--max-warnings N] PATH...`:
 * the editor's diagnostics, for CI. Exit 1 when any has severity error, or when warnings exceed --max-warnings.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { doValidate, messages } from '../service/languageService';
import type { FileAnalysis } from './analyzeFiles';

export interface CheckedProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  rule: string;
  message: string;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, CheckedProblem['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function checkFiles(analyses: readonly FileAnalysis[]): CheckedProblem[] {
  return analyses.flatMap(({ file, analyzed }) => doValidate(analyzed).map((d) => toProblem(file, d)));
}

function toProblem(file: string, diagnostic: Diagnostic): CheckedProblem {
  return {
    file,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Warning],
    rule: String(diagnostic.code ?? ''),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
}

export function checkExitCode(problems: readonly CheckedProblem[], maxWarnings: number | undefined): number {
  if (problems.some((p) => p.severity === 'error')) return 1;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/** ESLint's "stylish" layout: problems grouped by file, then a count in the locale's words. */
export function formatStylish(problems: readonly CheckedProblem[], locale = 'en'): string {
  if (problems.length === 0) return '';
  const lines: string[] = [];
  let currentFile = '';
  for (const p of problems) {
    if (p.file !== currentFile) {
      if (currentFile) lines.push('');
      lines.push(p.file);
      currentFile = p.file;
    }
    lines.push(`  ${`${p.line}:${p.column}`.padEnd(8)} ${p.severity.padEnd(11)} ${p.message}  ${p.rule}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  lines.push('', messages(locale).problemSummary(problems.length, errors, warnings));
  return `${lines.join('\n')}\n`;
}

const RULES = [
  { id: 'undocumentedCode', text: 'Status code not documented by any active service catalog', level: 'warning' },
  { id: 'invalidCode', text: 'Number in a status position that is not an HTTP status code', level: 'error' },
  { id: 'unknownCatalog', text: 'Directive naming a catalog that is not loaded', level: 'warning' },
];

/** SARIF 2.1.0, which code-scanning dashboards read. File locations are relative to the working folder. */
export function formatSarif(problems: readonly CheckedProblem[], version: string): string {
  const level = (severity: CheckedProblem['severity']) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'status-catalog',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.text },
              defaultConfiguration: { level: rule.level },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(process.cwd()).href}/` } },
        results: problems.map((p) => ({
          ruleId: p.rule,
          ruleIndex: Math.max(RULES.findIndex((rule) => rule.id === p.rule), 0),
          level: level(p.severity),
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relative(process.cwd(), p.file).split('\\').join('/'), uriBaseId: 'SRCROOT' },
                region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
