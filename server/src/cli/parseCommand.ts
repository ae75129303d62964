/**
 * `status-catalog parse [--json] FILE...`: what the catalog parsers read from pages, one result per file.
 * Exit code 0 when every file parsed without a problem, 1 otherwise.
 */
import { loadCatalogFile } from '../catalog/catalogFolder';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import type { CatalogEntry, ParseProblem } from '../catalog/types';
import { messages } from '../service/messages';

export interface ParsedFileReport {
  file: string;
  entries: Array<Pick<CatalogEntry, 'code' | 'message' | 'class' | 'description' | 'line'>>;
  problems: ParseProblem[];
}

export function parseFiles(files: readonly string[]): ParsedFileReport[] {
  return files.map((file) => {
    const catalog = loadCatalogFile(file, {}, 'user', nodeFileSystem);
    return {
      file,
      entries: catalog.entries.map(({ code, message, class: statusClass, description, line }) => ({
        code,
        message,
        class: statusClass,
        description,
        line,
      })),
      // Problems about the whole file (unreadable, unsupported) have no line of their own: report line 1.
      problems: catalog.problems.map(({ line, message }) => ({ line: Math.max(line, 1), message })),
    };
  });
}

export function runParse(files: readonly string[], json: boolean, write: (text: string) => void): number {
  const reports = parseFiles(files);
  if (json) write(`${JSON.stringify(reports, null, 2)}\n`);
  else for (const report of reports) write(formatReport(report));
  return reports.every((report) => report.problems.length === 0) ? 0 : 1;
}

function formatReport(report: ParsedFileReport): string {
  const m = messages('en');
  const lines = [`${report.file}: ${m.entryCount(report.entries.length)}, ${m.problemCount(report.problems.length)}`];
  for (const entry of report.entries) {
    const summary = entry.description.split('\n')[0] ?? '';
    lines.push(
      `  ${String(entry.line).padStart(5)}  ${entry.code}  ${(entry.message ?? '-').padEnd(28)}  ${(entry.class ?? '').padEnd(8)}  ${truncate(summary, 60)}`,
    );
  }
  for (const problem of report.problems) lines.push(`  ${report.file}:${problem.line}: ${problem.message}`);
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
