/**
 * Loads a folder of catalog pages: the bundled `catalogs/` and a user's own folders work the same way.
 *
 * A folder with a `status-catalog.json` manifest loads exactly the files it lists, each with its id, title and
 * locale; a source is a path relative to the folder (subfolders allowed), never absolute and never leading out
 * of it. A folder without one loads every .md, .html, .rst and .json file in it, taking the id and locale
 * from the name: `<id>-status-codes.<locale>.<ext>`, `<id>.<locale>.<ext>` or `<id>.<ext>` (English).
 * A JSON catalog may declare its own id, title, locale and kind, which win over the name.
 * Nothing here throws: unreadable files, files that are not files, pages over budget and bad rows become
 * problems with file and line, and every other file of the folder still loads.
 */
import { isAbsolute, join, normalize, posix, win32 } from 'node:path';
import { type CatalogFileSystem, type CatalogReads, readDirectory, readFile, runSync } from './catalogReads';
import { type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { findExcessiveNesting, MAX_JSON_DEPTH } from './jsonDepth';
import { parseJsonCatalog } from './jsonCatalog';
import { openApiCatalog, openApiYamlCatalog, parseOpenApiJson } from './openApiCatalog';
import { loadHtmlParser } from './parsers/htmlParser';
import { pageTitle } from './parsers/pageTitle';
import { knownSlowParse, MAX_PAGE_CHARS, MAX_PAGE_PARSE_MS, rememberSlowParse, tooLargeMessage, tooSlowMessage } from './pageBudget';
import { LineIndex } from './parsers/lineIndex';
import { formatFromFileName, parseCatalogPage } from './parsers/parseCatalogPage';
import type { Catalog, CatalogFormat, CatalogInfo, ParseProblem } from './types';
import { errorMessage } from '../errors';
import { hasUriScheme } from '../uriPaths';

export const MANIFEST_FILE = 'status-catalog.json';

export type { AsyncCatalogFileSystem, CatalogFileSystem } from './catalogReads';

/** A problem tied to a file: what a user needs to find and fix it. */
export interface CatalogProblem extends ParseProblem {
  file: string;
  /** Length (UTF-16 code units) of the problem's line when the file was read, so a report can underline it. */
  lineLength?: number;
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
  /** 1-based line of the item in the manifest (0 without a manifest). */
  line?: number;
}

/** How loading may differ from the server's default. */
export interface CatalogLoadOptions {
  /**
   * The time a page's parse may take before the page is skipped (pageBudget.ts); Infinity for the build's index,
   * whose content must not depend on how busy the machine was.
   */
  parseBudgetMs?: number;
}

export function loadCatalogFolder(
  folder: string,
  origin: CatalogInfo['origin'],
  fs: CatalogFileSystem,
  options: CatalogLoadOptions = {},
): LoadedCatalogs {
  return runSync(catalogFolderReads(folder, origin, options), fs);
}

/**
 * The reads of a folder's load, for a caller that drives them itself: over a synchronous file system (runSync) or one
 * that answers later (runAsync: the web server's, through the client), as a registry's layers do (loadCatalogs.ts).
 */
export function* catalogFolderReads(folder: string, origin: CatalogInfo['origin'], options: CatalogLoadOptions): CatalogReads<LoadedCatalogs> {
  const problems: CatalogProblem[] = [];
  let items: ManifestItem[];
  try {
    const names = yield* readDirectory(folder);
    items = names.includes(MANIFEST_FILE) ? yield* readManifest(folder, problems) : listCatalogFiles(names);
  } catch (error) {
    problems.push({ file: folder, line: 0, message: `cannot read catalog folder: ${errorMessage(error)}` });
    return { catalogs: [], problems };
  }
  const catalogs: Catalog[] = [];
  for (const item of items) {
    const path = joinSource(folder, item.source);
    // Guarded per file: whatever one file does, the others load.
    try {
      const catalog = yield* catalogFileReads(path, item, origin, folder, options);
      if (catalog.readError !== undefined && item.line !== undefined) {
        // The manifest names a file that is not there: say so where the name is written. Left out of the
        // registry, the service's other pages (its English one) answer for every code instead.
        const message = `cannot read "${item.source}": ${catalog.readError}; its codes are looked up in the service's other pages`;
        problems.push({ file: joinSource(folder, MANIFEST_FILE), line: item.line, message });
        continue;
      }
      problems.push(...catalog.problems.map((problem) => ({ file: catalog.info.source, ...problem })));
      if (catalog.info.id && !catalog.skipped) catalogs.push(catalog);
    } catch (error) {
      problems.push({ file: path, line: 0, message: `cannot load catalog: ${errorMessage(error)}` });
    }
  }
  return { catalogs, problems };
}

/**
 * Why a file gave no catalog: it does not exist, could not be read, is a YAML file that is not an OpenAPI document,
 * or was refused (unsupported format, over budget, broken beyond reading).
 */
export type SkipReason = 'missing' | 'unreadable' | 'notOpenApi' | 'refused';

/** A loaded file; `skipped` when it gave no catalog, so it must not replace another. */
export interface LoadedCatalogFile extends Catalog {
  problems: Array<ParseProblem & { lineLength?: number }>;
  skipped?: SkipReason;
  /** The file system's own words when the file could not be read. */
  readError?: string;
}

/**
 * Loads one catalog file; its metadata comes from the manifest item, the file name, or a JSON header.
 * With `folder`, the file must lie inside it (see CatalogFileSystem.readFile).
 */
export function loadCatalogFile(
  path: string,
  item: Partial<ManifestItem>,
  origin: CatalogInfo['origin'],
  fs: CatalogFileSystem,
  folder?: string,
  options: CatalogLoadOptions = {},
): LoadedCatalogFile {
  return runSync(catalogFileReads(path, item, origin, folder, options), fs);
}

function* catalogFileReads(
  path: string,
  item: Partial<ManifestItem>,
  origin: CatalogInfo['origin'],
  folder: string | undefined,
  options: CatalogLoadOptions,
): CatalogReads<LoadedCatalogFile> {
  const fromName = metadataFromFileName(path);
  const isYaml = /\.ya?ml$/i.test(path);
  const format: CatalogFormat | undefined = path.toLowerCase().endsWith('.json') ? 'json' : isYaml ? 'openapi' : formatFromFileName(path);
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
  const fail = (message: string, skipped: SkipReason = 'refused'): LoadedCatalogFile =>
    ({ info, entries: [], problems: [{ line: 0, message }], skipped });
  if (!format) return fail('unsupported catalog format (expected .md, .html, .rst, .json, or an OpenAPI .yaml)');
  let text: string;
  try {
    text = yield* readFile(path, folder);
  } catch (error) {
    const readError = errorMessage(error);
    return { ...fail(`cannot read file: ${readError}`, isMissingFile(error) ? 'missing' : 'unreadable'), readError };
  }
  if (text.length > MAX_PAGE_CHARS) return fail(tooLargeMessage(text.length));
  const earlier = knownSlowParse(text);
  if (earlier !== undefined) return fail(tooSlowMessage(earlier));
  if (format === 'openapi') {
    // A YAML file in a catalog folder is read as an OpenAPI document, mapped onto the JSON tree the spec reader takes.
    const spec = openApiYamlCatalog(text, info, item.title !== undefined);
    if (spec) return { ...spec, problems: withLineLengths(text, spec.problems) };
    return fail('not an OpenAPI document (a YAML file in a catalog folder is read only as one: `openapi` or `swagger`, and `paths`)', 'notOpenApi');
  }
  if (format === 'json') {
    const specTree = parseOpenApiJson(text);
    const spec = specTree ? openApiCatalog(specTree, text, info, item.title !== undefined) : undefined;
    if (spec) return { ...spec, problems: withLineLengths(text, spec.problems) };
  }
  // Loaded outside the timed parse: its first load is not the page's cost.
  if (format !== 'json') loadHtmlParser();
  const started = performance.now();
  const parsed = format === 'json' ? parseJsonCatalog(text) : { header: undefined, ...parseCatalogPage(text, format) };
  const elapsed = performance.now() - started;
  if (elapsed > (options.parseBudgetMs ?? MAX_PAGE_PARSE_MS)) {
    rememberSlowParse(text, elapsed);
    return fail(tooSlowMessage(elapsed));
  }
  const problems = withLineLengths(text, parsed.problems);
  if ('fatal' in parsed && parsed.fatal) return { info, entries: [], problems, skipped: 'refused' };
  const { header } = parsed;
  if (header) {
    info.id = header.id ?? info.id;
    info.title = header.title ?? item.title ?? info.id.toUpperCase();
    info.locale = normalizeLocale(header.locale ?? info.locale);
    info.kind = header.kind ?? 'service';
  } else if (format !== 'json' && item.title === undefined) {
    // Without a title from the manifest, the page's own heading names the service ("Conduit API status codes").
    info.title = pageTitle(text, format) ?? info.title;
  }
  return { info, entries: parsed.entries, problems };
}

/** A read that failed because the file is not there: Node's ENOENT, or a file system that only says it in words. */
function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ENOENT' || /\bENOENT\b/.test(errorMessage(error));
}

