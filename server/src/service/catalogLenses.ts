/**
 * CodeLenses on a catalog page: "used 12 times" above each row, from the workspace index, opening the list of uses
 * (the client's `statusCatalog.showUses` command, which hands them to VS Code's references view).
 */
import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/types';
import { messages } from './messages';
import type { FileUses } from './references';

/** The command a lens runs: arguments are the page's URI, the row's position and the uses' locations. */
export const SHOW_USES_COMMAND = 'statusCatalog.showUses';

export function catalogLenses(catalogs: readonly Catalog[], pageUri: string, files: Iterable<FileUses>, locale = 'en'): CodeLens[] {
  const m = messages(locale);
  const entries = catalogs.flatMap((catalog) => catalog.entries);
  if (entries.length === 0) return [];
  const wanted = new Set(entries.map((entry) => entry.code));
  const uses = new Map<number, Location[]>();
  for (const file of files) {
    for (const use of file.uses) {
      if (typeof use.code !== 'number' || !wanted.has(use.code)) continue;
      let list = uses.get(use.code);
      if (!list) uses.set(use.code, (list = []));
      list.push({ uri: file.uri, range: use.range });
    }
  }
  const seenLines = new Set<number>();
  const lenses: CodeLens[] = [];
  for (const entry of entries) {
    const line = Math.max(entry.line - 1, 0);
    // Rows listing several codes share a line: one lens per code would stack; count them together.
    const key = line * 1000 + entry.code;
    if (seenLines.has(key)) continue;
    seenLines.add(key);
    const locations = uses.get(entry.code) ?? [];
    const position = { line, character: 0 };
    lenses.push({
      range: { start: position, end: position },
      command: {
        title: m.usesCount(entry.code, locations.length),
        command: locations.length === 0 ? '' : SHOW_USES_COMMAND,
        arguments: locations.length === 0 ? [] : [pageUri, position, locations],
      },
    });
  }
  return lenses;
}
