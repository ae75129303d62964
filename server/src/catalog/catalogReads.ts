/**
 * The catalog loader's file access, written once for two kinds of file system. The loader is a generator that
 * yields each read it needs and is resumed with the answer (or has the failure thrown in where it asked), so the
 * same code, with the same error handling, runs over node:fs (synchronous: the Node server and the CLI) and over
 * the VS Code client's `workspace.fs` (asynchronous: the web server, whose every read is a request).
 */

/** The file access the loader needs; the server passes node:fs, tests pass an in-memory map. */
export interface CatalogFileSystem {
  /** Names of the entries of a folder. Throws when the folder cannot be read. */
  readDirectory(folder: string): string[];
  /**
   * A file's text. Throws when it cannot be read, is not a regular file, is too large, or (when `folder` is
   * given) its real path is not inside the folder's real path.
   */
  readFile(path: string, folder?: string): string;
}

/** The same access answered later: rejections stand for the throws of CatalogFileSystem. */
export interface AsyncCatalogFileSystem {
  readDirectory(folder: string): Promise<string[]>;
  readFile(path: string, folder?: string): Promise<string>;
}

export type CatalogRead = { kind: 'readDirectory'; folder: string } | { kind: 'readFile'; path: string; folder?: string };

/** A load that yields its reads; each is answered with a string[] (a folder) or a string (a file). */
export type CatalogReads<T> = Generator<CatalogRead, T, string[] | string>;

export function* readDirectory(folder: string): CatalogReads<string[]> {
  return (yield { kind: 'readDirectory', folder }) as string[];
}

export function* readFile(path: string, folder?: string): CatalogReads<string> {
  return (yield { kind: 'readFile', path, folder }) as string;
}

export function runSync<T>(reads: CatalogReads<T>, fs: CatalogFileSystem): T {
  let step = reads.next();
  while (!step.done) {
    const read = step.value;
    let answer: string[] | string;
    try {
      answer = read.kind === 'readDirectory' ? fs.readDirectory(read.folder) : fs.readFile(read.path, read.folder);
    } catch (error) {
      step = reads.throw(error);
      continue;
    }
    step = reads.next(answer);
  }
  return step.value;
}

export async function runAsync<T>(reads: CatalogReads<T>, fs: AsyncCatalogFileSystem): Promise<T> {
  let step = reads.next();
  while (!step.done) {
    const read = step.value;
    let answer: string[] | string;
    try {
      answer = read.kind === 'readDirectory' ? await fs.readDirectory(read.folder) : await fs.readFile(read.path, read.folder);
    } catch (error) {
      step = reads.throw(error);
      continue;
    }
    step = reads.next(answer);
  }
  return step.value;
}

/**
 * A synchronous file system answered a read at a time, each after a turn of the event loop (`yieldTurn`): the language
 * server reloads the editor's catalog folders through it, so a request that comes meanwhile waits for one page's
 * parse at most, never for a whole folder of large or slow pages (seconds, the first time a hostile folder is read).
 */
export function readingByTurns(fs: CatalogFileSystem, yieldTurn: () => Promise<void>): AsyncCatalogFileSystem {
  return {
    async readDirectory(folder) {
      await yieldTurn();
      return fs.readDirectory(folder);
    },
    async readFile(path, folder) {
      await yieldTurn();
      return fs.readFile(path, folder);
    },
  };
}
