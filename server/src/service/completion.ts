/**
 * Completion where a status code is expected: the codes the active catalogs document, sorted by code, with
 * the commonest codes of the class the context suggests first (`.expect(` after a POST offers 201 first).
 */
import { type CompletionItem, CompletionItemKind, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { StatusSlot } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import { neutralizeCatalogText } from './markdown';
import { renderStatusMarkdown, statusName } from './renderStatus';

/** Codes in the order people reach for them, per class; a context that names a class offers these first. */
const COMMON_CODES = [200, 201, 202, 204, 301, 302, 304, 307, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

/** Codes a method's success usually returns: POST creates, DELETE has no content. */
const METHOD_SUCCESS: Record<string, number> = { POST: 201, PUT: 200, PATCH: 200, DELETE: 204, GET: 200 };

export function doComplete(analyzed: AnalyzedDocument, position: Position): CompletionList | null {
  const { document, registry, scope, locale } = analyzed;
  const slot = analyzed.detected.slotAt(document.offsetAt(position));
  if (!slot) return null;
  let codes = registry.documentedCodes(scope.ids, locale);
  if (codes.length === 0 && registry.standard) {
    // No active catalog documents anything: the standard registry still makes completion useful.
    codes = registry.standard.entries.filter((entry) => !entry.standard?.unused).map((entry) => entry.code);
  }
  const text = document.getText();
  const range = { start: document.positionAt(slot.start), end: document.positionAt(slot.end) };
  const typed = text.slice(slot.start, slot.end);
  const quote = slot.quote && (typed.startsWith(slot.quote) || text[slot.start - 1] !== slot.quote) ? slot.quote : '';
  const items: CompletionItem[] = codes
    .filter((code) => String(code).startsWith(slot.prefix))
    .map((code) => {
      const newText = `${quote}${code}${quote}`;
      const item: CompletionItem = {
        label: String(code),
        kind: CompletionItemKind.Value,
        documentation: { kind: 'markdown', value: renderStatusMarkdown(code, analyzed) },
        sortText: sortKey(code, slot),
        filterText: typed.startsWith(quote) && quote ? newText : String(code),
        textEdit: { range, newText },
      };
      const name = statusName(code, analyzed);
      if (name) item.detail = neutralizeCatalogText(name, 'plain');
      return item;
    });
  return { isIncomplete: false, items };
}

/**
 * Preferred class first, the method's usual code first within it, then common codes, then by number.
 * A context that names only a method (an OpenAPI operation being typed) prefers that method's successes.
 */
function sortKey(code: number, slot: StatusSlot): string {
  const preferredClass = slot.preferredClass ?? (slot.method ? 2 : undefined);
  const inClass = preferredClass !== undefined && Math.floor(code / 100) === preferredClass;
  const methodFirst = slot.method !== undefined && METHOD_SUCCESS[slot.method] === code && inClass;
  const common = COMMON_CODES.indexOf(code);
  const group = methodFirst ? 0 : inClass ? (common >= 0 ? 1 : 2) : 3;
  const rank = group === 1 ? common : 0;
  return `${group}${String(rank).padStart(2, '0')}${code}`;
}
