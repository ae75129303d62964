/**
 * dist/server.js: the language server's entry point, kept tiny. It loads the server itself (dist/server-main.js,
 * built from main.ts) with a V8 code cache, since compiling its 1.5 MB is most of what starting costs before
 * `initialize` can be answered; without a usable cache it is a plain compile (see compiler/codeCache.ts).
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir, requireWithCodeCache } from '../compiler/codeCache';

/** Written once the session has run a while, so the cache holds the handlers' code too. */
const CACHE_WRITE_DELAY_MS = 5000;

const main = realpathSync(join(__dirname, 'server-main.js'));
requireWithCodeCache(main, {
  cacheDir: defaultCacheDir(process.env, process.platform, homedir()),
  writeDelayMs: CACHE_WRITE_DELAY_MS,
  // Nothing can be told to the client from here (the connection is the server's); a failed write costs only speed.
  log: (message) => process.stderr.write(`${message}\n`),
});
