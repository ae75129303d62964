/** The catalog loader's file access on a real disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFileSystem } from './catalogFolder';

/** Catalog pages are small; anything larger than this is not a catalog and is not read. */
const MAX_CATALOG_BYTES = 8 * 1024 * 1024;

export const nodeFileSystem: CatalogFileSystem = {
  readDirectory: (folder) => readdirSync(folder).filter((name) => statSync(join(folder, name)).isFile()),
  readFile: (path) => {
    const size = statSync(path).size;
    if (size > MAX_CATALOG_BYTES) throw new Error(`file is ${size} bytes, more than a catalog page can be`);
    return readFileSync(path, 'utf8');
  },
};
