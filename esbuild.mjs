// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs` builds for development (sourcemaps), `--production` minifies for packaging,
// `--watch` rebuilds on change. Type checking is separate: `npm run typecheck`.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The TypeScript compiler (9 MB) and parse5 go into dist/typescript.js and dist/parse5.js of their own, required at
 * run time by the server and the CLI, so that starting the server does not read them: the compiler is loaded when a
 * TS/JS document is first analysed, parse5 when a catalog page is parsed (the bundled ones come from the generated
 * index, see scripts/catalogIndex).
 */
const APART = { typescript: './typescript.js', parse5: './parse5.js' };
const keptApart = {
  name: 'kept-apart',
  setup(build) {
    build.onResolve({ filter: /^(typescript|parse5)$/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: APART[args.path], external: true },
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
    parse5: 'node_modules/parse5/dist/index.js',
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
  plugins: [keptApart],
  // dist/cli.js and dist/server.js are package.json `bin` entries; Node ignores the line elsewhere.
  banner: { js: '#!/usr/bin/env node' },
};

/** The bundled catalogs, parsed now into dist/catalog-index.json, which the server and the CLI read at run time. */
function writeCatalogIndex() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-catalog-index.ts', 'dist/catalog-index.json'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`writing dist/catalog-index.json failed (exit ${run.status ?? run.signal})`);
}

if (watch) {
  writeCatalogIndex();
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
  writeCatalogIndex();
}
