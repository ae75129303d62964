/**
 * Loads a folder of catalog pages: the bundled `catalogs/` and a user's own folders work the same way.
 *
 * A folder with a `status-catalog.json` manifest loads exactly the files it lists, each with its id, title and
 * locale. A folder without one loads every .md, .html, .rst and .json file in it, taking the id and locale
 * from the name: `<id>-status-codes.<locale>.<ext>`, `<id>.<locale>.<ext>` or `<id>.<ext>` (English).
 * A JSON catalog may declare its own id, title, locale and kind, which win over the name.
 * Nothing here throws: unreadable files and bad rows become problems with file and line.
 */
import { join } from 'node:path';
import { parseJsonCatalog } from './jsonCatalog';
import { openApiCatalog, parseOpenApiJson } from './openApiCatalog';
import { pageTitle } from './parsers/pageTitle';
import { formatFromFileName, parseCatalogPage } from './parsers/parseCatalogPage';
import type { Catalog, CatalogFormat, CatalogInfo, ParseProblem } from './types';
import { errorMessage } from '../errors';

export const MANIFEST_FILE = 'status-catalog.json';

/** The file access the loader needs; the server passes node:fs, tests pass an in-memory map. */
export interface CatalogFileSystem {
  /** Names of the files in a folder. Throws when the folder cannot be read. */
  readDirectory(folder: string): string[];
  /** A file's text. Throws when it cannot be read. */
  readFile(path: string): string;
}

/** A problem tied to a file: what a user needs to find and fix it. */
export interface CatalogProblem extends ParseProblem {
  file: string;
}

export interface LoadedCatalogs {
  catalogs: Catalog[];
  problems: CatalogProblem[];
}

interface ManifestItem {
  source: string;
  id?: string;
  title?: string;
  locale?: string;
  /** 1-based line of the item's `source` in the manifest, for problems about the file it names. */
  line?: number;
}

/** Catalogs whose file could not be read: reported, and kept out of the registry. */
const unreadable = new WeakSet<Catalog>();

export function loadCatalogFolder(
  folder: string,
  origin: CatalogInfo['origin'],
  fs: CatalogFileSystem,
): LoadedCatalogs {
  const problems: CatalogProblem[] = [];
  let items: ManifestItem[];
  try {
    const names = fs.readDirectory(folder);
    items = names.includes(MANIFEST_FILE) ? readManifest(folder, fs, problems) : listCatalogFiles(names);
  } catch (error) {
    problems.push({ file: folder, line: 0, message: `cannot read catalog folder: ${errorMessage(error)}` });
    return { catalogs: [], problems };
  }
  const catalogs: Catalog[] = [];
  for (const item of items) {
    const catalog = loadCatalogFile(join(folder, item.source), item, origin, fs);
    if (unreadable.has(catalog) && item.line !== undefined) {
      // The manifest names a file that is not there: say so where the name is written. Left out of the
      // registry, the service's other pages (its English one) answer for every code instead.
      const reason = (catalog.problems[0]?.message ?? '').replace(/^cannot read file: /, '');
      const message = `cannot read "${item.source}": ${reason}; its codes are looked up in the service's other pages`;
      problems.push({ file: join(folder, MANIFEST_FILE), line: item.line, message });
      continue;
    }
    problems.push(...catalog.problems.map((problem) => ({ file: catalog.info.source, ...problem })));
    if (catalog.info.id && !unreadable.has(catalog)) catalogs.push(catalog);
  }
  return { catalogs, problems };
}

