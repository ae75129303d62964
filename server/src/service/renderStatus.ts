/**
 * One renderer for what a status code means in the active catalogs: the hover shows it, and completion items
 * carry the same Markdown as their documentation.
 */
import type { CatalogMatch, CatalogRegistry } from '../catalog/registry';
import type { Catalog, CatalogEntryWithStandard } from '../catalog/types';
import { normalizeLocale } from '../catalog/catalogFolder';
import type { AnalyzedDocument } from './analysis';
import { memosOf } from './analysisMemo';
import { catalogLinkTarget, descriptionMarkdown, markdownParagraphs, neutralizeCatalogText as escapeMarkdown } from './markdown';
import { messages } from './messages';
import type { ActiveScope } from './scope';
import { isStatusRange, rangeClass, sameReasonPhrase } from './statusCodes';
import { sourceFileName, sourceUri } from './sourceUri';

export interface RenderContext {
  registry: CatalogRegistry;
  scope: ActiveScope;
  locale: string;
}

/** The name to show next to a code: the standard reason phrase, else the first active catalog's message. */
export function statusName(code: number, context: RenderContext): string | undefined {
  const standard = context.registry.standardEntry(code)?.message;
  if (standard) return standard;
  for (const match of context.registry.documenting(code, context.scope.ids, context.locale)) {
    const message = match.entries.find((entry) => entry.message)?.message;
    if (message) return message;
  }
  return undefined;
}

/** How many sections (distinct texts, or catalogs of a range) a hover shows before "N more catalogs…". */
export const MAX_SECTIONS = 4;
/** How many catalog names a list in a hover shows before "and N more". */
export const MAX_NAMES = 5;

/**
 * The full Markdown for a code (or an OpenAPI range such as "4XX"). `label` is how the code was written when it
 * was not a number (`HttpStatus.CONFLICT`): the header names it, "409 Conflict (HttpStatus.CONFLICT)".
 * `consulted` is the scope the last line names, when the sections were rendered from a narrower one (a matched
 * operation's spec speaks in its own section, above, and is still a catalog consulted).
 */
export function renderStatusMarkdown(code: number | string, context: RenderContext, label?: string, consulted = context.scope): string {
  const sections = typeof code === 'number' ? renderCode(code, context, label) : renderRange(code, context);
  const { ids, reason } = consulted;
  sections.push(messages(context.locale).consulted(ids.slice(0, MAX_NAMES).map((text) => escapeMarkdown(text)), Math.max(ids.length - MAX_NAMES, 0), reason));
  return sections.join('\n\n---\n\n');
}

/**
 * `renderStatusMarkdown(code, analyzed)`, rendered once per analysis (analysisMemo.ts): a completion list carries it
 * for every code it offers, and is asked for again on each keystroke of a prefix.
 */
export function analysisStatusMarkdown(analyzed: AnalyzedDocument, code: number | string): string {
  return memosOf(analyzed).statusMarkdown.get(code, () => renderStatusMarkdown(code, analyzed));
}

/** The catalog's own message for a code: the first catalog in scope that gives one, else the standard name. */
export function catalogMessage(code: number, context: RenderContext): string | undefined {
  for (const match of context.registry.documenting(code, context.scope.ids, context.locale)) {
    const message = match.entries.find((entry) => entry.message)?.message;
    if (message) return message;
  }
  return context.registry.standardEntry(code)?.message ?? undefined;
}

/** Rows of several catalogs that say the same thing, said once. */
interface TextGroup {
  rows: Array<{ catalog: Catalog; entry: CatalogEntryWithStandard; fallback: boolean }>;
}

function renderCode(code: number, context: RenderContext, label?: string): string[] {
  const { registry, scope, locale } = context;
  const words = messages(locale);
  const standard = registry.standardEntry(code);
  const className = isStatusRange(code) ? words.classNames[Math.floor(code / 100)] : undefined;
  const name = statusName(code, context);
  const written = label ? ` (${escapeMarkdown(label)})` : '';
  let header = `**${code}${name ? ` ${escapeMarkdown(name)}` : ''}${written}**${className ? ` · ${className}` : ''}`;
  const matches = registry.documenting(code, scope.ids, locale);
  if (matches.length === 0) {
    header += standard ? `\n\n${standardLine(standard)}` : '';
    if (scope.ids.length > 0) {
      const titles = scope.ids.slice(0, MAX_NAMES).map((id) => `${escapeMarkdown(registry.titleOf(id, locale))} (${escapeMarkdown(id)})`);
      if (scope.ids.length > MAX_NAMES) titles[titles.length - 1] += words.andMore(scope.ids.length - MAX_NAMES);
      header += `\n\n${words.notDocumentedBy(titles)}`;
    } else if (!standard) {
      header += `\n\n${words.notDocumentedByAny}`;
    }
    return [header];
  }
  const groups = groupIdenticalTexts(matches);
  const sections = [header];
  for (const group of groups.slice(0, MAX_SECTIONS)) sections.push(renderGroup(group, standard, context));
  const hidden = groups.slice(MAX_SECTIONS).flatMap((group) => uniqueCatalogs(group).map((catalog) => catalog.info.id));
  if (hidden.length > 0) {
    const shown = hidden.slice(0, MAX_NAMES).map((text) => escapeMarkdown(text));
    sections.push(words.moreDocumenting(hidden.length, shown, hidden.length - shown.length));
  }
  return sections;
}

