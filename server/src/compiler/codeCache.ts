/**
 * Requires a large CommonJS file (the 9 MB TypeScript compiler) with a V8 code cache: compiling it is most of what
 * loading it costs, and V8 can instead deserialize the bytecode it made last time. The cache is made on this
 * machine, by this Node/Electron, after the file has run for a while (so the parser's functions are in it), and
 * written to a per-user cache folder; V8 rejects a cache of another V8 version or flags, and the file name carries
 * the source's path, size and time and the runtime's version, so an updated extension never meets an old cache.
 * Anything wrong with the cache (missing, rejected, unwritable folder) means a plain compile, never a failure.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { errorMessage } from '../errors';

export interface CodeCacheOptions {
  /** Where caches are kept; undefined: no cache (a plain compile). */
  cacheDir: string | undefined;
  /** How long after loading the cache is written, so that it holds the functions the first uses compiled. */
  writeDelayMs: number;
  log: (message: string) => void;
}

/** How the last load went, for logs and tests. */
export interface CodeCacheOutcome {
  cache: 'used' | 'rejected' | 'none' | 'off';
  loadMs: number;
}

/**
 * Loads `file` (an absolute, real path) as a CommonJS module and puts it in the module cache, so that later
 * `require`s of the same file get the same exports.
 */
export function requireWithCodeCache(file: string, options: CodeCacheOptions): { exports: unknown; outcome: CodeCacheOutcome } {
  const started = performance.now();
  const { script, cacheFile, cachedData } = compile(file, options.cacheDir);
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  const cache = !cacheFile ? 'off' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cacheFile && cache !== 'used') {
    setTimeout(() => writeCache(script, cacheFile, options.log), options.writeDelayMs).unref();
  }
  return { exports: module.exports, outcome: { cache, loadMs: performance.now() - started } };
}

/**
 * Compiles the file in a module wrapper, with its cache when there is one. Apart from the caller, so the source
 * read (9 MB, twice that in memory) is garbage once the script holds its own copy, before the module runs.
 */
function compile(file: string, cacheDir: string | undefined): { script: Script; cacheFile?: string; cachedData?: Buffer } {
  const bytes = readFileSync(file);
  // esbuild writes ASCII (it escapes the rest): decoded as latin1 it is the same text, without a UTF-8 decode.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, cacheFileName(file, source.length));
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: this load makes one.
    }
  }
  // A `#!` line is valid only at the very start of a script, not inside the module wrapper; `//` keeps every offset.
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${body}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  return { script, ...(cacheFile ? { cacheFile } : {}), ...(cachedData ? { cachedData } : {}) };
}

/** The folder for code caches: STATUS_CATALOG_CACHE_DIR (empty: none), else the user's cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  const chosen = env.STATUS_CATALOG_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' ? undefined : chosen;
  // A per-user folder, never a shared temp folder: a cache is code this process runs.
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'status-catalog', 'Cache') : undefined;
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'status-catalog') : undefined;
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'status-catalog') : undefined;
}

function cacheFileName(file: string, length: number): string {
  const { mtimeMs } = statSync(file);
  const key = createHash('sha256')
    .update(JSON.stringify([file, length, mtimeMs, process.version, process.versions.v8, process.arch]))
    .digest('hex')
    .slice(0, 16);
  return `${basename(file)}.${key}.v8cache`;
}

function writeCache(script: Script, cacheFile: string, log: (message: string) => void): void {
  try {
    const data = script.createCachedData();
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written aside and renamed: another server starting now reads the old cache or the new one, never half of one.
    const partial = `${cacheFile}.${process.pid}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, cacheFile);
  } catch (error) {
    log(`cannot write the code cache ${cacheFile}: ${errorMessage(error)}`);
    return;
  }
  removeOlderCaches(cacheFile, log);
}

/** Caches of earlier versions of the same file (another build, another Node) are never read again. */
function removeOlderCaches(cacheFile: string, log: (message: string) => void): void {
  const folder = dirname(cacheFile);
  const name = basename(cacheFile);
  const sameSource = name.replace(/\.[0-9a-f]{16}\.v8cache$/, '.');
  try {
    for (const other of readdirSync(folder)) {
      if (other !== name && other.startsWith(sameSource) && /^\.[0-9a-f]{16}\.v8cache$/.test(other.slice(sameSource.length - 1))) {
        rmSync(join(folder, other), { force: true });
      }
    }
  } catch (error) {
    log(`cannot remove older code caches in ${folder}: ${errorMessage(error)}`);
  }
}
