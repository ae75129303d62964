/**
 * The TypeScript compiler (dist/typescript.js, kept apart by esbuild.mjs: its parser alone, 1.4 MB of 9 MB, see
 * scripts/parser-only-typescript.mjs), loaded at its first use.
 * Modules that can run before any TS/JS document is analysed (suppressions, quick fixes) reach the compiler only
 * through here and import its types with `import type`: a top-level `import * as ts` would make starting the
 * server load it. The detector's modules import it directly: the detector itself is loaded lazily, after this
 * (see service/analysis.ts), so their `require` finds the compiler loaded here in the module cache.
 *
 * Run from the bundle, the compiler is loaded with a V8 code cache (codeCache.ts): the one the build wrote beside it
 * when this is the Node that built it, else a per-user one; run from the sources (tests), it is the whole
 * `typescript` package, by a plain `require`.
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type * as ts from 'typescript';
import { type CodeCacheOutcome, defaultCacheDir, requireWithCodeCache } from './codeCache';
import { errorMessage } from '../errors';

/** Written a while after loading, once the first documents' analyses have compiled the parser's functions. */
const CACHE_WRITE_DELAY_MS = 3000;

let compiler: typeof ts | undefined;
let outcome: CodeCacheOutcome | undefined;
let log: (message: string) => void = () => undefined;

/** Where problems with the code cache are told (the server's log); nothing by default. */
export function setCompilerLog(sink: (message: string) => void): void {
  log = sink;
}

/** The compiler's API, loading it on the first call. */
export function typescript(): typeof ts {
  if (!compiler) {
    const bundled = bundledCompilerFile();
    if (bundled) {
      try {
        const loaded = requireWithCodeCache(bundled, { cacheDir: cacheDir(), writeDelayMs: CACHE_WRITE_DELAY_MS, log });
        compiler = loaded.exports as typeof ts;
        outcome = loaded.outcome;
      } catch (error) {
        log(`loading ${bundled} with a code cache failed, loading it plainly: ${errorMessage(error)}`);
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    compiler ??= require('typescript') as typeof ts;
  }
  return compiler;
}

/** How the compiler was loaded (undefined: not yet, or from the sources). */
export function compilerLoadOutcome(): CodeCacheOutcome | undefined {
  return outcome;
}

/** dist/typescript.js beside the running bundle, by its real path (the module cache's key), if there is one. */
function bundledCompilerFile(): string | undefined {
  try {
    return realpathSync(join(__dirname, 'typescript.js'));
  } catch {
    return undefined;
  }
}

function cacheDir(): string | undefined {
  try {
    return defaultCacheDir(process.env, process.platform, homedir());
  } catch (error) {
    log(`no code cache folder: ${errorMessage(error)}`);
    return undefined;
  }
}
