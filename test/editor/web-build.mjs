#!/usr/bin/env node
// The web build (package.json `browser`: dist/web/client.js, the server in a Web Worker) in a real editor,
// offline: code-server's Web Worker extension host, where VS Code for the Web runs extensions (@vscode/test-web,
// which would download a VS Code build, is not needed). code-server runs an extension that has a Node `main`
// in its Node host, so the development folder is a browser-only copy: the same package.json without `main`
// (and `extensionKind: ["web"]`), and links to the built dist/, catalogs/ and the localization files.
//   1. the suite test/editor/web/suite.ts (bundled for the browser) runs in that host: the exact hover of
//      409 in orders.ts from the embedded catalogs, the 418 diagnostic, the 4xx completion items, and a
//      catalogPaths folder read through VS Code's file system;
//   2. ui-hover.mjs with the same extension host: a mouse hover on 409 shows the catalog text; screenshot in
//      test/output/web-hover.png.
// Needs `npm run build` (dist/web/) and the tools of install-tools.sh. Exit code 0 only when both passed.
//
// usage: node test/editor/web-build.mjs
// env:   SHOT (default test/output/web-hover.png), TEST_TIMEOUT_MS (suite, default 300000), KEEP_RUN=1, VERBOSE=1
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { codeServerVersion, createRunFolder, runTestsInCodeServer } from './lib/code-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const SHOT = process.env.SHOT || join(root, 'test', 'output', 'web-hover.png');
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 300000);

for (const file of ['dist/web/client.js', 'dist/web/server.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} missing: run \`npm run build\` first`);
    process.exit(2);
  }
}
console.log(`editor: code-server ${codeServerVersion()} in headless chromium, Web Worker extension host`);

const run = createRunFolder('web');
const workspace = join(run.dir, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
const extensionDir = webOnlyExtension(join(run.dir, 'extension'));
// Inside the extension's folder: the workbench runs a test module in the host of the extension that contains it.
const testsPath = join(extensionDir, 'web-suite', 'index.js');
// One file for the worker: no Node built-ins, `vscode` from the extension host.
await esbuild.build({
  entryPoints: [join(here, 'web', 'suite.ts')],
  outfile: testsPath,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  logLevel: 'warning',
});

let suite;
try {
  suite = await runTestsInCodeServer(run, { testsPath, workspace, developmentPath: extensionDir, timeoutMs: TIMEOUT });
} catch (error) {
  console.error(`runner error: ${error.stack || error}`);
  suite = 1;
}
console.log(`web suite: ${suite === 0 ? 'passed' : 'FAILED'}`);

const ui = spawnSync(process.execPath, [join(here, 'ui-hover.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, SHOT, STATUS_CATALOG_EXTENSION_DIR: extensionDir, STATUS_CATALOG_VSIX: '' },
});
const passed = suite === 0 && ui.status === 0;
console.log(`web build: ${passed ? 'suite and UI hover passed' : `suite ${suite === 0 ? 'passed' : 'failed'}, UI hover ${ui.status === 0 ? 'passed' : 'failed'}`}`);
if (passed && !process.env.KEEP_RUN) rmSync(run.dir, { recursive: true, force: true });
else console.log(`run folder (code-server log, workspace copy, failure.png): ${run.dir}`);
process.exit(passed ? 0 : 1);

/** The extension as a browser-only one, in `dir`: its manifest without the Node entry point, the rest linked. */
function webOnlyExtension(dir) {
  mkdirSync(dir, { recursive: true });
  const { main, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!main || !manifest.browser) throw new Error('package.json should have both a "main" and a "browser" entry');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, extensionKind: ['web'] }, null, 2));
  for (const name of ['dist', 'catalogs', 'l10n', 'schemas', 'images', 'package.nls.json', 'package.nls.zh-cn.json', 'LICENSE']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  return dir;
}
