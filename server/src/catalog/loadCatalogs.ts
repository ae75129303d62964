/**
 * Builds the registry from the bundled folder and the user's folders, in merge order (see registry.ts).
 * The bundled catalogs never change while the server runs, so they are read once and passed back in on
 * every reload; only the user's folders are read again. Each folder is guarded on its own: one that fails
 * in a way the folder loader did not foresee is a problem of that folder, and the others still load.
 */
import { catalogFolderReads, type CatalogFileSystem, type CatalogProblem, type LoadedCatalogs } from './catalogFolder';
import { type CatalogReads, runSync } from './catalogReads';
import { readCatalogIndex } from './catalogIndex';
import type { LoadedOpenApiDocuments, OpenApiDocumentFailure } from './openApiDocuments';
import { CatalogRegistry } from './registry';
import type { Catalog } from './types';
import { errorMessage } from '../errors';

export interface LoadedRegistry {
  registry: CatalogRegistry;
  problems: CatalogProblem[];
  /** Named OpenAPI documents that gave no catalog: reported where they are named (the config file). */
  documentFailures: OpenApiDocumentFailure[];
  /** Milliseconds spent reading and parsing. */
  elapsedMs: number;
}

/** The bundled catalogs, and how they were had: from the generated index, or parsed (with the index's rejection). */
export interface BundledCatalogs extends LoadedCatalogs {
  from: 'index' | 'parse';
  /** Why the index was not used, when one was given. */
  indexRejected?: string;
}

/**
 * Reads the bundled folder (once per process): from its generated index (catalogIndex.ts) when `indexFile` is
 * given and still matches the folder, else by parsing its pages.
 */
export function loadBundledCatalogs(folder: string, fs: CatalogFileSystem, indexFile?: string): BundledCatalogs {
  if (indexFile === undefined) return { ...guardedFolder(folder, 'bundled', fs), from: 'parse' };
  const indexed = readCatalogIndex(folder, indexFile, fs);
  if ('catalogs' in indexed) return { ...indexed.catalogs, from: 'index' };
  return { ...guardedFolder(folder, 'bundled', fs), from: 'parse', indexRejected: indexed.rejected };
}

/**
 * The registry of the bundled catalogs (already loaded, or a folder to read), the user's folders and the project's
 * OpenAPI documents, in that order: a document wins over a folder's catalog of the same id and locale, as a later
 * folder wins over an earlier one. The documents come loaded (openApiDocuments.ts): a config whose overrides name
 * other folders builds one registry per folder list, all with the same documents, which need reading only once.
 */
export function loadRegistry(
  bundled: LoadedCatalogs | string | undefined,
  userFolders: readonly string[],
  fs: CatalogFileSystem,
  documents: LoadedOpenApiDocuments = NO_DOCUMENTS,
): LoadedRegistry {
  const started = performance.now();
  const base = typeof bundled === 'string' ? loadBundledCatalogs(bundled, fs) : (bundled ?? { catalogs: [], problems: [] });
  const { layers, problems } = runSync(registryLayerReads(base, userFolders), fs);
  if (documents.catalogs.length > 0) layers.push(documents.catalogs);
  problems.push(...documents.problems);
  return { registry: new CatalogRegistry(layers), problems, documentFailures: documents.failures, elapsedMs: performance.now() - started };
}

const NO_DOCUMENTS: LoadedOpenApiDocuments = { catalogs: [], problems: [], failures: [] };

/** A registry's layers: the user's folders over `base`, in order. The one walk of the sync and async loaders. */
export function* registryLayerReads(
  base: LoadedCatalogs,
  userFolders: readonly string[],
): CatalogReads<{ layers: Catalog[][]; problems: CatalogProblem[] }> {
  const problems: CatalogProblem[] = [...base.problems];
  const layers = [base.catalogs];
  for (const folder of userFolders) {
    const user = yield* guardedFolderReads(folder, 'user');
    layers.push(user.catalogs);
    problems.push(...user.problems);
  }
  return { layers, problems };
}

function guardedFolder(folder: string, origin: 'bundled' | 'user', fs: CatalogFileSystem): LoadedCatalogs {
  return runSync(guardedFolderReads(folder, origin), fs);
}

/** Each folder guarded on its own: one that fails in a way the folder loader did not foresee is that folder's problem. */
function* guardedFolderReads(folder: string, origin: 'bundled' | 'user'): CatalogReads<LoadedCatalogs> {
  try {
    return yield* catalogFolderReads(folder, origin, {});
  } catch (error) {
    return { catalogs: [], problems: [{ file: folder, line: 0, message: `cannot load catalog folder: ${errorMessage(error)}` }] };
  }
}
