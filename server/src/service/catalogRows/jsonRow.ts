/**
 * A new entry of a JSON catalog, inserted into its "entries" array next to the neighbour's entry and written in
 * the neighbour's style: on one line when it is on one line, else one key per line with its indentation. The
 * keys follow the neighbour's (a string code stays a string).
 */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import type { NewRow } from './cellRoles';
import { eolOf, type Insertion, type Neighbour } from './insertRow';

export function jsonRowInsertion(text: string, _lines: readonly string[], neighbour: Neighbour, row: NewRow): Insertion | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const entries = root && findNodeAtLocation(root, ['entries']);
  if (!entries || entries.type !== 'array') return undefined;
  const item = (entries.children ?? []).find((child) => {
    const code = child.type === 'object' ? findNodeAtLocation(child, ['code']) : undefined;
    return code !== undefined && Number(code.value) === neighbour.entry.code;
  });
  if (!item) return undefined;
  const codeNode = findNodeAtLocation(item, ['code']);
  const fields: Array<[string, string | number]> = [['code', codeNode?.type === 'string' ? String(row.code) : row.code]];
  if (row.message) fields.push(['message', row.message]);
  if (row.description) fields.push(['description', row.description]);
  const eol = eolOf(text);
  const indent = indentOf(text, item.offset);
  const objectText = writeObject(text, item, fields, indent, eol);
  if (neighbour.after) return { offset: item.offset + item.length, text: `,${eol}${indent}${objectText}` };
  return { offset: item.offset, text: `${objectText},${eol}${indent}` };
}

function writeObject(text: string, item: Node, fields: Array<[string, string | number]>, indent: string, eol: string): string {
  const pairs = fields.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const source = text.slice(item.offset, item.offset + item.length);
  if (!source.includes('\n')) return `{ ${pairs.join(', ')} }`;
  const firstProperty = item.children?.[0];
  const inner = firstProperty ? indentOf(text, firstProperty.offset) : `${indent}  `;
  return `{${eol}${pairs.map((pair) => inner + pair).join(`,${eol}`)}${eol}${indent}}`;
}

/** The white space at the start of the line holding `offset`. */
function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
