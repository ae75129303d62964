/**
 * loadRegistry (loadCatalogs.ts) for the web server, whose user folders are read through the client: the bundled
 * catalogs are embedded in its bundle and come already loaded, only the user's folders are read, each guarded.
 */
import { type AsyncCatalogFileSystem, type CatalogProblem, type LoadedCatalogs, loadCatalogFolderAsync } from './catalogFolder';
import type { LoadedRegistry } from './loadCatalogs';
import { CatalogRegistry } from './registry';
import { errorMessage } from '../errors';

export async function loadRegistryAsync(
  bundled: LoadedCatalogs,
  userFolders: readonly string[],
  fs: AsyncCatalogFileSystem,
): Promise<LoadedRegistry> {
  const started = performance.now();
  const problems: CatalogProblem[] = [...bundled.problems];
  const layers = [bundled.catalogs];
  for (const folder of userFolders) {
    let user: LoadedCatalogs;
    try {
      user = await loadCatalogFolderAsync(folder, 'user', fs);
    } catch (error) {
      user = { catalogs: [], problems: [{ file: folder, line: 0, message: `cannot load catalog folder: ${errorMessage(error)}` }] };
    }
    layers.push(user.catalogs);
    problems.push(...user.problems);
  }
  // The web build reads no project config file, so no config names OpenAPI documents that could fail to load.
  return { registry: new CatalogRegistry(layers), problems, documentFailures: [], elapsedMs: performance.now() - started };
}
