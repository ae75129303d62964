/**
 * Entry point of the catalog page parsers: a status-code documentation page (Markdown with HTML or pipe
 * tables, HTML, reStructuredText) in, catalog entries and problems out. Pure: no file system, no editor.
 *
 * Each format has a reader that finds the page's tables with their labels (`markdownPage.ts`,
 * `htmlPage.ts`, `rstPage.ts`); `statusTable.ts` then decides which tables are status-code tables and
 * reads their rows, the same way for every format.
 */
import type { CatalogEntry, ParseProblem, ParseResult } from '../types';
import { readHtmlPageTables } from './htmlPage';
import { attachDescriptionRuns, collectInlineRuns, type InlineRunBook } from './inlineRuns';
import { readMarkdownTables } from './markdownPage';
import { readRstTables } from './rstPage';
import { readStatusTable, type TableVerdict } from './statusTable';
import type { SourceTable } from './tableModel';
import { errorMessage } from '../../errors';

/** The page formats this parser reads. */
export type CatalogPageFormat = 'markdown' | 'html' | 'rst';

export type { TableVerdict } from './statusTable';

export interface ParsePageOptions {
  /** Also say, table by table, what was read as a status table and why not (`parse --explain`). */
  explain?: boolean;
}

export interface PageParseResult extends ParseResult {
  /** One verdict per table found, in page order; present when `explain` was asked for. */
  tables?: TableVerdict[];
}

/**
 * Parses a catalog page. Never throws: a table that cannot be read becomes a problem and the rest of the
 * page still loads; a page without a status-code table yields no entries and no problems.
 */
export function parseCatalogPage(text: string, format: CatalogPageFormat, options: ParsePageOptions = {}): PageParseResult {
  const entries: CatalogEntry[] = [];
  const problems: ParseProblem[] = [];
  const verdicts: TableVerdict[] = [];
  const done = (): PageParseResult => (options.explain ? { entries, problems, tables: verdicts } : { entries, problems });
  // One line ending everywhere, so offsets and line numbers agree; a BOM is not content.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let tables: SourceTable[];
  // The readers' inline scanners record code spans and links on the side (see inlineRuns.ts).
  let book: InlineRunBook;
  try {
    ({ result: tables, book } = collectInlineRuns(() => readTables(normalized, format)));
  } catch (error) {
    problems.push({ line: 0, message: `could not read the page's tables: ${errorMessage(error)}` });
    return done();
  }
  for (const table of tables) {
    try {
      const result = readStatusTable(table);
      // No argument spreading: a table can hold more entries than the stack has room for arguments.
      for (const entry of result.entries) entries.push(entry);
      for (const problem of result.problems) problems.push(problem);
      verdicts.push(result.verdict);
    } catch (error) {
      const message = `could not read the table: ${errorMessage(error)}`;
      problems.push({ line: table.line, message });
      verdicts.push({ line: table.line, rows: table.rows.length, status: false, entries: 0, reason: message });
    }
  }
  attachDescriptionRuns(entries, book);
  return done();
}

/** The format a catalog file's name implies, or undefined for names this parser does not read. */
export function formatFromFileName(name: string): CatalogPageFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    case 'rst':
      return 'rst';
    default:
      return undefined;
  }
}

function readTables(text: string, format: CatalogPageFormat): SourceTable[] {
  switch (format) {
    case 'markdown':
      return readMarkdownTables(text);
    case 'html':
      return readHtmlPageTables(text);
    case 'rst':
      return readRstTables(text);
    default:
      // Callers in plain JavaScript can pass anything; an unknown format has no tables we can read.
      return [];
  }
}
