// Bundles the extension client, the language server and the CLI into dist/, and the browser build (the client
// and the Web Worker server for VS Code for the Web) into dist/web/.
// `node esbuild.mjs` builds for development (sourcemaps), `--production` minifies for packaging,
// `--watch` rebuilds on change. Type checking is separate: `npm run typecheck`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parserOnlyTypeScript, SERVICES_NODE_OBJECTS } from './scripts/parser-only-typescript.mjs';
import { typescriptApiUsed } from './scripts/typescript-api-used.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The TypeScript compiler (its parser: parserOnlyCompiler below) and parse5 go into dist/typescript.js and dist/parse5.js of their own, required at
 * run time by the server and the CLI, so that starting the server does not read them: the compiler is loaded when a
 * TS/JS document is first analysed, parse5 when a catalog page is parsed (the bundled ones come from the generated
 * index, scripts/write-catalog-index.ts).
 *
 * `import * as ts from 'typescript'` of an external CommonJS file would make esbuild copy the compiler's ~2,500
 * exports into a fresh object in each of the ~30 modules that import it, at the detector's first load. Those imports
 * go instead to one generated ES module that names every export once, so `ts.SyntaxKind` becomes a plain reference.
 * A `require('typescript')` still gets the compiler's own object.
 */
const APART = { typescript: './typescript.js', parse5: './parse5.js' };
const TS_EXPORTS = 'typescript-exports';
const keptApart = {
  name: 'kept-apart',
  setup(build) {
    build.onResolve({ filter: /^(typescript|parse5)$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path === 'typescript' && args.kind === 'import-statement' && args.namespace !== TS_EXPORTS) {
        return { path: 'typescript', namespace: TS_EXPORTS };
      }
      return { path: APART[args.path], external: true };
    });
    build.onLoad({ filter: /.*/, namespace: TS_EXPORTS }, () => ({ contents: typescriptExports(), loader: 'js' }));
  },
};

/** The ES module that re-exports the compiler's exports by name (read from the installed compiler at build time). */
function typescriptExports() {
  const compiler = createRequire(import.meta.url)('typescript');
  const names = Object.keys(compiler).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return [
    "const ts = require('typescript');",
    'export default ts;',
    ...names.map((name) => `export const ${name} = ts.${name};`),
  ].join('\n');
}

/**
 * The compiler as its parser alone (scripts/parser-only-typescript.mjs): the exports the server's sources use, and
 * what they reach, 1.4 MB of the 9 MB. `--watch` keeps the whole compiler, since a name a changed source starts
 * to use would be missing until the next full build.
 */
const COMPILER = /[\\/]node_modules[\\/]typescript[\\/]lib[\\/]typescript\.js$/;
let parserOnly;
const parserOnlyCompiler = {
  name: 'parser-only-compiler',
  setup(build) {
    if (watch) return;
    build.onLoad({ filter: COMPILER }, (args) => {
      parserOnly ??= (() => {
        const { names, problems } = typescriptApiUsed(join(import.meta.dirname, 'server', 'src'));
        if (problems.length > 0) {
          throw new Error(`the compiler's exports that the server uses cannot all be named:\n  ${problems.join('\n  ')}`);
        }
        return parserOnlyTypeScript(readFileSync(args.path, 'latin1'), names, { epilogue: SERVICES_NODE_OBJECTS }).code;
      })();
      return { contents: parserOnly, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const shared = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  // jsonc-parser's UMD build requires its own files at run time, which a bundle cannot; its ESM build bundles.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  plugins: [keptApart],
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...shared,
    // dist/server.js only loads dist/server-main.js, the server, with a V8 code cache (server/src/lsp/start.ts).
    entryPoints: {
      client: 'client/src/extension.ts',
      server: 'server/src/lsp/start.ts',
      'server-main': 'server/src/lsp/main.ts',
      cli: 'server/src/cli/main.ts',
    },
    // dist/cli.js and dist/server.js are package.json `bin` entries; Node ignores the line elsewhere.
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // Without the `#!` line: the compiler is compiled inside a function wrapper (server/src/compiler/codeCache.ts).
    ...shared,
    entryPoints: { typescript: 'node_modules/typescript/lib/typescript.js', parse5: 'node_modules/parse5/dist/index.js' },
    plugins: [keptApart, parserOnlyCompiler],
  },
];

/** The bundled catalogs, parsed now into dist/catalog-index.json, which the server and the CLI read at run time. */
function writeCatalogIndex() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-catalog-index.ts', 'dist/catalog-index.json'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`writing dist/catalog-index.json failed (exit ${run.status ?? run.signal})`);
}

/** Node built-ins in the browser build: the few the shared code uses are shimmed (server/src/web/shims), the rest are empty. */
const SHIMMED = new Set(['path', 'url', 'fs', 'crypto']);
const nodeBuiltinsForBrowser = {
  name: 'node-builtins-for-browser',
  setup(build) {
    const names = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));
    build.onResolve({ filter: new RegExp(`^(node:)?(${names.join('|')})$`) }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return { path: join(import.meta.dirname, 'server', 'src', 'web', 'shims', `${SHIMMED.has(name) ? name : 'empty'}.ts`) };
    });
  },
};

