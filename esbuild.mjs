// Bundles the extension client, the language server and the CLI into dist/, and the browser build (the client
// and the Web Worker server for VS Code for the Web) into dist/web/.
// `node esbuild.mjs` builds for development (sourcemaps), `--production` minifies for packaging,
// `--watch` rebuilds on change. Type checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The TypeScript compiler (9 MB) goes into dist/typescript.js of its own, required at run time by the server and
 * the CLI, so that starting the server does not read it: it is loaded when a TS/JS document is first analysed.
 */
const typescriptApart = {
  name: 'typescript-apart',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: './typescript.js', external: true },
    );
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/lsp/main.ts',
    cli: 'server/src/cli/main.ts',
    typescript: 'node_modules/typescript/lib/typescript.js',
  },
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
  plugins: [typescriptApart],
  // dist/cli.js and dist/server.js are package.json `bin` entries; Node ignores the line elsewhere.
  banner: { js: '#!/usr/bin/env node' },
};

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
  plugins: [nodeBuiltinsForBrowser, embeddedCatalogs],
};

/** @type {import('esbuild').BuildOptions[]} */
const webOptions = [
  // The extension host of VS Code for the Web loads a CommonJS module that requires `vscode`.
  { ...webCommon, entryPoints: { client: 'client/src/webExtension.ts' }, outdir: 'dist/web', format: 'cjs', external: ['vscode'] },
  // A classic worker script, TypeScript's compiler included (a worker of an extension cannot load a second file by path).
  { ...webCommon, entryPoints: { server: 'server/src/web/main.ts' }, outdir: 'dist/web', format: 'iife' },
];

if (watch) {
  for (const each of [options, ...webOptions]) await (await esbuild.context(each)).watch();
} else {
  await Promise.all([options, ...webOptions].map((each) => esbuild.build(each)));
}
