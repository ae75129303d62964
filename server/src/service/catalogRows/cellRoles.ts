/**
 * Which cell of an existing row holds the code, the reason phrase and the description, found by comparing the
 * cells' text with what the catalog read from that row. A writer copies the row's shape and fills each cell by
 * its role, so the new row follows the page's own columns (a "Code | Message | Description" table, a
 * "Status Code | Description" one, an "Error code" column left empty).
 */
import type { CatalogEntry } from '../../catalog/types';

export type CellRole = 'code' | 'code-and-message' | 'message' | 'description' | 'other';

/** The row to add. */
export interface NewRow {
  code: number;
  message: string;
  description: string;
}

/** Letters and digits only, lower-case: what a cell says whatever its markup or spacing. */
export function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The role of each cell (given as its text) of the row that `entry` was read from. */
export function cellRoles(cells: readonly string[], entry: CatalogEntry): CellRole[] {
  const code = String(entry.code);
  const message = plain(entry.message ?? '');
  const paragraphs = entry.description.split(/\n{2,}/).map((paragraph) => plain(paragraph).slice(0, 40)).filter((p) => p !== '');
  const roles: CellRole[] = cells.map((cell) => {
    const text = plain(cell);
    if (text === code) return 'code';
    if (text.startsWith(code) && message !== '' && text === code + message) return 'code-and-message';
    if (message !== '' && text === message) return 'message';
    if (text !== '' && paragraphs.some((paragraph) => text.startsWith(paragraph))) return 'description';
    return 'other';
  });
  // The parser joins every other column into the description ("ORD.0001" of an error-code column, then the
  // text): the new description goes to the last of them, the others stay empty.
  const last = roles.lastIndexOf('description');
  roles.forEach((role, index) => {
    if (role === 'description' && index !== last) roles[index] = 'other';
  });
  if (!roles.includes('code')) {
    const merged = cells.findIndex((cell) => plain(cell).startsWith(code));
    if (merged >= 0) roles[merged] = 'code-and-message';
  }
  // A message or description the comparison missed goes to the first and last unclaimed cells after the code.
  const start = roles.findIndex((role) => role === 'code' || role === 'code-and-message') + 1;
  const free = roles.map((role, index) => (role === 'other' && index >= start ? index : -1)).filter((index) => index >= 0);
  const hasMessage = roles.includes('message') || roles.includes('code-and-message');
  if (!hasMessage && entry.message && free.length > 1) roles[free.shift()!] = 'message';
  if (!roles.includes('description') && free.length > 0) roles[free[free.length - 1]!] = 'description';
  return roles;
}

/** The plain text a cell of the new row gets. */
export function cellValue(role: CellRole, row: NewRow): string {
  switch (role) {
    case 'code':
      return String(row.code);
    case 'code-and-message':
      return `${row.code} ${row.message}`.trim();
    case 'message':
      return row.message;
    case 'description':
      return row.description;
    default:
      return '';
  }
}
