/**
 * The bundled catalogs inside the web server's bundle. esbuild.mjs generates the module
 * `status-catalog:bundled-catalogs` from catalogs/ (file name → text, and the index the build made of them); here it
 * is served as a catalog folder, so the same loader reads it as the Node server reads catalogs/ on disk, under
 * whatever folder name the server gives it (the extension's own catalogs/ URI, so that hover links open the page),
 * and the index at EMBEDDED_INDEX_PATH, which no folder name can be.
 */
import type { CatalogFileSystem } from '../catalog/catalogFolder';

export const EMBEDDED_INDEX_PATH = 'status-catalog-embedded:/catalog-index.json';

export function embeddedCatalogFileSystem(files: Readonly<Record<string, string>>, index?: string): CatalogFileSystem {
  const names = Object.keys(files);
  // As a directory listing: the top-level files and the names of the subfolders (as readdirSync gives them), so the
  // index's fingerprint of the folder is the one the build computed over catalogs/ on disk.
  const listing = [...new Set(names.map((name) => name.split('/')[0]!))];
  /**
   * The file's name relative to the folder it is asked under (the folder is whatever the server calls it): the
   * longest name the path ends with, so `…/team/b.en.md` is the subfolder's page, never a top-level `b.en.md`.
   */
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const nameOf = (path: string): string | undefined => byLength.find((name) => path === name || path.endsWith(`/${name}`));
  return {
    readDirectory: () => listing,
    readFile(path) {
      if (path === EMBEDDED_INDEX_PATH && index !== undefined) return index;
      const name = nameOf(path);
      if (name === undefined) throw new Error('not a bundled catalog file');
      return files[name]!;
    },
  };
}
