/**
 * Completion where a status code is expected: the codes the catalogs in scope document, each with its reason
 * phrase in the list (`labelDetails`) and the catalog's own message as its detail. The order follows the
 * context: the class the surroundings suggest first (an error branch offers 4xx and 5xx first, a success path
 * 2xx, `.expect(` after a POST 201), the commonest codes first within a class.
 *
 * Every item's sortText starts with a space: editors merge the items of all providers and sort them by
 * sortText (VS Code compares the strings as they are), and the TypeScript service's keys start with digits
 * ("11", "15"), so a status code always sorts above the identifiers where a status is expected.
 */
import { type CompletionItem, CompletionItemKind, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { StatusSlot } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import { neutralizeCatalogText } from './markdown';
import { analysisStatusMarkdown, catalogMessage, MAX_NAMES } from './renderStatus';

/** Codes in the order people reach for them, per class; a context that names a class offers these first. */
const COMMON_CODES = [200, 201, 202, 204, 301, 302, 304, 307, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

/** Codes a method's success usually returns: POST creates, DELETE has no content. */
const METHOD_SUCCESS: Record<string, number> = { POST: 201, PUT: 200, PATCH: 200, DELETE: 204, GET: 200 };

/** The order of the classes after the preferred one: an error suggests the other error class next. */
const CLASS_ORDER: Record<number, number[]> = {
  1: [1, 2, 3, 4, 5],
  2: [2, 3, 4, 5, 1],
  3: [3, 2, 4, 5, 1],
  4: [4, 5, 2, 3, 1],
  5: [5, 4, 2, 3, 1],
};

/** Sorts before any identifier another provider offers (see the file comment). */
const SORT_PREFIX = ' ';

export function doComplete(analyzed: AnalyzedDocument, position: Position): CompletionList | null {
  const { document, registry, scope, locale } = analyzed;
  const slot = analyzed.detected.slotAt(document.offsetAt(position));
  if (!slot) return null;
  let codes = registry.documentedCodes(scope.ids, locale);
  if (codes.length === 0 && registry.standard) {
    // No catalog in scope documents anything: the standard registry still makes completion useful.
    codes = registry.standard.entries.filter((entry) => !entry.standard?.unused).map((entry) => entry.code);
  }
  const text = document.getText();
  const range = { start: document.positionAt(slot.start), end: document.positionAt(slot.end) };
  const typed = text.slice(slot.start, slot.end);
  const quote = slot.quote && (typed.startsWith(slot.quote) || text[slot.start - 1] !== slot.quote) ? slot.quote : '';
  const offered = codes.filter((code) => String(code).startsWith(slot.prefix));
  const meant = clearlyMeant(offered, slot);
  const items: CompletionItem[] = offered.map((code) => {
    const newText = `${quote}${code}${quote}`;
    const item: CompletionItem = {
      label: String(code),
      kind: CompletionItemKind.Value,
      documentation: { kind: 'markdown', value: analysisStatusMarkdown(analyzed, code) },
      sortText: sortKey(code, slot),
      filterText: typed.startsWith(quote) && quote ? newText : String(code),
      textEdit: { range, newText },
    };
    const message = catalogMessage(code, analyzed);
    const documenting = registry.documenting(code, scope.ids, locale).map((match) => neutralizeCatalogText(match.catalog.info.id, 'plain'));
    if (message) item.detail = neutralizeCatalogText(message, 'plain');
    const description = documenting.slice(0, MAX_NAMES).join(', ') + (documenting.length > MAX_NAMES ? ` +${documenting.length - MAX_NAMES}` : '');
    if (message || description) item.labelDetails = { ...(message ? { detail: ` ${neutralizeCatalogText(message, 'plain')}` } : {}), ...(description ? { description } : {}) };
    if (code === meant) item.preselect = true;
    return item;
  });
  return { isIncomplete: false, items };
}

/**
 * The one code the context clearly asks for, if any: the usual success of the method in a success context
 * (`.expect(|` after a POST is 201). An error branch has many likely codes (401, 403, 404…): none is preselected.
 */
function clearlyMeant(codes: readonly number[], slot: StatusSlot): number | undefined {
  if (codes.length === 1) return codes[0];
  const success = slot.method ? METHOD_SUCCESS[slot.method] : undefined;
  const preferredClass = slot.preferredClass ?? (slot.method ? 2 : undefined);
  return success !== undefined && preferredClass === 2 && codes.includes(success) ? success : undefined;
}

/**
 * The preferred class first (then the others in CLASS_ORDER), the method's usual code first within it, then the
 * common codes, then by number. With no preferred class, by number. A context that names only a method (an
 * OpenAPI operation being typed) prefers that method's successes.
 */
function sortKey(code: number, slot: StatusSlot): string {
  const preferredClass = slot.preferredClass ?? (slot.method ? 2 : undefined);
  const codeClass = Math.floor(code / 100);
  if (preferredClass === undefined) return `${SORT_PREFIX}9${code}`;
  const classRank = (CLASS_ORDER[preferredClass] ?? []).indexOf(codeClass);
  const methodFirst = codeClass === preferredClass && slot.method !== undefined && METHOD_SUCCESS[slot.method] === code;
  const common = COMMON_CODES.indexOf(code);
  const rank = methodFirst ? 0 : common >= 0 ? 1 + common : 50;
  return `${SORT_PREFIX}${classRank < 0 ? 9 : classRank}${String(rank).padStart(2, '0')}${code}`;
}
