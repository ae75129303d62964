/**
 * Builds the registry from the bundled folder and the user's folders, in merge order (see registry.ts).
 */
import { loadCatalogFolder, type CatalogFileSystem, type CatalogProblem } from './catalogFolder';
import { CatalogRegistry } from './registry';

export interface LoadedRegistry {
  registry: CatalogRegistry;
  problems: CatalogProblem[];
  /** Milliseconds spent reading and parsing. */
  elapsedMs: number;
}

export function loadRegistry(bundledFolder: string | undefined, userFolders: readonly string[], fs: CatalogFileSystem): LoadedRegistry {
  const started = performance.now();
  const problems: CatalogProblem[] = [];
  const layers = [];
  if (bundledFolder) {
    const bundled = loadCatalogFolder(bundledFolder, 'bundled', fs);
    layers.push(bundled.catalogs);
    problems.push(...bundled.problems);
  }
  for (const folder of userFolders) {
    const user = loadCatalogFolder(folder, 'user', fs);
    layers.push(user.catalogs);
    problems.push(...user.problems);
  }
  return { registry: new CatalogRegistry(layers), problems, elapsedMs: performance.now() - started };
}
