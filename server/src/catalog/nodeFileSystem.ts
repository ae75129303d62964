/**
 * The catalog loader's file access on a real disk. A catalog folder is text anyone can commit to, so a read
 * accepts only a regular file (after following links) whose real path lies inside the catalog folder's real
 * path, and reads at most MAX_CATALOG_BYTES of it: a FIFO would block the server forever, `/dev/zero` would
 * fill its memory, a link could reach any file of the machine.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import type { CatalogFileSystem } from './catalogFolder';

/** Catalog pages are small (the largest real one is ~120 KB); anything larger is not read. */
export const MAX_CATALOG_BYTES = 2 * 1024 * 1024;

export const nodeFileSystem: CatalogFileSystem = {
  // Every name: whether an entry is a readable file is decided per entry by readFile, so one dangling link or
  // link loop is a problem of that entry and never of the whole folder.
  readDirectory: (folder) => readdirSync(folder),
  readFile: (path, folder) => readRegularFile(path, folder, MAX_CATALOG_BYTES),
};

/** Reads a regular file inside `folder` (when given), at most `maxBytes`. Throws a message a user can act on. */
export function readRegularFile(path: string, folder: string | undefined, maxBytes: number): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new Error('is a link loop');
    if (code === 'ENOENT' && isLink(path)) throw new Error('is a dangling link');
    throw error;
  }
  if (folder !== undefined) {
    const root = realpathSync(folder);
    const inside = relative(root, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new Error(`leads outside the catalog folder (to ${real}); not read`);
    }
  }
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; it is rejected right after by fstat.
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`is not a regular file (${kindOf(stat)}); not read`);
    if (stat.size > maxBytes) throw new Error(`is ${stat.size} bytes, more than a catalog page can be (${maxBytes}); page too large, skipped`);
    // Read at most maxBytes + 1 whatever the size said: a file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        if (length > maxBytes) throw new Error(`is more than ${maxBytes} bytes; page too large, skipped`);
        break;
      }
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}
