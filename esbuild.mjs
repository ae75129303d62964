// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs` builds for development (sourcemaps), `--production` minifies for packaging,
// `--watch` rebuilds on change. Type checking is separate: `npm run typecheck`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The TypeScript compiler (9 MB) and parse5 go into dist/typescript.js and dist/parse5.js of their own, required at
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
  },
];

/** The bundled catalogs, parsed now into dist/catalog-index.json, which the server and the CLI read at run time. */
function writeCatalogIndex() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-catalog-index.ts', 'dist/catalog-index.json'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`writing dist/catalog-index.json failed (exit ${run.status ?? run.signal})`);
}

if (watch) {
  writeCatalogIndex();
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  writeCatalogIndex();
}
