/**
 * `status-catalog parse [--json] [--explain] FILE...`: what the catalog parsers read from pages, one result
 * per file; `--explain` adds each table found, whether it was read as a status table, and why not.
 * Exit code 0 when every file parsed without a problem, 1 otherwise.
 */
import { loadCatalogFile } from '../catalog/catalogFolder';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import { formatFromFileName, parseCatalogPage, type TableVerdict } from '../catalog/parsers/parseCatalogPage';
import type { CatalogEntry, ParseProblem } from '../catalog/types';
import { messages } from '../service/messages';

export interface ParsedFileReport {
  file: string;
  entries: Array<Pick<CatalogEntry, 'code' | 'message' | 'class' | 'description' | 'line'>>;
  problems: ParseProblem[];
  /** With `--explain`: the verdict on each table of a page (absent for JSON catalogs and unreadable files). */
  tables?: TableVerdict[];
}

export function parseFiles(files: readonly string[], explain = false): ParsedFileReport[] {
  return files.map((file) => {
    const catalog = loadCatalogFile(file, {}, 'user', nodeFileSystem);
    const tables = explain ? explainTables(file) : undefined;
    return {
      ...(tables ? { tables } : {}),
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

/** The parsers' verdict on each table of a page file, or undefined when it is not a page or cannot be read. */
function explainTables(file: string): TableVerdict[] | undefined {
  const format = formatFromFileName(file);
  if (!format) return undefined;
  let text: string;
  try {
    text = nodeFileSystem.readFile(file);
  } catch {
    // loadCatalogFile has already reported why the file cannot be read.
    return undefined;
  }
  return parseCatalogPage(text, format, { explain: true }).tables;
}

export function runParse(files: readonly string[], json: boolean, write: (text: string) => void, explain = false): number {
  const reports = parseFiles(files, explain);
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
  if (report.tables) {
    lines.push(`  ${report.tables.length} ${report.tables.length === 1 ? 'table' : 'tables'} found${report.tables.length > 0 ? ':' : ''}`);
    for (const table of report.tables) {
      const read = table.status ? `status table, ${table.entries} entries: ` : 'not a status table: ';
      lines.push(`  ${String(table.line).padStart(5)}  ${read}${table.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
