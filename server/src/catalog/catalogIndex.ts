/**
 * The bundled catalogs, parsed at build time into a compact generated index (dist/catalog-index.json, written by
 * scripts/write-catalog-index.ts from esbuild.mjs), as css-languageservice ships its generated data: the server and
 * the CLI read the index instead of parsing the pages, so neither parse5 nor the page parsers run at start.
 *
 * The index holds exactly what loadCatalogFolder gives (entries with their lines, titles, locales, problems), with
 * paths relative to the folder. It is used only while it matches the folder: a fingerprint of the folder's file
 * names and contents (a few small files, hashed in about a millisecond) is stored with it and checked on load. An
 * index that is missing, of another format, or of other files is rejected with a reason, and the caller parses.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { type CatalogFileSystem, type CatalogProblem, joinSource, type LoadedCatalogs } from './catalogFolder';
import type { Catalog } from './types';
import { errorMessage } from '../errors';

/** Bumped whenever the index's shape changes, so an index of another build is rejected rather than misread. */
export const CATALOG_INDEX_FORMAT = 1;

/** The index file as written: catalogs and problems with folder-relative paths. */
export interface CatalogIndex {
  format: number;
  /** See folderFingerprint. */
  fingerprint: string;
  catalogs: Catalog[];
  problems: CatalogProblem[];
}

export type IndexedCatalogs = { catalogs: LoadedCatalogs } | { rejected: string };

/** The index of a folder's parsed catalogs (what the build writes). */
export function catalogIndexOf(folder: string, loaded: LoadedCatalogs, fs: CatalogFileSystem): CatalogIndex {
  const toRelative = (path: string): string => relativeInside(folder, path);
  return {
    format: CATALOG_INDEX_FORMAT,
    fingerprint: folderFingerprint(folder, loaded.catalogs.map((catalog) => toRelative(catalog.info.source)), fs),
    catalogs: loaded.catalogs.map((catalog) => ({ ...catalog, info: { ...catalog.info, source: toRelative(catalog.info.source) } })),
    problems: loaded.problems.map((problem) => ({ ...problem, file: toRelative(problem.file) })),
  };
}

/** The folder's catalogs from its index file, or why the index cannot stand for them. Never throws. */
export function readCatalogIndex(folder: string, indexFile: string, fs: CatalogFileSystem): IndexedCatalogs {
  let index: CatalogIndex;
  try {
    const parsed: unknown = JSON.parse(fs.readFile(indexFile));
    if (!isCatalogIndex(parsed)) return { rejected: `${indexFile} is not a catalog index of format ${CATALOG_INDEX_FORMAT}` };
    index = parsed;
  } catch (error) {
    return { rejected: `cannot read ${indexFile}: ${errorMessage(error)}` };
  }
  let fingerprint: string;
  try {
    fingerprint = folderFingerprint(folder, index.catalogs.map((catalog) => catalog.info.source), fs);
  } catch (error) {
    return { rejected: `cannot check ${folder} against its index: ${errorMessage(error)}` };
  }
  if (fingerprint !== index.fingerprint) return { rejected: `the files of ${folder} changed since ${indexFile} was built` };
  // joinSource, not a path join: the web server's folder is a URI, whose `//` a path join would fold.
  const toAbsolute = (path: string): string => (path === '' ? folder : joinSource(folder, path));
  return {
    catalogs: {
      catalogs: index.catalogs.map((catalog) => ({ ...catalog, info: { ...catalog.info, source: toAbsolute(catalog.info.source) } })),
      problems: index.problems.map((problem) => ({ ...problem, file: toAbsolute(problem.file) })),
    },
  };
}

/**
 * A hash of the folder's entry names and of the contents of its files and of the catalogs' sources (which a
 * manifest may place in subfolders). Contents, not sizes or times: an installed extension's files carry the
 * install's times, and an edit can keep a page's size.
 */
function folderFingerprint(folder: string, sources: readonly string[], fs: CatalogFileSystem): string {
  const hash = createHash('sha256');
  const names = [...fs.readDirectory(folder)].sort();
  hash.update(JSON.stringify(names));
  const files = new Set([...names, ...sources]);
  for (const name of [...files].sort()) {
    let text: string;
    try {
      text = fs.readFile(joinSource(folder, name), folder);
    } catch {
      // A subfolder or an unreadable entry: its name is in the hash, and the parse reports whatever it means.
      text = '\0unreadable';
    }
    hash.update(`\0${name}\0${text.length}\0`).update(text);
  }
  return hash.digest('hex');
}

/** A path of the folder relative to it, with forward slashes, so an index built on one system reads on another. */
function relativeInside(folder: string, path: string): string {
  const inside = relative(folder, path);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`${path} is outside the catalog folder ${folder}`);
  return inside.split(sep).join('/');
}

function isCatalogIndex(value: unknown): value is CatalogIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<CatalogIndex>;
  return (
    index.format === CATALOG_INDEX_FORMAT &&
    typeof index.fingerprint === 'string' &&
    Array.isArray(index.catalogs) &&
    Array.isArray(index.problems) &&
    index.catalogs.every((catalog) => typeof catalog?.info?.source === 'string' && Array.isArray(catalog.entries))
  );
}