/** Groups rows by what they say (message and description, ignoring case and spacing), in scope order. */
function groupIdenticalTexts(matches: readonly CatalogMatch[]): TextGroup[] {
  const groups = new Map<string, TextGroup>();
  for (const { catalog, entries, fallback } of matches) {
    for (const entry of entries) {
      const key = `${normalizeText(entry.message ?? '')}\u0000${normalizeText(entry.description)}`;
      const row = { catalog, entry, fallback: fallback === true };
      const group = groups.get(key);
      if (group) group.rows.push(row);
      else groups.set(key, { rows: [row] });
    }
  }
  return [...groups.values()];
}

function normalizeText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function uniqueCatalogs(group: TextGroup): Catalog[] {
  return [...new Set(group.rows.map((row) => row.catalog))];
}

/** One text with the catalogs that say it: "**Orders** (orders), **Billing** (billing): Conflict", then links. */
function renderGroup(group: TextGroup, standard: CatalogEntryWithStandard | undefined, context: RenderContext): string {
  const { registry, locale } = context;
  const words = messages(locale);
  const catalogs = uniqueCatalogs(group);
  const names = catalogs.slice(0, MAX_NAMES).map((catalog) => {
    // Text from another locale's page is named in the user's language and marked with its own: "(English)".
    const fallback = group.rows.some((row) => row.catalog === catalog && row.fallback);
    const title = fallback ? registry.titleOf(catalog.info.id, locale) : catalog.info.title;
    const mark = fallback ? ` ${languageMark(catalog.info.locale, locale)}` : '';
    return `**${escapeMarkdown(title)}** (${escapeMarkdown(catalog.info.id)})${mark}`;
  });
  let heading = names.join(', ') + (catalogs.length > MAX_NAMES ? words.andMore(catalogs.length - MAX_NAMES) : '');
  const { entry } = group.rows[0]!;
  if (entry.message) {
    heading += `: ${escapeMarkdown(entry.message)}`;
    if (standard?.message && !sameReasonPhrase(entry.message, standard.message)) {
      heading += words.standardName(escapeMarkdown(standard.message));
    }
  }
  const parts = [heading];
  const description = descriptionMarkdown(entry);
  if (description) parts.push(description);
  const shown = new Set(catalogs.slice(0, MAX_NAMES));
  parts.push(
    group.rows
      .filter((row) => shown.has(row.catalog))
      .map((row) => sourceLink(row.catalog.info.source, row.entry.line))
      .join(' · '),
  );
  return parts.join('\n\n');
}

/** "(English)" / "（英文）": the language of text shown from another locale's page, as Markdown. */
function languageMark(textLocale: string, userLocale: string): string {
  const m = messages(userLocale);
  // An unknown language is named by its tag, which comes from a manifest: escaped like all catalog text.
  return m.inLanguage(escapeMarkdown(m.languageName(normalizeLocale(textLocale))));
}

function standardLine(standard: CatalogEntryWithStandard): string {
  const parts = [markdownParagraphs(standard.description)];
  if (standard.standard?.reference) parts.push(`(${escapeMarkdown(standard.standard.reference)})`);
  return parts.filter(Boolean).join(' ');
}

function renderRange(range: string, context: RenderContext): string[] {
  const digit = rangeClass(range);
  const words = messages(context.locale);
  const className = digit === undefined ? undefined : words.classNames[digit];
  const sections = [`**${escapeMarkdown(range.toUpperCase())}**${className ? ` · ${words.anyOfClass(className)}` : ''}`];
  if (digit === undefined) return sections;
  const hidden: string[] = [];
  for (const id of context.scope.ids) {
    const catalog = context.registry.catalogFor(id, context.locale);
    if (!catalog) continue;
    const codes = context.registry
      .documentedCodes([id], context.locale)
      .filter((code) => Math.floor(code / 100) === digit)
      .map((code) => `${code}${describeBriefly(code, id, context)}`);
    if (codes.length === 0) continue;
    if (sections.length > MAX_SECTIONS) hidden.push(id);
    else sections.push(`**${escapeMarkdown(catalog.info.title)}** (${escapeMarkdown(id)}): ${codes.join(', ')}`);
  }
  if (hidden.length > 0) {
    const shown = hidden.slice(0, MAX_NAMES).map((text) => escapeMarkdown(text));
    sections.push(words.moreDocumenting(hidden.length, shown, hidden.length - shown.length));
  }
  return sections;
}

function describeBriefly(code: number, id: string, context: RenderContext): string {
  const message = context.registry.documenting(code, [id], context.locale)[0]?.entries[0]?.message;
  return message ? ` ${escapeMarkdown(message)}` : '';
}

/** A link to the catalog row, opened at its line by VS Code and by most LSP clients. */
export function sourceLink(source: string, line: number): string {
  const uri = sourceUri(source);
  const target = catalogLinkTarget(uri);
  const label = `${escapeMarkdown(sourceFileName(source))}:${line}`;
  return target ? `[${label}](${target}#L${line})` : label;
}
