/**
 * Quick fixes for the status diagnostics:
 * - "Replace with 412 Precondition Failed" for the documented codes the developer most probably meant
 *   (nearestCodes.ts), the best one preferred; the edit replaces exactly the literal and keeps its quotes;
 * - "Open the catalog row" where a catalog in scope has a problem on a row that holds the code (a malformed
 *   row is why the code reads as undocumented);
 * - "Add 409 Conflict to Orders API" for each project (user) catalog in scope: a row in the page's own format,
 *   inserted in code order (catalogRows/); the server's folder watcher reloads the page once it is saved.
 * An unknown catalog id in a directive is offered the known ids it most resembles.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { catalogRowEdit, type NewRow } from './catalogRows/insertRow';
import { constantFixes } from './constantFixes';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { editDistance } from './editDistance';
import { type CodeMeaning, nearestCodes } from './nearestCodes';
import { catalogMessage } from './renderStatus';
import { OPEN_CATALOG_ROW_COMMAND } from './commandIds';
import { suppressionActions } from './suppressionActions';
import { messages } from './messages';
import { undeclaredResponseActions } from './undeclaredResponses';
import { sourceFileName, sourceUri } from './sourceUri';

/** How many replacements a diagnostic offers. */
const FIX_COUNT = 3;
/** How many project catalogs are offered an "Add …" fix (each reads its page). */
const ADD_ROW_COUNT = 3;
/** How many catalogs with problems are searched for a row holding the code (each reads its page). */
const PROBLEM_CATALOG_COUNT = 20;

export { OPEN_CATALOG_ROW_COMMAND };

/** The quick fixes' own words, in one place (the replacement titles come from the message table). */
const TITLES_EN = {
  replace: (code: number, name: string | undefined) => `Replace with ${code}${name ? ` ${name}` : ''}`,
  replaceCatalog: (id: string, title: string) => `Replace with ${id} (${title})`,
  openRow: (code: number, file: string, line: number) => `Open the catalog row of ${code} (${file}:${line})`,
  addRow: (code: number, name: string | undefined, title: string) => `Add ${code}${name ? ` ${name}` : ''} to ${title}`,
};
const TITLES_ZH: typeof TITLES_EN = {
  replace: (code, name) => `替换为 ${code}${name ? ` ${name}` : ''}`,
  replaceCatalog: (id, title) => `替换为 ${id}（${title}）`,
  openRow: (code, file, line) => `打开 ${code} 所在的目录行（${file}:${line}）`,
  addRow: (code, name, title) => `将 ${code}${name ? ` ${name}` : ''} 添加到 ${title}`,
};

function titlesFor(locale: string): typeof TITLES_EN {
  return locale.toLowerCase().startsWith('zh') ? TITLES_ZH : TITLES_EN;
}

/** What code actions may read besides the document: catalog pages, for the fixes that open or edit them. */
export interface CodeActionOptions {
  /** A catalog page's current text; throws when it cannot be read. Without it, no catalog fix is offered. */
  readFile?: (path: string) => string;
}

export function doCodeActions(analyzed: AnalyzedDocument, diagnostics: readonly Diagnostic[], options: CodeActionOptions = {}): CodeAction[] {
  const { document, registry, scope, locale } = analyzed;
  const documented = registry.documentedCodes(scope.ids, locale);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    if (diagnostic.code === 'unknownCatalog') {
      actions.push(...catalogIdFixes(analyzed, diagnostic));
      continue;
    }
    if (diagnostic.code === 'undeclaredResponse') {
      actions.push(...undeclaredResponseActions(analyzed, diagnostic));
      continue;
    }
    const literal = literalAt(analyzed, document.offsetAt(diagnostic.range.start));
    if (!literal || typeof literal.code !== 'number') continue;
    if (literal.constant) {
      actions.push(...constantFixes(analyzed, { ...literal, code: literal.code, constant: literal.constant }, diagnostic, documented, FIX_COUNT));
      continue;
    }
    const code = literal.code;
    const range = { start: document.positionAt(literal.start), end: document.positionAt(literal.end) };
    nearestCodes(code, documented, FIX_COUNT, (candidate) => meaningOf(candidate, analyzed)).forEach((replacement, index) => {
      const quote = literal.quote ?? '';
      actions.push({
        title: messages(locale).replaceWithCode(replacement, catalogMessage(replacement, analyzed)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: [{ range, newText: `${quote}${replacement}${quote}` }] } },
      });
    });
    if (options.readFile) actions.push(...catalogFixes(code, diagnostic, analyzed, options.readFile));
  }
  return [...actions, ...suppressionActions(analyzed, diagnostics)];
}

