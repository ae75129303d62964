/**
 * The compiler accessor of the web build (esbuild puts this module in place of compiler/typescriptCompiler.ts): the
 * compiler is bundled into the worker script, and a worker has no file to keep a V8 code cache in.
 */
import type * as ts from 'typescript';
import type { CodeCacheOutcome } from '../compiler/codeCache';

let compiler: typeof ts | undefined;

export function setCompilerLog(_sink: (message: string) => void): void {
  // Nothing is cached in the browser, so there is nothing to report.
}

/** The compiler's API, evaluated at the first call (the bundle's module wrapper runs it then). */
export function typescript(): typeof ts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (compiler ??= require('typescript') as typeof ts);
}

export function compilerLoadOutcome(): CodeCacheOutcome | undefined {
  return undefined;
}
