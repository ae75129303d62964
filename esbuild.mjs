// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs` builds for development (sourcemaps), `--production` minifies for packaging,
// `--watch` rebuilds on change. Type checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/lsp/main.ts',
    cli: 'server/src/cli/main.ts',
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
  // dist/cli.js and dist/server.js are package.json `bin` entries; Node ignores the line elsewhere.
  banner: { js: '#!/usr/bin/env node' },
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
