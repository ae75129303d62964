import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultCacheDir, requireWithCodeCache, writeShippedCodeCache } from '../../../server/src/compiler/codeCache';

const CODE_CACHE = join(__dirname, '..', '..', '..', 'server', 'src', 'compiler', 'codeCache.ts');
const MODULE = "#!/usr/bin/env node\nconst { basename } = require('node:path');\nexports.name = basename(__filename);\nexports.double = (n) => n * 2;\n";

/** A module file in a fresh folder, and a cache folder beside it. */
function fixture(): { file: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'status-catalog-code-cache-'));
  const file = join(root, 'lib.js');
  writeFileSync(file, MODULE);
  return { file, cacheDir: join(root, 'cache') };
}

/** Loads the file again as a first load would: out of the module cache first. */
function load(file: string, cacheDir: string | undefined, log: string[] = []) {
  delete require.cache[file];
  return requireWithCodeCache(file, { cacheDir, writeDelayMs: 0, log: (message) => log.push(message) });
}

/** Lets the cache write (a timer of 0 ms, queued before this one) run. */
const cacheWritten = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('code cache', () => {
  it('loads a module (with a #! line) into the module cache, then writes a cache that the next load uses', async () => {
    const { file, cacheDir } = fixture();
    const first = load(file, cacheDir);
    assert.equal(first.outcome.cache, 'none');
    const lib = first.exports as { name: string; double(n: number): number };
    assert.equal(lib.name, 'lib.js');
    assert.equal(lib.double(21), 42);
    assert.equal(require.cache[file]?.exports, first.exports);
    assert.equal(require(file), first.exports);
    await cacheWritten();
    assert.deepEqual(readdirSync(cacheDir).map((name) => name.replace(/\.[0-9a-f]{8}\.[0-9a-f]{16}\./, '.PATH.KEY.')), ['lib.js.PATH.KEY.v8cache']);
    const second = load(file, cacheDir);
    assert.equal(second.outcome.cache, 'used');
    assert.equal((second.exports as { double(n: number): number }).double(4), 8);
  });

  it('removes the caches of earlier versions of the file when it writes one, and leaves other files alone', async () => {
    const { file, cacheDir } = fixture();
    mkdirSync(cacheDir);
    // The same file's earlier cache (found by its path key), an unkeyed one of an earlier version of this module,
    // a cache of a file of the same name at another path, another file's, and something else.
    load(file, cacheDir);
    await cacheWritten();
    const [current] = readdirSync(cacheDir);
    const samePath = current!.replace(/[0-9a-f]{16}\.v8cache$/, '0123456789abcdef.v8cache');
    const olds = [samePath, 'lib.js.0123456789abcdef.v8cache', 'lib.js.fedcba98.0123456789abcdef.v8cache', 'other.js.0123456789abcdef.v8cache', 'lib.js.notes'];
    for (const name of olds) writeFileSync(join(cacheDir, name), 'old');
    rmSync(join(cacheDir, current!));
    load(file, cacheDir);
    await cacheWritten();
    assert.deepEqual(readdirSync(cacheDir).sort(), [current!, 'lib.js.fedcba98.0123456789abcdef.v8cache', 'lib.js.notes', 'other.js.0123456789abcdef.v8cache'].sort());
  });

  it('reads the cache the build wrote beside the file when there is no per-user one, and then writes none', async () => {
    const { file, cacheDir } = fixture();
    const shipped = await writeShippedCodeCache(file, (exports) => (exports as { double(n: number): number }).double(1));
    assert.match(shipped, /lib\.js\.[0-9a-f]{16}\.v8cache$/);
    delete require.cache[file];
    const script = `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
      const { exports, outcome } = requireWithCodeCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)}, writeDelayMs: 0, log: console.error });
      console.log(outcome.cache, outcome.from, exports.double(2));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    assert.equal(child.stderr, '');
    assert.equal(child.stdout.trim(), 'used shipped 4');
    assert.throws(() => readdirSync(cacheDir), /ENOENT/);
  });

  it('writes the shipped cache only once an asynchronous warm-up has ended', async () => {
    const { file } = fixture();
    const cachesDuringWarmUp: string[][] = [];
    const shipped = await writeShippedCodeCache(file, async (exports) => {
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal((exports as { double(n: number): number }).double(3), 6);
      cachesDuringWarmUp.push(readdirSync(dirname(file)).filter((name) => name.endsWith('.v8cache')));
    });
    assert.deepEqual(cachesDuringWarmUp, [[]]);
    assert.deepEqual(readdirSync(dirname(file)).filter((name) => name.endsWith('.v8cache')), [basename(shipped)]);
  });

  it('ignores a shipped cache of other content, and compiles plainly over a corrupt one, then writes its own', async () => {
    const { file, cacheDir } = fixture();
    const shipped = await writeShippedCodeCache(file, () => undefined);
    // Same length, other text: the key is the content, so this cache is not even read.
    writeFileSync(file, MODULE.replace('n * 2', 'n + n'));
    assert.equal(load(file, cacheDir).outcome.cache, 'none');
    writeFileSync(file, MODULE);
    writeFileSync(shipped, 'not bytecode');
    rmSync(cacheDir, { recursive: true, force: true });
    // In another process: V8 would take this one's compiled script from memory and never read the cache.
    const script = `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
      const { exports, outcome } = requireWithCodeCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)}, writeDelayMs: 0, log: console.error });
      console.log(outcome.cache, outcome.from, exports.double(5));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    assert.equal(child.stderr, '');
    assert.equal(child.stdout.trim(), 'rejected shipped 10');
    assert.equal(readdirSync(cacheDir).length, 1);
  });

  it('writes the cache at exit when the process ends before the delay', () => {
    const { file, cacheDir } = fixture();
    const script = `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
      const { outcome } = requireWithCodeCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)}, writeDelayMs: 60000, log: console.error });
      console.log(outcome.cache);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    assert.equal(child.stderr, '');
    assert.equal(child.stdout.trim(), 'none');
    assert.deepEqual(readdirSync(cacheDir).map((name) => name.replace(/\.[0-9a-f]{8}\.[0-9a-f]{16}\./, '.PATH.KEY.')), ['lib.js.PATH.KEY.v8cache']);
  });

  it('compiles plainly over a cache V8 rejects', async () => {
    const { file, cacheDir } = fixture();
    load(file, cacheDir);
    await cacheWritten();
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name!), 'not bytecode');
    // In another process: V8 would take this one's compiled script from memory and never read the cache.
    const loadInChild = () => {
      const script = `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
        const { exports, outcome } = requireWithCodeCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)}, writeDelayMs: 0, log: console.error });
        console.log(outcome.cache, exports.double(1));`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
      assert.equal(child.stderr, '');
      return child.stdout.trim();
    };
    assert.equal(loadInChild(), 'rejected 2');
  });

  it('without a cache folder, compiles plainly and writes nothing', () => {
    const { file } = fixture();
    assert.equal(load(file, undefined).outcome.cache, 'off');
  });

  it('says so in the log when the cache cannot be written, and the module still loads', async () => {
    const { file } = fixture();
    const log: string[] = [];
    const blocked = join(file, 'not-a-folder');
    assert.equal((load(file, blocked, log).exports as { name: string }).name, 'lib.js');
    await cacheWritten();
    assert.equal(log.length, 1);
    assert.match(log[0]!, /^cannot write the code cache .*lib\.js\.[0-9a-f]{8}\.[0-9a-f]{16}\.v8cache: /);
  });

  it('keeps caches in a per-user folder, or where STATUS_CATALOG_CACHE_DIR says (empty: none)', () => {
    assert.equal(defaultCacheDir({ STATUS_CATALOG_CACHE_DIR: '/c' }, 'linux', '/home/u'), '/c');
    assert.equal(defaultCacheDir({ STATUS_CATALOG_CACHE_DIR: '' }, 'linux', '/home/u'), undefined);
    assert.equal(defaultCacheDir({}, 'linux', '/home/u'), join('/home/u', '.cache', 'status-catalog'));
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u'), join('/xdg', 'status-catalog'));
    assert.equal(defaultCacheDir({}, 'darwin', '/Users/u'), join('/Users/u', 'Library', 'Caches', 'status-catalog'));
    assert.equal(defaultCacheDir({ LOCALAPPDATA: 'C:\\AppData' }, 'win32', 'C:\\Users\\u'), join('C:\\AppData', 'status-catalog', 'Cache'));
    assert.equal(defaultCacheDir({}, 'win32', 'C:\\Users\\u'), undefined);
    assert.equal(defaultCacheDir({}, 'linux', ''), undefined);
  });
});
