/**
 * One renderer for what a status code means in the active catalogs: the hover shows it, and completion items
 * carry the same Markdown as their documentation.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogRegistry } from '../catalog/registry';
import type { CatalogEntryWithStandard } from '../catalog/types';
import { hoverWords } from './hoverWords';
import { catalogLinkTarget, markdownParagraphs, neutralizeCatalogText as escapeMarkdown } from './markdown';
import type { ActiveScope } from './scope';
import { isStatusRange, rangeClass, sameReasonPhrase } from './statusCodes';

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

/** The full Markdown for a code (or an OpenAPI range such as "4XX"). */
export function renderStatusMarkdown(code: number | string, context: RenderContext): string {
  const sections = typeof code === 'number' ? renderCode(code, context) : renderRange(code, context);
  sections.push(hoverWords(context.locale).consulted(context.scope.ids.map((id) => escapeMarkdown(id))));
  return sections.join('\n\n---\n\n');
}

function renderCode(code: number, context: RenderContext): string[] {
  const { registry, scope, locale } = context;
  const words = hoverWords(locale);
  const standard = registry.standardEntry(code);
  const className = isStatusRange(code) ? words.classNames[Math.floor(code / 100)] : undefined;
  const name = statusName(code, context);
  let header = `**${code}${name ? ` ${escapeMarkdown(name)}` : ''}**${className ? ` · ${className}` : ''}`;
  const matches = registry.documenting(code, scope.ids, locale);
  if (matches.length === 0) {
    header += standard ? `\n\n${standardLine(standard)}` : '';
    const titles = scope.ids.map((id) => `${escapeMarkdown(registry.titleOf(id, locale))} (${escapeMarkdown(id)})`);
    header += `\n\n${titles.length > 0 ? words.notDocumentedBy(titles) : words.notDocumentedByAny}`;
    return [header];
  }
  const sections = [header];
  for (const { catalog, entries } of matches) {
    for (const entry of entries) sections.push(renderEntry(catalog.info.id, catalog.info.title, catalog.info.source, entry, standard, locale));
  }
  return sections;
}

function renderEntry(
  id: string,
  title: string,
  source: string,
  entry: CatalogEntryWithStandard,
  standard: CatalogEntryWithStandard | undefined,
  locale: string,
): string {
  let heading = `**${escapeMarkdown(title)}** (${escapeMarkdown(id)})`;
  if (entry.message) {
    heading += `: ${escapeMarkdown(entry.message)}`;
    if (standard?.message && !sameReasonPhrase(entry.message, standard.message)) {
      heading += hoverWords(locale).standardName(escapeMarkdown(standard.message));
    }
  }
  const parts = [heading];
  const description = markdownParagraphs(entry.description);
  if (description) parts.push(description);
  parts.push(sourceLink(source, entry.line));
  return parts.join('\n\n');
}

function standardLine(standard: CatalogEntryWithStandard): string {
  const parts = [markdownParagraphs(standard.description)];
  if (standard.standard?.reference) parts.push(`(${escapeMarkdown(standard.standard.reference)})`);
  return parts.filter(Boolean).join(' ');
}

function renderRange(range: string, context: RenderContext): string[] {
  const digit = rangeClass(range);
  const words = hoverWords(context.locale);
  const className = digit === undefined ? undefined : words.classNames[digit];
  const sections = [`**${escapeMarkdown(range.toUpperCase())}**${className ? ` · ${words.anyOfClass(className)}` : ''}`];
  if (digit === undefined) return sections;
  for (const id of context.scope.ids) {
    const catalog = context.registry.catalogFor(id, context.locale);
    if (!catalog) continue;
    const codes = context.registry
      .documentedCodes([id], context.locale)
      .filter((code) => Math.floor(code / 100) === digit)
      .map((code) => `${code}${describeBriefly(code, id, context)}`);
    if (codes.length > 0) sections.push(`**${escapeMarkdown(catalog.info.title)}** (${escapeMarkdown(id)}): ${codes.join(', ')}`);
  }
  return sections;
}

function describeBriefly(code: number, id: string, context: RenderContext): string {
  const message = context.registry.documenting(code, [id], context.locale)[0]?.entries[0]?.message;
  return message ? ` ${escapeMarkdown(message)}` : '';
}

/** A link to the catalog row, opened at its line by VS Code and by most LSP clients. */
export function sourceLink(source: string, line: number): string {
  const uri = /^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source) ? source : pathToFileURL(source).href;
  const target = catalogLinkTarget(uri);
  const label = `${escapeMarkdown(basename(source))}:${line}`;
  return target ? `[${label}](${target}#L${line})` : label;
}