/** "zh-CN" → "zh", "en_US" → "en": catalogs are matched by language. */
export function normalizeLocale(locale: string): string {
  return locale.trim().toLowerCase().split(/[-_]/)[0] || 'en';
}

/** Adds each problem's line length, and keeps its line inside the file. */
function withLineLengths(text: string, problems: ParseProblem[]): Array<ParseProblem & { lineLength?: number }> {
  if (problems.length === 0) return problems;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return problems.map((problem) => {
    if (problem.line <= 0) return problem;
    const line = Math.min(problem.line, starts.length);
    const start = starts[line - 1]!;
    const end = line < starts.length ? starts[line]! - 1 : text.length;
    const length = end > start && text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start;
    return { ...problem, line, lineLength: length };
  });
}

function* readManifest(folder: string, problems: CatalogProblem[]): CatalogReads<ManifestItem[]> {
  const path = joinSource(folder, MANIFEST_FILE);
  let text: string;
  try {
    text = yield* readFile(path, folder);
  } catch (error) {
    problems.push({ file: path, line: 0, message: `cannot read manifest: ${errorMessage(error)}` });
    return [];
  }
  const lines = new LineIndex(text);
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    problems.push({ file: path, line: lines.lineAt(tooDeep), message: `manifest nested more than ${MAX_JSON_DEPTH} levels deep; not read` });
    return [];
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    problems.push({ file: path, line: lines.lineAt(first.offset), message: `manifest is not valid JSON: ${printParseErrorCode(first.error)}` });
    return [];
  }
  const list = root?.type === 'object' ? propertyValue(root, 'catalogs') : undefined;
  if (list?.type !== 'array') {
    problems.push({ file: path, line: 0, message: 'manifest has no "catalogs" array' });
    return [];
  }
  const items: ManifestItem[] = [];
  (list.children ?? []).forEach((node, index) => {
    const line = lines.lineAt(node.offset);
    const source = node.type === 'object' ? propertyValue(node, 'source')?.value : undefined;
    if (typeof source !== 'string') {
      problems.push({ file: path, line, message: `catalogs[${index}] has no "source" file name` });
      return;
    }
    const wrong = sourceProblem(source);
    if (wrong) {
      problems.push({ file: path, line, message: `catalogs[${index}].source ${JSON.stringify(source)} ${wrong}; not read` });
      return;
    }
    const item: ManifestItem = { source, line };
    for (const key of ['id', 'title', 'locale'] as const) {
      const field = propertyValue(node, key)?.value;
      if (typeof field === 'string' && field.trim()) item[key] = field.trim();
    }
    items.push(item);
  });
  return items;
}

