// Bundles the VS Code integration suite (test/editor/suite/*.ts) to plain CommonJS in
// test/editor/out/suite/: index.js (the extensionTestsPath module exporting run()) and one file per
// *.test.ts, which index.js hands to mocha. `vscode` is provided by the extension host; `mocha` is
// required at run time from the repository's node_modules (its reporters are loaded dynamically,
// which a bundle would break).
// usage: node test/editor/build-suite.mjs   (npm run build:editor-tests)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const suiteDir = join(here, 'suite');
export const outDir = join(here, 'out', 'suite');

export async function buildSuite() {
  const entryPoints = readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(suiteDir, name));
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(outDir, 'index.js');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`built ${await buildSuite()}`);
}
