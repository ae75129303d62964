/**
 * The bundled catalogs inside the web server's bundle. esbuild.mjs generates the module
 * `status-catalog:bundled-catalogs` from catalogs/ (file name → text); here it is served as a catalog folder,
 * so the same loader reads it as the Node server reads catalogs/ on disk, under whatever folder name the
 * server gives it (the extension's own catalogs/ URI, so that hover links open the page).
 */
import type { CatalogFileSystem } from '../catalog/catalogFolder';

export function embeddedCatalogFileSystem(files: Readonly<Record<string, string>>): CatalogFileSystem {
  const names = Object.keys(files);
  /** The file's name relative to the folder it is asked under (the folder is whatever the server calls it). */
  const nameOf = (path: string): string | undefined => names.find((name) => path === name || path.endsWith(`/${name}`));
  return {
    readDirectory: () => names.filter((name) => !name.includes('/')),
    readFile(path) {
      const name = nameOf(path);
      if (name === undefined) throw new Error('not a bundled catalog file');
      return files[name]!;
    },
  };
}
