/**
 * The TypeScript compiler (9 MB: dist/typescript.js, kept apart by esbuild.mjs), loaded at its first use.
 * Modules that can run before any TS/JS document is analysed (suppressions, quick fixes) reach the compiler only
 * through here and import its types with `import type`: a top-level `import * as ts` would make starting the
 * server load it. The detector's own modules import it directly, since the detector itself is loaded lazily.
 */
import type * as ts from 'typescript';

let compiler: typeof ts | undefined;

/** The compiler's API, loading it on the first call. */
export function typescript(): typeof ts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (compiler ??= require('typescript') as typeof ts);
}
