/** A new row of a Markdown pipe table, cell for cell like its neighbour: `| 409 | Conflict | The request … |`. */
import { cellRoles, cellValue } from './cellRoles';
import { eolOf, type Insertion, lineInsertion, type Neighbour } from './insertRow';
import type { NewRow } from './cellRoles';

export function pipeRowInsertion(text: string, lines: readonly string[], neighbour: Neighbour, row: NewRow): Insertion | undefined {
  const index = neighbour.entry.line - 1;
  const line = lines[index]!.replace(/\r$/, '');
  const indent = /^\s*/.exec(line)![0];
  const body = line.trim();
  const leading = body.startsWith('|');
  const trailing = body.endsWith('|') && !body.endsWith('\\|') && body.length > 1;
  const inner = body.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const cells = inner.split(/(?<!\\)\|/);
  if (cells.length < 2) return undefined;
  const roles = cellRoles(cells, neighbour.entry);
  const newCells = roles.map((role) => ` ${escapePipeCell(cellValue(role, row))} `.replace(/^ {2}$/, '  '));
  const newLine = `${indent}${leading ? '|' : ''}${newCells.join('|')}${trailing ? '|' : ''}`;
  return lineInsertion(lines, index, index, neighbour.after, [newLine], eolOf(text));
}

/** A pipe or a line break would end the cell; Markdown's own escapes keep them text. */
function escapePipeCell(value: string): string {
  return value.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|');
}
