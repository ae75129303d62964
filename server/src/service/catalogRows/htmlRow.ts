/**
 * A new `<tr>` of an HTML table (in an .html page or inside Markdown), copied from its neighbour's row: the
 * same cells and attributes (without row or column spans), each cell's content replaced by the new text.
 */
import { cellRoles, cellValue, type NewRow } from './cellRoles';
import { eolOf, type Insertion, lineOffset, type Neighbour } from './insertRow';

const CELL = /(<(t[dh])\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

export function htmlRowInsertion(text: string, lines: readonly string[], neighbour: Neighbour, row: NewRow): Insertion | undefined {
  const at = lineOffset(lines, neighbour.entry.line - 1);
  const lower = text.toLowerCase();
  const start = lower.lastIndexOf('<tr', at + lines[neighbour.entry.line - 1]!.length);
  if (start < 0) return undefined;
  const close = lower.indexOf('</tr', start);
  if (close < 0) return undefined;
  let end = lower.indexOf('>', close) + 1;
  if (end <= 0) return undefined;
  const rowText = text.slice(start, end);
  // Cells spanning the rows below (rowspan="5") own them: a row after the neighbour goes after the last of them.
  const spanned = Math.max(1, ...[...rowText.matchAll(/\browspan\s*=\s*["']?(\d+)/gi)].map((match) => Number(match[1])));
  for (let row = 1; row < spanned; row++) {
    const next = lower.indexOf('</tr', end);
    if (next < 0 || lower.lastIndexOf('</table', next) > end) break;
    end = lower.indexOf('>', next) + 1;
  }
  const cells = [...rowText.matchAll(CELL)];
  if (cells.length < 2) return undefined;
  const roles = cellRoles(
    cells.map((cell) => decodeEntities(cell[3]!.replace(/<[^>]*>/g, ' '))),
    neighbour.entry,
  );
  let index = 0;
  const newRow = rowText.replace(CELL, (_match, open: string, _tag: string, _content: string, closing: string) => {
    const value = cellValue(roles[index++] ?? 'other', row);
    return `${open.replace(/\s+(?:rowspan|colspan)\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '')}${escapeHtml(value)}${closing}`;
  });
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))![0];
  const eol = eolOf(text);
  // Only whitespace before `<tr` on its line: the new row goes on lines of its own.
  const ownLine = text.slice(lineStart, start).trim() === '';
  if (neighbour.after) return { offset: end, text: ownLine ? `${eol}${indent}${newRow}` : newRow };
  return { offset: start, text: ownLine ? `${newRow}${eol}${indent}` : newRow };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function decodeEntities(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}