/** Loads one catalog file; its metadata comes from the manifest item, the file name, or a JSON header. */
export function loadCatalogFile(
  path: string,
  item: Partial<ManifestItem>,
  origin: CatalogInfo['origin'],
  fs: CatalogFileSystem,
): Catalog {
  const fromName = metadataFromFileName(path);
  const format: CatalogFormat | undefined = path.toLowerCase().endsWith('.json') ? 'json' : formatFromFileName(path);
  const id = item.id ?? fromName.id;
  const info: CatalogInfo = {
    id,
    title: item.title ?? id.toUpperCase(),
    locale: normalizeLocale(item.locale ?? fromName.locale),
    kind: 'service',
    source: path,
    format: format ?? 'markdown',
    origin,
  };
  if (!format) {
    return { info, entries: [], problems: [{ line: 0, message: 'unsupported catalog format (expected .md, .html, .rst or .json)' }] };
  }
  let text: string;
  try {
    text = fs.readFile(path);
  } catch (error) {
    const catalog: Catalog = { info, entries: [], problems: [{ line: 0, message: `cannot read file: ${errorMessage(error)}` }] };
    unreadable.add(catalog);
    return catalog;
  }
  if (format !== 'json') {
    const { entries, problems } = parseCatalogPage(text, format);
    // Without a title from the manifest, the page's own heading names the service ("Conduit API status codes").
    if (item.title === undefined) info.title = pageTitle(text, format) ?? info.title;
    return { info, entries, problems };
  }
  const specTree = parseOpenApiJson(text);
  const spec = specTree ? openApiCatalog(specTree, text, info, item.title !== undefined) : undefined;
  if (spec) return spec;
  const { header, entries, problems } = parseJsonCatalog(text);
  info.id = header.id ?? info.id;
  info.title = header.title ?? item.title ?? info.id.toUpperCase();
  info.locale = normalizeLocale(header.locale ?? info.locale);
  info.kind = header.kind ?? 'service';
  return { info, entries, problems };
}

/** "zh-CN" → "zh", "en_US" → "en": catalogs are matched by language. */
export function normalizeLocale(locale: string): string {
  return locale.trim().toLowerCase().split(/[-_]/)[0] || 'en';
}

function readManifest(folder: string, fs: CatalogFileSystem, problems: CatalogProblem[]): ManifestItem[] {
  const path = join(folder, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFile(path);
  } catch (error) {
    problems.push({ file: path, line: 0, message: `cannot read manifest: ${errorMessage(error)}` });
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push({ file: path, line: 0, message: `manifest is not valid JSON: ${errorMessage(error)}` });
    return [];
  }
  const list = isObject(parsed) ? parsed['catalogs'] : undefined;
  if (!Array.isArray(list)) {
    problems.push({ file: path, line: 0, message: 'manifest has no "catalogs" array' });
    return [];
  }
  const items: ManifestItem[] = [];
  const lines = text.split('\n');
  list.forEach((value: unknown, index) => {
    if (!isObject(value) || typeof value['source'] !== 'string') {
      problems.push({ file: path, line: 0, message: `catalogs[${index}] has no "source" file name` });
      return;
    }
    const item: ManifestItem = { source: value['source'] };
    const quoted = JSON.stringify(value['source']);
    const line = lines.findIndex((text) => text.includes(quoted));
    if (line >= 0) item.line = line + 1;
    for (const key of ['id', 'title', 'locale'] as const) {
      const field = value[key];
      if (typeof field === 'string' && field.trim()) item[key] = field.trim();
    }
    items.push(item);
  });
  return items;
}

function listCatalogFiles(names: string[]): ManifestItem[] {
  return names
    .filter((name) => name !== MANIFEST_FILE && (name.toLowerCase().endsWith('.json') || formatFromFileName(name)))
    .sort()
    .map((source) => ({ source }));
}

/** `dds-status-codes.zh.md` → { id: "dds", locale: "zh" }; `orders.rst` → { id: "orders", locale: "en" }. */
export function metadataFromFileName(path: string): { id: string; locale: string } {
  const base = path.split(/[\\/]/).pop() ?? path;
  const parts = base.split('.');
  parts.pop();
  const locale = parts.length > 1 && /^[a-z]{2}([-_][a-z]{2,4})?$/i.test(parts[parts.length - 1]!) ? parts.pop()! : 'en';
  const id = parts.join('.').replace(/[-_](http[-_])?status[-_]?codes?$/i, '').toLowerCase();
  return { id, locale };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
