/**
 * The format-neutral table that every source reader (HTML, Markdown pipe, reStructuredText) produces and
 * `statusTable.ts` interprets. Readers only recover structure, text and positions; deciding what a table
 * means happens in one place, so the formats cannot drift apart.
 */

/** One cell's text, reduced to plain text. */
export interface TableCell {
  /** Paragraphs and list blocks in order; a list block holds its items as "- item" lines. */
  blocks: string[];
  /** 1-based line where the cell starts in the source file. */
  line: number;
}

/** What occupies one column position of a row. */
export type TableSlot =
  /** The cell starts here. */
  | { kind: 'cell'; cell: TableCell }
  /** Covered by a cell from a row above (HTML rowspan, a grid-table cell spanning rows). */
  | { kind: 'rowspan'; cell: TableCell }
  /** Covered by the cell to the left (HTML colspan, a grid-table cell spanning columns). */
  | { kind: 'colspan'; cell: TableCell };

export interface TableRow {
  /** 1-based line of the row (`<tr>`, a grid row's first text line, a list-table `*`). */
  line: number;
  /** Column positions; holes or a short array mean the source row is missing cells. */
  slots: Array<TableSlot | undefined>;
  /** The source marks the row as a header (`<thead>`, only `<th>` cells, rows above a grid table's `=` line). */
  header: boolean;
}

export interface SourceTable {
  /** 1-based line where the table starts. */
  line: number;
  rows: TableRow[];
  /** The table's caption: `.. table::` argument, `<caption>`, or a "Table 1 ..." line just above it. */
  title: string | null;
  /** Texts of the list items that enclose the table ("-   Normal"), innermost first. */
  listItems: string[];
  /** Texts of the section headings the table is under, innermost first (the page's own title excluded). */
  headings: string[];
  /** The page's own title ("Exit Code Reference"): it says what the page's tables are about, not their class. */
  pageTitle?: string | null;
  /** The sentence just above the table that introduces it, if any. */
  lead?: string | null;
}

/** A cell's text on one line, as a message or code cell is read. */
export function cellText(cell: TableCell): string {
  return cell.blocks.join(' ').replace(/\s+/g, ' ').trim();
}
