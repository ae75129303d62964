/**
 * The OpenAPI documents a project config names (`openapi: ["api/openapi.yaml"]`), each loaded as a catalog exactly
 * as from a catalog folder (same reader, same id from the file name). A document named explicitly that cannot serve
 * (missing, unreadable, not JSON/YAML, not an OpenAPI document) is a failure of the name in the config, reported
 * there; problems inside a document that loads (syntax errors) stay on the document, with their lines.
 */
import { errorMessage } from '../errors';
import { type CatalogFileSystem, type CatalogProblem, type LoadedCatalogFile, loadCatalogFile } from './catalogFolder';
import type { Catalog } from './types';

/** A named document that gives no catalog, and why (a sentence that follows its path). */
export interface OpenApiDocumentFailure {
  path: string;
  message: string;
}

export interface LoadedOpenApiDocuments {
  catalogs: Catalog[];
  /** Problems inside documents that loaded, each on its document and line. */
  problems: CatalogProblem[];
  failures: OpenApiDocumentFailure[];
}

const NOT_OPENAPI = 'is not an OpenAPI document (no `openapi` or `swagger` version with `paths`)';

export function loadOpenApiDocuments(paths: readonly string[], fs: CatalogFileSystem): LoadedOpenApiDocuments {
  const loaded: LoadedOpenApiDocuments = { catalogs: [], problems: [], failures: [] };
  for (const path of paths) {
    if (!/\.(json|ya?ml)$/i.test(path)) {
      loaded.failures.push({ path, message: 'is not an OpenAPI document: expected a .json, .yaml or .yml file' });
      continue;
    }
    try {
      const catalog = loadCatalogFile(path, {}, 'user', fs);
      if (catalog.skipped) {
        loaded.failures.push({ path, message: skippedMessage(catalog) });
      } else if (catalog.info.format !== 'openapi') {
        // A JSON catalog page is fine in a folder, but this name promised an API description.
        loaded.failures.push({ path, message: NOT_OPENAPI });
      } else {
        loaded.catalogs.push(catalog);
        loaded.problems.push(...catalog.problems.map((problem) => ({ file: path, ...problem })));
      }
    } catch (error) {
      loaded.failures.push({ path, message: `cannot be loaded: ${errorMessage(error)}` });
    }
  }
  return loaded;
}

/** Why a named document gave no catalog, worded for the config that names it. */
function skippedMessage(catalog: LoadedCatalogFile): string {
  if (catalog.skipped === 'notOpenApi') return NOT_OPENAPI;
  if (catalog.skipped === 'missing') return 'does not exist';
  return `cannot be loaded: ${catalog.readError ?? catalog.problems[0]?.message ?? 'no reason given'}`;
}

/**
 * Each distinct list of documents loaded once until cleared: a config's overrides with folders of their own make one
 * registry per folder list, and every one of them holds the same documents.
 */
export class OpenApiDocumentCache {
  private readonly byList = new Map<string, LoadedOpenApiDocuments>();

  constructor(private readonly fs: CatalogFileSystem) {}

  load(paths: readonly string[]): LoadedOpenApiDocuments {
    const key = JSON.stringify(paths);
    let loaded = this.byList.get(key);
    if (!loaded) this.byList.set(key, (loaded = loadOpenApiDocuments(paths, this.fs)));
    return loaded;
  }

  /** The documents changed (or may have): read them again on next use. */
  clear(): void {
    this.byList.clear();
  }
}
