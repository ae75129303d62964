/**
 * loadRegistry (loadCatalogs.ts) for the web server, whose user folders are read through the client: the bundled
 * catalogs are embedded in its bundle and come already loaded, only the user's folders are read, each guarded, by
 * the same walk as the sync loader's.
 */
import type { AsyncCatalogFileSystem, LoadedCatalogs } from './catalogFolder';
import { runAsync } from './catalogReads';
import { type LoadedRegistry, registryLayerReads } from './loadCatalogs';
import { CatalogRegistry } from './registry';

export async function loadRegistryAsync(
  bundled: LoadedCatalogs,
  userFolders: readonly string[],
  fs: AsyncCatalogFileSystem,
): Promise<LoadedRegistry> {
  const started = performance.now();
  const { layers, problems } = await runAsync(registryLayerReads(bundled, userFolders), fs);
  // The web build reads no project config file, so no config names OpenAPI documents that could fail to load.
  return { registry: new CatalogRegistry(layers), problems, documentFailures: [], elapsedMs: performance.now() - started };
}