/** `status-catalog:bundled-catalogs`: every file of catalogs/ (relative name → text), embedded in the web server. */
const embeddedCatalogs = {
  name: 'embedded-catalogs',
  setup(build) {
    const folder = join(import.meta.dirname, 'catalogs');
    build.onResolve({ filter: /^status-catalog:bundled-catalogs$/ }, () => ({ path: 'bundled-catalogs', namespace: 'status-catalog' }));
    build.onLoad({ filter: /.*/, namespace: 'status-catalog' }, () => {
      const files = readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      const texts = Object.fromEntries(files.map((file) => [relative(folder, file).split('\\').join('/'), readFileSync(file, 'utf8')]));
      return { contents: `export default ${JSON.stringify(texts)};`, loader: 'js', watchFiles: files, watchDirs: [folder] };
    });
  },
};

/** The Node server's compiler accessor (with its V8 code cache on disk) becomes the web build's plain one. */
const webCompilerAccessor = {
  name: 'web-compiler-accessor',
  setup(build) {
    build.onResolve({ filter: /compiler\/typescriptCompiler$/ }, () => ({
      path: join(import.meta.dirname, 'server', 'src', 'web', 'typescriptCompiler.ts'),
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const webCommon = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  // The browser builds of vscode-languageserver/-client, and jsonc-parser's ESM build (as above).
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser'],
  // The shared server code imports from the Node entry of vscode-languageserver; its browser entry exports the same API.
  alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser' },
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  plugins: [webCompilerAccessor, nodeBuiltinsForBrowser, embeddedCatalogs, parserOnlyCompiler],
};

/** @type {import('esbuild').BuildOptions[]} */
const webOptions = [
  // The extension host of VS Code for the Web loads a CommonJS module that requires `vscode`.
  { ...webCommon, entryPoints: { client: 'client/src/webExtension.ts' }, outdir: 'dist/web', format: 'cjs', external: ['vscode'] },
  // A classic worker script, TypeScript's compiler included (a worker of an extension cannot load a second file by path).
  { ...webCommon, entryPoints: { server: 'server/src/web/main.ts' }, outdir: 'dist/web', format: 'iife' },
];

/**
 * dist/typescript.js's V8 code cache, beside it, for a first start on the Node that built it (another Node or
 * Electron rejects it and makes its own per-user one: server/src/compiler/codeCache.ts). In a fresh process, so
 * the cache is made under the flags a server has, not those of this one.
 */
function writeCodeCache() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-code-cache.ts', 'dist/typescript.js'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`writing the code cache of dist/typescript.js failed (exit ${run.status ?? run.signal})`);
}

if (watch) {
  writeCatalogIndex();
  for (const options of [...builds, ...webOptions]) await (await esbuild.context(options)).watch();
} else {
  await Promise.all([...builds, ...webOptions].map((options) => esbuild.build(options)));
  writeCatalogIndex();
  writeCodeCache();
}
