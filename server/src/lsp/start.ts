/**
 * dist/server.js: the language server's entry point, kept tiny. It loads the server itself (dist/server-main.js,
 * built from main.ts) with a V8 code cache, since compiling its 1.5 MB is most of what starting costs; without a
 * usable cache it is a plain compile (see compiler/codeCache.ts).
 *
 * Over `--stdio` it first reads the client's `initialize` and answers it (stdioHandover.ts), then loads the server
 * and hands it the stream: the client has its answer while the server compiles. The other transports (`--node-ipc`,
 * which the VS Code client uses, `--socket`, `--pipe`) belong to the library and start the server at once.
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir, requireWithCodeCache } from '../compiler/codeCache';
import { answerEarly, readFirstMessage, type StdioHandover, transportOf } from './stdioHandover';

/** Written once the session has run a while, so the cache holds the handlers' code too. */
const CACHE_WRITE_DELAY_MS = 5000;

/** Nothing can be told to the client from here (the connection is the server's): stderr is the stub's log. */
const log = (message: string): void => void process.stderr.write(`${message}\n`);

function loadServer(handover?: StdioHandover): void {
  const main = realpathSync(join(__dirname, 'server-main.js'));
  // A failed cache write costs only speed.
  const { exports } = requireWithCodeCache(main, {
    cacheDir: defaultCacheDir(process.env, process.platform, homedir()),
    writeDelayMs: CACHE_WRITE_DELAY_MS,
    log,
  });
  const start = (exports as { startLanguageServer?: unknown }).startLanguageServer;
  if (typeof start !== 'function') throw new Error(`${main} does not export startLanguageServer`);
  (start as (handover?: StdioHandover) => void)(handover);
}

if (transportOf(process.argv.slice(2)) === 'stdio') {
  void readFirstMessage(process.stdin).then((first) => {
    if (first.problem) log(`the first message on stdin: ${first.problem}`);
    loadServer(answerEarly(first, process.stdout));
  });
} else {
  loadServer();
}
