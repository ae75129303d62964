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

/**
 * The ES module that re-exports the compiler's exports by name (read from the installed compiler at build time),
 * without loading the compiler: the detector's modules are loaded for a JSON or YAML document too, and they read
 * `ts` at their top level (`const { SyntaxKind, isIdentifier } = ts`, sets of kinds), which must not cost the
 * compiler's load (~125 ms) there. So each export starts as a stand-in that needs no compiler:
 * - an enum (an object of numbers and strings, `SyntaxKind`) or a primitive is its build-time value, inlined: the
 *   same compiler package is bundled into dist/typescript.js, so the values are the ones it would give;
 * - a function is a stub that loads the compiler at its first call and forwards to it (`new` included);
 * - any other object is a proxy that loads it at its first use.
 * Once the compiler is loaded, every export is rebound to the compiler's own value, so a `ts.isIdentifier(...)` in
 * the detector calls the compiler directly; only a copy taken before (a top-level destructuring) keeps its stand-in.
 * When the compiler is already loaded as this module starts (a TS document first: service/analysis.ts loads it
 * through its code-cache loader before the detector), the exports are the compiler's from the start.
 */
function typescriptExports() {
  const compiler = createRequire(import.meta.url)('typescript');
  // Only the exports the sources use (the same scan that trims the compiler): the other ~2,400 stand-ins would cost
  // the server's start a few milliseconds and the bundle ~200 KB for names nothing reads.
  // `--watch` keeps the whole compiler (parserOnlyCompiler), so it keeps every export here too: a name a changed
  // source starts to use must not read as undefined until the next full build.
  const used = watch ? undefined : new Set(compilerNamesUsed());
  const names = Object.keys(compiler).filter((name) => (!used || used.has(name)) && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  const isData = (value) =>
    value === null ||
    ['string', 'number', 'boolean', 'undefined'].includes(typeof value) ||
    (typeof value === 'object' &&
      Object.keys(value).length > 0 &&
      Object.values(value).every((item) => typeof item === 'number' || typeof item === 'string'));
  const data = Object.fromEntries(names.filter((name) => isData(compiler[name])).map((name) => [name, compiler[name] ?? null]));
  const standIn = (name) => {
    const value = compiler[name];
    if (name in data) return value === undefined ? 'undefined' : `DATA[${JSON.stringify(name)}]`;
    return typeof value === 'function' ? `stub(${JSON.stringify(name)})` : `proxy(${JSON.stringify(name)})`;
  };
  return [
    'let compiler;',
    '/** The compiler: read from the module cache when its loader has run, else required (without the code cache). */',
    'function load() {',
    "  if (!compiler) bind(require('typescript'));",
    '  return compiler;',
    '}',
    'function stub(name) {',
    '  return function (...args) {',
    '    const real = load()[name];',
    '    return new.target ? Reflect.construct(real, args, new.target) : Reflect.apply(real, this, args);',
    '  };',
    '}',
    'function proxy(name) {',
    '  const target = () => load()[name];',
    '  return new Proxy({}, {',
    '    get: (_, key) => Reflect.get(target(), key),',
    '    has: (_, key) => Reflect.has(target(), key),',
    '    set: (_, key, value) => Reflect.set(target(), key, value),',
    '    ownKeys: () => Reflect.ownKeys(target()),',
    '    getOwnPropertyDescriptor: (_, key) => {',
    '      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);',
    '      return descriptor && { ...descriptor, configurable: true };',
    '    },',
    '  });',
    '}',
    `const DATA = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
    ...names.map((name) => `export let ${name} = ${standIn(name)};`),
    'function bind(loaded) {',
    '  compiler = loaded;',
    ...names.map((name) => `  ${name} = loaded.${name};`),
    '}',
    "const loadedAlready = require.cache[require.resolve('typescript')];",
    'if (loadedAlready && loadedAlready.loaded) bind(loadedAlready.exports);',
  ].join('\n');
}

/**
 * The `yaml` package goes into dist/yaml.js of its own, required at its first use (server/src/detection/yamlLibrary.ts):
 * only YAML documents and OpenAPI specs in YAML need it, and compiling it would delay every start.
 */
const yamlApart = {
  name: 'yaml-apart',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './yaml.js', external: true }));
  },
};

/**
 * The compiler as its parser alone (scripts/parser-only-typescript.mjs): the exports the server's sources use, and
 * what they reach, 1.4 MB of the 9 MB. `--watch` keeps the whole compiler, since a name a changed source starts
 * to use would be missing until the next full build.
 */
const COMPILER = /[\\/]node_modules[\\/]typescript[\\/]lib[\\/]typescript\.js$/;
let parserOnly;
let namesUsed;
/** The compiler's exports that server/src uses, read once per build; a use the scan cannot name fails the build. */
function compilerNamesUsed() {
  namesUsed ??= (() => {
    const { names, problems } = typescriptApiUsed(join(import.meta.dirname, 'server', 'src'));
    if (problems.length > 0) {
      throw new Error(`the compiler's exports that the server uses cannot all be named:\n  ${problems.join('\n  ')}`);
    }
    return names;
  })();
  return namesUsed;
}
const parserOnlyCompiler = {
  name: 'parser-only-compiler',
  setup(build) {
    if (watch) return;
    build.onLoad({ filter: COMPILER }, (args) => {
      parserOnly ??= parserOnlyTypeScript(readFileSync(args.path, 'latin1'), compilerNamesUsed(), { epilogue: SERVICES_NODE_OBJECTS }).code;
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
  plugins: [keptApart, yamlApart],
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
  // dist/yaml.js (see yamlApart).
  { ...shared, entryPoints: { yaml: 'node_modules/yaml/dist/index.js' } },
];

/** The bundled catalogs, parsed now into dist/catalog-index.json, which the server and the CLI read at run time. */
const CATALOG_INDEX = join(import.meta.dirname, 'dist', 'catalog-index.json');

function writeCatalogIndex() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-catalog-index.ts', CATALOG_INDEX], { stdio: 'inherit' });
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

/** The pages embedded by the last web build (watch mode): the index stands for them, already written. */
let lastEmbedded;

/**
 * `status-catalog:bundled-catalogs`: every file of catalogs/ (relative name → text), embedded in the web server, and
 * as `index` the text of dist/catalog-index.json, so the worker reads the pages' entries as the Node server does
 * instead of parsing them (it checks the index against the embedded pages, as the Node server checks it against
 * catalogs/). In watch mode an edit of a page rebuilds this module: the index is written again first.
 */
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
      // esbuild runs onLoad again on every rebuild: the index is written again only when a page changed.
      const embedded = JSON.stringify(texts);
      if (watch && embedded !== lastEmbedded) writeCatalogIndex();
      lastEmbedded = embedded;
      const index = readFileSync(CATALOG_INDEX, 'utf8');
      return {
        contents: `export default ${embedded};\nexport const index = ${JSON.stringify(index)};`,
        loader: 'js',
        watchFiles: files,
        watchDirs: [folder],
      };
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
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-code-cache.ts', 'dist'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`writing the code caches of dist/typescript.js and dist/server-main.js failed (exit ${run.status ?? run.signal})`);
}

if (watch) {
  // The index is written by the web server's first build (embeddedCatalogs), and again when a page changes.
  for (const options of [...builds, ...webOptions]) await (await esbuild.context(options)).watch();
} else {
  // The index first: the web server's bundle embeds it.
  writeCatalogIndex();
  await Promise.all([...builds, ...webOptions].map((options) => esbuild.build(options)));
  writeCodeCache();
}
