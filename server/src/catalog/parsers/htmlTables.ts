/**
 * Reads an HTML `<table>` (parsed by parse5 with source positions) into a format-neutral table: a grid in
 * which `rowspan` and `colspan` cells occupy every position they cover, so a row continued by a rowspan
 * (the row has fewer `<td>`s) still lines its cells up under the right headers.
 */
import { attribute, childElements, type HtmlElement } from './htmlParser';
import { htmlBlocks, htmlInlineText } from './htmlText';
import type { TableCell, TableRow, TableSlot } from './tableModel';

/** Browsers clamp spans too; the limits also keep a hostile `rowspan="99999999"` cheap. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/** No real table is wider; cells beyond it are dropped, so a row costs at most this many positions. */
export const MAX_TABLE_WIDTH = 1000;
/**
 * Positions one table may fill, spans included. Expansion stops there, so the work is linear in the
 * positions produced and bounded however the spans multiply (`colspan="1000" rowspan="65534"` on every
 * cell); a real status table fills a few hundred, the largest seen a few thousand.
 */
export const MAX_TABLE_SLOTS = 50_000;

export interface HtmlTableRows {
  line: number;
  rows: TableRow[];
  /** The `<caption>` text, if any. */
  caption: string | null;
  /** True when the table filled more positions than {@link MAX_TABLE_SLOTS} and its later rows were dropped. */
  truncated: boolean;
}

/** `lineAt` maps an offset of the parsed text to a 1-based line of the source file. */
export function readHtmlTable(table: HtmlElement, lineAt: (offset: number) => number): HtmlTableRows {
  const rows: TableRow[] = [];
  // Cells still covering positions of later rows, by column. A rowspan reaching past the last row simply
  // ends with the table: only rows that exist are ever filled.
  const pending = new Map<number, { cell: TableCell; rowsLeft: number }>();
  let budget = MAX_TABLE_SLOTS;
  let truncated = false;
  for (const { tr, inHead } of tableRows(table)) {
    if (budget <= 0) {
      truncated = true;
      break;
    }
    const slots: Array<TableSlot | undefined> = [];
    let filled = 0;
    const fillCovered = (column: number): void => {
      const cover = pending.get(column);
      if (!cover) return;
      slots[column] = { kind: 'rowspan', cell: cover.cell };
      filled++;
      cover.rowsLeft -= 1;
      if (cover.rowsLeft <= 0) pending.delete(column);
    };
    let column = 0;
    const cells = childElements(tr, 'td', 'th');
    for (const td of cells) {
      while (pending.has(column)) fillCovered(column++);
      if (column >= MAX_TABLE_WIDTH || filled >= budget) break;
      const cell: TableCell = { blocks: htmlBlocks(td), line: lineOf(td, lineAt) };
      const colspan = Math.min(clampSpan(attribute(td, 'colspan'), 1, MAX_COLSPAN), MAX_TABLE_WIDTH - column);
      // rowspan="0" means "to the end of the section": the clamp makes it cover every remaining row.
      const rowspan = clampSpan(attribute(td, 'rowspan'), MAX_ROWSPAN, MAX_ROWSPAN);
      for (let k = 0; k < colspan; k++) {
        slots[column + k] = k === 0 ? { kind: 'cell', cell } : { kind: 'colspan', cell };
        if (rowspan > 1) pending.set(column + k, { cell, rowsLeft: rowspan - 1 });
      }
      filled += colspan;
      column += colspan;
    }
    // Rowspans reaching past the row's last own cell still cover their columns. Every pending column is
    // filled here or above, so this costs no more than the positions the row produces.
    const rest: number[] = [];
    for (const c of pending.keys()) if (slots[c] === undefined) rest.push(c);
    for (const c of rest.sort((a, b) => a - b)) fillCovered(c);
    budget -= Math.max(filled, 1);
    const header = inHead || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th'));
    rows.push({ line: lineOf(tr, lineAt), slots, header });
  }
  const caption = childElements(table, 'caption')[0];
  return { line: lineOf(table, lineAt), rows, caption: caption ? htmlInlineText(caption) || null : null, truncated };
}

/** The table's own rows (not those of tables nested in its cells), in order. */
function tableRows(table: HtmlElement): Array<{ tr: HtmlElement; inHead: boolean }> {
  const rows: Array<{ tr: HtmlElement; inHead: boolean }> = [];
  for (const child of childElements(table, 'thead', 'tbody', 'tfoot', 'tr')) {
    if (child.tagName === 'tr') rows.push({ tr: child, inHead: false });
    else for (const tr of childElements(child, 'tr')) rows.push({ tr, inHead: child.tagName === 'thead' });
  }
  return rows;
}

/** A span attribute as a count: missing or invalid → 1, zero → `zero`, at most `max`. */
function clampSpan(value: string | undefined, zero: number, max: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(parsed) || parsed < 0) return 1;
  return Math.min(parsed === 0 ? zero : parsed, max);
}

function lineOf(element: HtmlElement, lineAt: (offset: number) => number): number {
  const offset = element.sourceCodeLocation?.startOffset;
  return offset === undefined ? 0 : lineAt(offset);
}
