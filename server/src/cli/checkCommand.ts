/**
 * `status-catalog check [--format stylish|json|sarif|github] [--quiet] [--max-warnings N] … PATH...`:
 * the editor's diagnostics, for CI, and the problems of the catalogs they were judged by (a malformed row in the
 * team's page), at the catalog file and line. Exit 1 when any has severity error, or when warnings exceed
 * --max-warnings.
 */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { doValidate, messages } from '../service/languageService';
import type { CatalogProblem } from '../catalog/catalogFolder';
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

/** The rule id of a catalog page's problem; catalog problems are warnings, as the editor shows them. */
export const CATALOG_PROBLEM_RULE = 'catalogProblem';

export function checkFiles(analyses: readonly FileAnalysis[], catalogProblems: readonly CatalogProblem[] = []): CheckedProblem[] {
  const inSources = analyses.flatMap(({ file, analyzed }) => doValidate(analyzed).map((d) => toProblem(file, d)));
  return [...inSources, ...catalogProblems.map(fromCatalogProblem)];
}

function fromCatalogProblem(problem: CatalogProblem): CheckedProblem {
  // A problem about a whole file or folder has line 0: it is shown at line 1.
  const line = Math.max(problem.line, 1);
  const file = isAbsolute(problem.file) ? displayPath(problem.file) : problem.file;
  return { file, line, column: 1, endLine: line, endColumn: 1, severity: 'warning', rule: CATALOG_PROBLEM_RULE, message: problem.message };
}

/** A path below the working folder is shown relative to it, as the source paths are. */
function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
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
  { id: 'unusedSuppression', text: 'Suppression comment that suppresses nothing', level: 'warning' },
  { id: CATALOG_PROBLEM_RULE, text: 'Catalog page row or file that could not be read', level: 'warning' },
];

/** GitHub Actions workflow commands: each problem becomes an annotation on the file and line. */
export function formatGithub(problems: readonly CheckedProblem[]): string {
  const command = (severity: CheckedProblem['severity']) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice');
  const lines = problems.map((p) => {
    const properties = [
      `file=${escapeProperty(p.file.split('\\').join('/'))}`,
      `line=${p.line}`,
      `col=${p.column}`,
      `endLine=${p.endLine}`,
      `endColumn=${p.endColumn}`,
      `title=${escapeProperty(`status-catalog ${p.rule}`)}`,
    ];
    return `::${command(p.severity)} ${properties.join(',')}::${escapeData(p.message)}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The line printed when nothing is reported: how much was checked, so an empty run is visibly not a no-op. */
export function formatSummary(problems: readonly CheckedProblem[], fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (problems.length === 0) return `status-catalog: no problems in ${files}\n`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return `status-catalog: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files}\n`;
}

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
