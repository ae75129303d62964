/**
 * Tables of a reStructuredText page: grid tables, simple tables, `list-table` and `csv-table` directives, each with
 * the labels around it (a `.. table::` title, "-  Normal" bullets, section headings). The few RST libraries
 * on npm do not read tables well, so the page is scanned line by line with focused table readers.
 */
import { expandTabs, indentOf } from './lineIndex';
import { CSV_TABLE, readCsvTable } from './rstCsvTable';
import { readGridTable } from './rstGridTable';
import { LIST_TABLE, readListTable } from './rstListTable';
import { readSimpleTable } from './rstSimpleTable';
import { PageOutline } from './sectionContext';
import type { SourceTable, TableRow } from './tableModel';

const GRID_BORDER = /^\s*\+(?:-+\+)+\s*$/;
/** Two or more `=` runs: one run alone is a section underline, not a table. */
const SIMPLE_BORDER = /^\s*=+(?: +=+)+\s*$/;

export function readRstTables(text: string): SourceTable[] {
  // Column positions matter in RST tables, so tabs become spaces first, at the spec's 8-column stops.
  const lines = text.split('\n').map((line) => expandTabs(line, 8));
  const outline = new PageOutline(lines, 'rst');
  const tables: SourceTable[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const read = readTableAt(lines, i);
    if (read === null) {
      i++;
      continue;
    }
    const around = outline.surroundings(i, indentOf(line));
    tables.push({ line: i + 1, rows: read.rows, ...around, title: read.title ?? around.title });
    // Every reader consumes at least its first line, so the scan always moves on.
    i = Math.max(read.end, i + 1);
  }
  return tables;
}

/** The table starting at `lines[i]`, with the title its directive gives, or null when none starts there. */
function readTableAt(lines: string[], i: number): { end: number; rows: TableRow[]; title: string | null } | null {
  const line = lines[i]!;
  if (LIST_TABLE.test(line)) return readListTable(lines, i);
  if (CSV_TABLE.test(line)) return readCsvTable(lines, i);
  if (GRID_BORDER.test(line)) return { ...readGridTable(lines, i), title: null };
  if (SIMPLE_BORDER.test(line)) return { ...readSimpleTable(lines, i), title: null };
  return null;
}