/** The words the catalogs in scope and the standard registry use for a code. */
function meaningOf(code: number, analyzed: AnalyzedDocument): CodeMeaning {
  const { registry, scope, locale } = analyzed;
  const names: string[] = [];
  const descriptions: string[] = [];
  for (const { entries } of registry.documenting(code, scope.ids, locale)) {
    for (const entry of entries) {
      if (entry.message) names.push(entry.message);
      descriptions.push(entry.description);
    }
  }
  // A code the registry marks unused (418) means nothing a developer could have meant by it.
  const standard = registry.standardEntry(code);
  if (standard && !standard.standard?.unused) {
    if (standard.message) names.push(standard.message, ...(standard.standard?.aliases ?? []));
    descriptions.push(standard.description);
  }
  return { names, descriptions };
}

/** "Open the catalog row" for rows with a problem that hold the code; "Add … to <catalog>" for project catalogs. */
function catalogFixes(code: number, diagnostic: Diagnostic, analyzed: AnalyzedDocument, readFile: (path: string) => string): CodeAction[] {
  const { registry, scope, locale } = analyzed;
  const catalogs = scope.ids.map((id) => registry.catalogFor(id, locale)).filter((catalog): catalog is Catalog => catalog !== undefined);
  const texts = new Map<string, string | undefined>();
  const textOf = (path: string) => {
    if (!texts.has(path)) {
      try {
        texts.set(path, readFile(path));
      } catch {
        texts.set(path, undefined); // a page that cannot be read now gets no fix; its problem is reported on load
      }
    }
    return texts.get(path);
  };
  const actions: CodeAction[] = [];
  const codePattern = new RegExp(`(?<![\\d.])${code}(?![\\d.])`);
  for (const catalog of catalogs.filter((c) => c.problems.length > 0).slice(0, PROBLEM_CATALOG_COUNT)) {
    const text = textOf(catalog.info.source);
    if (text === undefined) continue;
    const lines = text.split(/\r?\n/);
    for (const problem of catalog.problems) {
      if (problem.line < 1 || !codePattern.test(lines[problem.line - 1] ?? '')) continue;
      const uri = sourceUri(catalog.info.source);
      actions.push({
        title: titlesFor(analyzed.locale).openRow(code, sourceFileName(catalog.info.source), problem.line),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: titlesFor(analyzed.locale).openRow(code, sourceFileName(catalog.info.source), problem.line), command: OPEN_CATALOG_ROW_COMMAND, arguments: [uri, problem.line - 1] },
      });
    }
  }
  const standard = registry.standardEntry(code);
  // Only a standard code is offered a row: the message and description come from the standard registry.
  if (diagnostic.code !== 'undocumentedCode' || !standard) return actions;
  const row = { code, message: standard.message ?? '', description: standard.description };
  for (const catalog of catalogs.filter((c) => c.info.origin === 'user').slice(0, ADD_ROW_COUNT)) {
    const text = textOf(catalog.info.source);
    const edit = text === undefined ? undefined : rowEditOrNothing(text, catalog, row);
    if (!edit) continue;
    actions.push({
      title: titlesFor(analyzed.locale).addRow(code, standard.message ?? undefined, catalog.info.title),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [sourceUri(catalog.info.source)]: [edit] } },
    });
  }
  return actions;
}

/** The row edit, or none when the page is too odd to write into: a writer's failure must not cost the other fixes. */
function rowEditOrNothing(text: string, catalog: Catalog, row: NewRow): TextEdit | undefined {
  try {
    return catalogRowEdit(text, catalog, row);
  } catch {
    return undefined;
  }
}

/** Known catalog ids close to the unknown one ("dbs" → "dds"), nearest first. */
function catalogIdFixes(analyzed: AnalyzedDocument, diagnostic: Diagnostic): CodeAction[] {
  const { document, registry, locale } = analyzed;
  const typed = document.getText(diagnostic.range).toLowerCase();
  return registry
    .serviceIds()
    .map((id) => ({ id, distance: editDistance(typed, id) }))
    .filter(({ id, distance }) => distance <= Math.max(2, Math.floor(id.length / 2)))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, FIX_COUNT)
    .map(({ id }, index) => ({
      title: messages(locale).replaceWithCatalog(id, registry.titleOf(id, locale)),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === 0,
      edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: id }] } },
    }));
}