/**
 * A source inside a catalog folder. The web server's folders are URIs (`vscode-vfs://github/…/catalogs`), which
 * a path join would mangle (it folds the `//`); their sources are joined as URI paths.
 */
export function joinSource(folder: string, source: string): string {
  if (!hasUriScheme(folder)) return join(folder, source);
  return `${folder.replace(/\/+$/, '')}/${posix.normalize(source.replace(/\\/g, '/'))}`;
}

/** Why a manifest source cannot be read, or undefined: it must be a relative path inside the folder. */
function sourceProblem(source: string): string | undefined {
  if (source.trim() === '') return 'is empty';
  if (source.includes('\0')) return 'contains a NUL character';
  if (isAbsolute(source) || posix.isAbsolute(source) || win32.isAbsolute(source)) {
    return 'is an absolute path (sources are relative to the catalog folder)';
  }
  const normalized = normalize(source).replace(/\\/g, '/');
  if (normalized === '..' || normalized.startsWith('../')) return 'leads outside the catalog folder';
  return undefined;
}

function propertyValue(object: Node, key: string): Node | undefined {
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode?.value === key) return valueNode;
  }
  return undefined;
}

function listCatalogFiles(names: string[]): ManifestItem[] {
  return names
    .filter((name) => name !== MANIFEST_FILE && (/\.(json|ya?ml)$/i.test(name) || formatFromFileName(name)))
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
