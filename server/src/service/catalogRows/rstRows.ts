/**
 * A new row of a reStructuredText table, in the table's own kind: a `list-table` item (`* - 409` / `- Conflict`),
 * a simple-table line under the `=====` columns, or a grid-table row between `+----+` borders. Values longer
 * than a column are wrapped at spaces onto continuation lines (a simple table's last column runs on).
 */
import { cellRoles, cellValue, type NewRow } from './cellRoles';
import { eolOf, type Insertion, lineInsertion, type Neighbour } from './insertRow';

const LIST_ROW = /^(\s*)\*(\s+)-(\s+)/;
const SIMPLE_BORDER = /^\s*=+(?:\s+=+)+\s*$/;
const GRID_BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;

export function rstRowInsertion(text: string, lines: readonly string[], neighbour: Neighbour, row: NewRow): Insertion | undefined {
  const clean = lines.map((line) => line.replace(/\r$/, ''));
  const index = neighbour.entry.line - 1;
  const line = clean[index];
  if (line === undefined) return undefined;
  const eol = eolOf(text);
  if (/^\s*(?:\*\s+)?-\s/.test(line)) return listTableRow(clean, index, neighbour, row, eol);
  if (/^\s*\|/.test(line)) return gridTableRow(clean, index, neighbour, row, eol);
  return simpleTableRow(clean, index, neighbour, row, eol);
}

function listTableRow(lines: string[], index: number, neighbour: Neighbour, row: NewRow, eol: string): Insertion | undefined {
  let start = index;
  while (start >= 0 && !LIST_ROW.test(lines[start]!)) start--;
  if (start < 0) return undefined;
  const [, indent, afterStar, afterDash] = LIST_ROW.exec(lines[start]!)!;
  const dashColumn = indent!.length + 1 + afterStar!.length;
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const current = lines[i]!;
    if (current.trim() === '') continue;
    if (leadingSpaces(current) < dashColumn) break;
    end = i;
  }
  // Each cell starts with a dash at the row's dash column; its text runs on over the more indented lines below.
  const cells: string[] = [];
  for (let i = start; i <= end; i++) {
    const current = lines[i]!;
    if (current.length > dashColumn && current[dashColumn] === '-' && current.slice(0, dashColumn).replace('*', ' ').trim() === '') {
      cells.push(current.slice(dashColumn + 1));
    } else if (cells.length > 0) {
      cells[cells.length - 1] += ` ${current.trim()}`;
    }
  }
  if (cells.length < 2) return undefined;
  const roles = cellRoles(cells, neighbour.entry);
  const newLines = roles.map((role, i) => {
    const prefix = i === 0 ? `${indent}*${afterStar}-` : `${' '.repeat(dashColumn)}-`;
    const value = oneLine(cellValue(role, row));
    return value === '' ? prefix : `${prefix}${afterDash}${value}`;
  });
  return lineInsertion(lines, start, end, neighbour.after, newLines, eol);
}

function simpleTableRow(lines: string[], index: number, neighbour: Neighbour, row: NewRow, eol: string): Insertion | undefined {
  let border = index - 1;
  while (border >= 0 && !SIMPLE_BORDER.test(lines[border]!)) border--;
  if (border < 0) return undefined;
  const columns = [...lines[border]!.matchAll(/=+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  let end = index;
  while (
    end + 1 < lines.length &&
    lines[end + 1]!.trim() !== '' &&
    !SIMPLE_BORDER.test(lines[end + 1]!) &&
    lines[end + 1]!.slice(0, columns[0]!.end).trim() === ''
  ) {
    end++;
  }
  const cells = columns.map((column, i) => {
    const to = i + 1 < columns.length ? columns[i + 1]!.start : undefined;
    return lines
      .slice(index, end + 1)
      .map((current) => current.slice(column.start, to).trim())
      .join(' ');
  });
  const roles = cellRoles(cells, neighbour.entry);
  const pieces = roles.map((role, i) => {
    const value = oneLine(cellValue(role, row));
    return i === columns.length - 1 ? [value] : wrap(value, columns[i]!.end - columns[i]!.start);
  });
  if (pieces.some((piece) => piece === undefined)) return undefined;
  const height = Math.max(...pieces.map((piece) => piece!.length));
  const newLines: string[] = [];
  for (let lineIndex = 0; lineIndex < height; lineIndex++) {
    let current = '';
    columns.forEach((column, i) => {
      const piece = pieces[i]![lineIndex] ?? '';
      if (piece !== '') current = current.padEnd(column.start) + piece;
    });
    newLines.push(current.trimEnd());
  }
  return lineInsertion(lines, index, end, neighbour.after, newLines, eol);
}

function gridTableRow(lines: string[], index: number, neighbour: Neighbour, row: NewRow, eol: string): Insertion | undefined {
  let top = index - 1;
  while (top >= 0 && !GRID_BORDER.test(lines[top]!)) top--;
  let bottom = index + 1;
  while (bottom < lines.length && !GRID_BORDER.test(lines[bottom]!)) bottom++;
  if (top < 0 || bottom >= lines.length) return undefined;
  const border = lines[bottom]!;
  const joints = [...border.matchAll(/\+/g)].map((match) => match.index);
  if (joints.length < 3) return undefined;
  const columns = joints.slice(0, -1).map((from, i) => ({ from: from + 1, to: joints[i + 1]! }));
  const cells = columns.map((column) =>
    lines
      .slice(top + 1, bottom)
      .map((current) => current.slice(column.from, column.to).trim())
      .join(' '),
  );
  const roles = cellRoles(cells, neighbour.entry);
  const pieces = roles.map((role, i) => wrap(oneLine(cellValue(role, row)), columns[i]!.to - columns[i]!.from - 2));
  if (pieces.some((piece) => piece === undefined)) return undefined;
  const height = Math.max(1, ...pieces.map((piece) => piece!.length));
  const indent = border.slice(0, joints[0]);
  const content: string[] = [];
  for (let lineIndex = 0; lineIndex < height; lineIndex++) {
    const cellsText = columns.map((column, i) => ` ${(pieces[i]![lineIndex] ?? '').padEnd(column.to - column.from - 2)} `);
    content.push(`${indent}|${cellsText.join('|')}|`);
  }
  const separator = border.replace(/=/g, '-');
  if (neighbour.after) return lineInsertion(lines, bottom, bottom, true, [...content, separator], eol);
  return lineInsertion(lines, top + 1, top + 1, false, [...content, separator], eol);
}

/** Words laid out in lines of at most `width` characters; undefined when a word is longer than that. */
function wrap(value: string, width: number): string[] | undefined {
  if (value === '') return [];
  const result: string[] = [];
  let current = '';
  for (const word of value.split(' ')) {
    if (word.length > width) return undefined;
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      result.push(current);
      current = word;
    }
  }
  if (current !== '') result.push(current);
  return result;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
