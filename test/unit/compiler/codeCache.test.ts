import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultCacheDir, requireWithCodeCache } from '../../../server/src/compiler/codeCache';

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
    assert.deepEqual(readdirSync(cacheDir).map((name) => name.replace(/\.[0-9a-f]{16}\./, '.KEY.')), ['lib.js.KEY.v8cache']);
    const second = load(file, cacheDir);
    assert.equal(second.outcome.cache, 'used');
    assert.equal((second.exports as { double(n: number): number }).double(4), 8);
  });

  it('removes the caches of earlier versions of the file when it writes one, and leaves other files alone', async () => {
    const { file, cacheDir } = fixture();
    mkdirSync(cacheDir);
    for (const name of ['lib.js.0123456789abcdef.v8cache', 'other.js.0123456789abcdef.v8cache', 'lib.js.notes']) {
      writeFileSync(join(cacheDir, name), 'old');
    }
    load(file, cacheDir);
    await cacheWritten();
    const names = readdirSync(cacheDir).sort();
    assert.equal(names.length, 3);
    assert.deepEqual(names.filter((name) => !/^lib\.js\.[0-9a-f]{16}\.v8cache$/.test(name)), ['lib.js.notes', 'other.js.0123456789abcdef.v8cache']);
    assert.ok(!names.includes('lib.js.0123456789abcdef.v8cache'));
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
    assert.match(log[0]!, /^cannot write the code cache .*lib\.js\.[0-9a-f]{16}\.v8cache: /);
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
