/**
 * Requires a large CommonJS file (the TypeScript compiler, the server) with a V8 code cache: compiling it is most of
 * what loading it costs, and V8 can instead deserialize the bytecode it made last time. Two caches can serve:
 * - the one the build made beside the file (`typescript.js.<key>.v8cache`, after warming the parser on sample text;
 *   writeShippedCodeCache), whose key is the file's content and the runtime's V8 and architecture, so a first start
 *   after install is warm when it runs on the Node that built it;
 * - the per-user one, made on this machine by this Node/Electron after the file has run for a while (so the
 *   functions the first uses compiled are in it), or at exit when the process ends sooner (a CLI run), whose name
 *   carries the source's path, size and time and the runtime's version, so an updated extension never meets it.
 * The per-user one is read first; it is written only when the shipped one was missing or rejected. V8 rejects a
 * cache of another V8 version or flags. Anything wrong with a cache (missing, rejected, corrupt, unwritable folder)
 * means a plain compile, never a failure.
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
  /** Which cache was read: the build's, beside the file, or the per-user one (none read: undefined). */
  from?: 'shipped' | 'user';
  loadMs: number;
}

/**
 * Loads `file` (an absolute, real path) as a CommonJS module and puts it in the module cache, so that later
 * `require`s of the same file get the same exports.
 */
export function requireWithCodeCache(file: string, options: CodeCacheOptions): { exports: unknown; outcome: CodeCacheOutcome } {
  const started = performance.now();
  const { script, cacheFile, cachedData, from } = compile(file, options.cacheDir);
  const exports = run(script, file);
  const cache = !cacheFile ? 'off' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cacheFile && cache !== 'used') scheduleWrite(script, cacheFile, options);
  const outcome: CodeCacheOutcome = { cache, ...(from ? { from } : {}), loadMs: performance.now() - started };
  return { exports, outcome };
}

/** Runs the compiled module wrapper as `require` would, the module in the module cache. */
function run(script: Script, file: string): unknown {
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
  return module.exports;
}

/**
 * Writes the per-user cache after the delay, or at exit if the process ends first (a short CLI run, a quick
 * editor session), so that the next start has one. At exit only synchronous work runs, which writing is.
 */
function scheduleWrite(script: Script, cacheFile: string, options: CodeCacheOptions): void {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    process.removeListener('exit', write);
    writeCache(script, cacheFile, options.log);
  };
  setTimeout(write, options.writeDelayMs).unref();
  process.once('exit', write);
}

interface Compiled {
  script: Script;
  cacheFile?: string;
  cachedData?: Buffer;
  from?: 'shipped' | 'user';
}

/**
 * Compiles the file in a module wrapper, with a cache when there is one. Apart from the caller, so the source
 * read (a Buffer, then a string) is garbage once the script holds its own copy, before the module runs.
 */
function compile(file: string, cacheDir: string | undefined): Compiled {
  const bytes = readFileSync(file);
  const source = decode(bytes);
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, cacheFileName(file, source.length));
  let cachedData: Buffer | undefined;
  let from: Compiled['from'];
  if (cacheFile) {
    cachedData = readIfThere(cacheFile);
    if (cachedData) from = 'user';
    else if ((cachedData = readIfThere(shippedCacheFile(file, bytes)))) from = 'shipped';
  }
  const script = new Script(wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  return { script, ...(cacheFile ? { cacheFile } : {}), ...(cachedData ? { cachedData } : {}), ...(from ? { from } : {}) };
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    // No cache (yet): this load compiles, and may make one.
    return undefined;
  }
}

/** esbuild writes ASCII (it escapes the rest): decoded as latin1 it is the same text, without a UTF-8 decode. */
function decode(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** The module wrapper. The same text at build time and at run time, or V8 would reject the shipped cache. */
function wrap(source: string): string {
  // A `#!` line is valid only at the very start of a script, not inside the module wrapper; `//` keeps every offset.
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  return `(function (exports, require, module, __filename, __dirname) {${body}\n})`;
}

/**
 * The build's cache beside the file. Keyed by the content (V8 checks a cache's source only by its length) and by
 * the V8 and architecture that can use it, so another runtime does not even read it.
 */
function shippedCacheFile(file: string, bytes: Buffer): string {
  const key = createHash('sha256').update(bytes).update(JSON.stringify([process.versions.v8, process.arch])).digest('hex').slice(0, 16);
  return join(dirname(file), `${basename(file)}.${key}.v8cache`);
}

/**
 * At build time: loads `file`, lets `warm` use it (so the functions a first analysis needs are compiled and go in
 * the cache), and writes the shipped cache beside it, removing the file's earlier ones. Returns the cache's path.
 */
export async function writeShippedCodeCache(file: string, warm: (exports: unknown) => unknown): Promise<string> {
  const bytes = readFileSync(file);
  const script = new Script(wrap(decode(bytes)), { filename: file });
  await warm(run(script, file));
  const cacheFile = shippedCacheFile(file, bytes);
  const partial = `${cacheFile}.${process.pid}.partial`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, cacheFile);
  const prefix = `${basename(file)}.`;
  for (const other of readdirSync(dirname(file))) {
    if (other !== basename(cacheFile) && other.startsWith(prefix) && /^[0-9a-f]{16}\.v8cache$/.test(other.slice(prefix.length))) {
      rmSync(join(dirname(file), other), { force: true });
    }
  }
  return cacheFile;
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

/**
 * `<name>.<path key>.<version key>.v8cache`: the path key keeps apart the caches of files of the same name at other
 * paths (two installs, two checkouts sharing the folder), which removing a file's older caches must leave alone.
 */
function cacheFileName(file: string, length: number): string {
  const { mtimeMs } = statSync(file);
  const key = createHash('sha256')
    .update(JSON.stringify([file, length, mtimeMs, process.version, process.versions.v8, process.arch]))
    .digest('hex')
    .slice(0, 16);
  return `${basename(file)}.${pathKey(file)}.${key}.v8cache`;
}

function pathKey(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 8);
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

/**
 * Caches of earlier versions of the same file (another build, another Node) are never read again; nor are those
 * named without a path key, by earlier versions of this module.
 */
function removeOlderCaches(cacheFile: string, log: (message: string) => void): void {
  const folder = dirname(cacheFile);
  const name = basename(cacheFile);
  const samePath = name.replace(/[0-9a-f]{16}\.v8cache$/, '');
  const unkeyed = samePath.replace(/[0-9a-f]{8}\.$/, '');
  try {
    for (const other of readdirSync(folder)) {
      const earlier = (other.startsWith(samePath) && /^[0-9a-f]{16}\.v8cache$/.test(other.slice(samePath.length))) ||
        (other.startsWith(unkeyed) && /^[0-9a-f]{16}\.v8cache$/.test(other.slice(unkeyed.length)));
      if (other !== name && earlier) rmSync(join(folder, other), { force: true });
    }
  } catch (error) {
    log(`cannot remove older code caches in ${folder}: ${errorMessage(error)}`);
  }
}
