#!/usr/bin/env node
// Runs the VS Code integration suite (test/editor/suite, bundled to test/editor/out/suite/index.js,
// an extensionTestsPath module exporting run()) inside a real VS Code extension host, against the
// extension in this repository (extensionDevelopmentPath = the repository root, so `npm run build`
// must have produced dist/).
//
// Which editor runs it:
//   electron     desktop VS Code through @vscode/test-electron's runTests (under xvfb-run on Linux
//                without a display). Used when VSCODE_TEST_EXECUTABLE names a VS Code binary, or
//                when VS Code's update service answers (so test-electron can download it).
//   code-server  otherwise: code-server from npm (a real Node extension host) driven by
//                playwright-core and Debian's chromium, with the workbench's `payload` carrying
//                extensionDevelopmentPath / extensionTestsPath (the smoke-test-driver trick).
// STATUS_CATALOG_EDITOR=electron|code-server forces one. The first output line says which ran.
//
// The fixture workspace (test/editor/workspace) is copied to a fresh folder per run, so quick fixes
// and setting changes never touch the repository. Exit code 0 only when every test passed.
//
// usage: node test/editor/run-vscode-tests.mjs      (npm run test:editor)
// env:   STATUS_CATALOG_EDITOR, VSCODE_TEST_EXECUTABLE, STATUS_CATALOG_TOOLS (see install-tools.sh),
//        TEST_TIMEOUT_MS (whole suite, default 300000), VERBOSE=1 (workbench console too), KEEP_RUN=1,
//        STATUS_CATALOG_TRUST_RUN=0 (skip the code-server trust run), STATUS_CATALOG_SUITE=trust (only that run)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build-suite.mjs';
import { codeServerVersion, createRunFolder, log, quietSettings, runTestsInCodeServer } from './lib/code-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 300000);

/** Decides electron or code-server without hanging: an explicit choice, a local binary, or a 5 s probe. */
async function chooseEditor() {
  const forced = process.env.STATUS_CATALOG_EDITOR;
  if (forced === 'electron' || forced === 'code-server') return { editor: forced, why: 'STATUS_CATALOG_EDITOR' };
  if (forced) throw new Error(`STATUS_CATALOG_EDITOR must be electron or code-server, not ${forced}`);
  if (process.env.VSCODE_TEST_EXECUTABLE) return { editor: 'electron', why: `VSCODE_TEST_EXECUTABLE=${process.env.VSCODE_TEST_EXECUTABLE}` };
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    if (response.ok) return { editor: 'electron', why: 'VS Code can be downloaded' };
    return { editor: 'code-server', why: `VS Code cannot be downloaded (update service answered ${response.status})` };
  } catch (error) {
    return { editor: 'code-server', why: `VS Code cannot be downloaded (${error.cause?.code || error.name})` };
  }
}

/** VS Code's window needs a display: on Linux without one, this script re-runs itself under xvfb-run. */
function needsVirtualDisplay() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.STATUS_CATALOG_UNDER_XVFB;
}

function rerunUnderXvfb() {
  const result = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)],
    { stdio: 'inherit', env: { ...process.env, STATUS_CATALOG_EDITOR: 'electron', STATUS_CATALOG_UNDER_XVFB: '1' } });
  if (result.error) {
    console.error(`no display, and xvfb-run failed (${result.error.message}); install xvfb (test/editor/install-tools.sh does)`);
    return 1;
  }
  return result.status ?? 1;
}

async function runInElectron(testsPath, workspace, run) {
  const require = createRequire(import.meta.url);
  const { runTests } = require('@vscode/test-electron');
  writeFileSync(join(run.dir, 'data', 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  try {
    await runTests({
      ...(process.env.VSCODE_TEST_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_TEST_EXECUTABLE } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust',
        '--user-data-dir', join(run.dir, 'data'), '--extensions-dir', join(run.dir, 'extensions')],
    });
    return 0;
  } catch (error) {
    console.error(`VS Code tests failed: ${error.message || error}`);
    return 1;
  }
}

/** What the trust suite (suite/trust.test.ts) logs when the runner is to grant trust in the workbench. */
const GRANT_TRUST_REQUEST = 'STATUS-CATALOG-TEST: grant workspace trust';

/**
 * The trust run's settings: trust on without a startup prompt or banner, so the fixture folder opens in Restricted
 * Mode, and a catalog folder named by a path relative to the workspace in the user's own settings.
 */
const trustRunSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
  'statusCatalog.catalogPaths': ['project-catalogs'],
};

/**
 * Grants trust as a user does: in VS Code's Workspace Trust editor (the suite has opened it), the "Trust" button.
 * That is the workbench's own trust service, so the extension sees isTrusted change and onDidGrantWorkspaceTrust.
 */
async function grantTrust(page) {
  const button = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
  await button.waitFor({ state: 'visible', timeout: 30000 });
  await button.click();
  log('pressed "Trust" in the Workspace Trust editor');
}

/** The trust run: the suite picks suite/trust.test.ts, and its request to grant trust is answered in the workbench. */
function runTrustSuite(testsPath, workspace, run) {
  run.env.STATUS_CATALOG_SUITE = 'trust';
  return runTestsInCodeServer(run, {
    testsPath,
    workspace,
    developmentPath: root,
    timeoutMs: TIMEOUT,
    settings: trustRunSettings,
    workspaceTrust: true,
    onLogLine: (line, page) => {
      if (!line.includes(GRANT_TRUST_REQUEST)) return false;
      grantTrust(page).catch((error) => console.error(`could not grant trust: ${error.message}`));
      return true;
    },
  });
}

const { editor, why } = await chooseEditor();
if (!process.env.STATUS_CATALOG_UNDER_XVFB) {
  const label = editor === 'electron' ? 'VS Code desktop via @vscode/test-electron' : `code-server ${codeServerVersion()} in headless chromium`;
  console.log(`editor: ${label} (${why})`);
}
if (!existsSync(join(root, 'dist', 'client.js')) || !existsSync(join(root, 'dist', 'server.js'))) {
  console.error('dist/client.js or dist/server.js missing: run `npm run build` first');
  process.exit(2);
}
if (editor === 'electron' && needsVirtualDisplay()) process.exit(rerunUnderXvfb());
const testsPath = await buildSuite();
const run = createRunFolder('suite');
const workspace = join(run.dir, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
writeFileSync(join(run.dir, 'editor.txt'), `${editor}\n`);
let code = 0;
try {
  if (process.env.STATUS_CATALOG_SUITE !== 'trust') {
    code = editor === 'electron' ? await runInElectron(testsPath, workspace, run) : await runTestsInCodeServer(run, { testsPath, workspace, developmentPath: root, timeoutMs: TIMEOUT });
  }
} catch (error) {
  console.error(`runner error: ${error.stack || error}`);
  code = 1;
}
// Workspace trust both ways needs trust on and a button pressed in the workbench: a second, short code-server run
// (desktop VS Code under test-electron has no page to press it in; it runs with trust disabled).
if (editor === 'code-server' && process.env.STATUS_CATALOG_TRUST_RUN !== '0') {
  const trustRunFolder = createRunFolder('trust');
  const trustWorkspace = join(trustRunFolder.dir, 'workspace');
  cpSync(join(here, 'workspace'), trustWorkspace, { recursive: true });
  log('trust run: the fixture workspace untrusted, then trusted');
  let trustCode;
  try {
    trustCode = await runTrustSuite(testsPath, trustWorkspace, trustRunFolder);
  } catch (error) {
    console.error(`runner error in the trust run: ${error.stack || error}`);
    trustCode = 1;
  }
  if (trustCode === 0 && !process.env.KEEP_RUN) rmSync(trustRunFolder.dir, { recursive: true, force: true });
  else console.log(`trust run folder: ${trustRunFolder.dir}`);
  code = code || trustCode;
}
if (code === 0 && !process.env.KEEP_RUN) rmSync(run.dir, { recursive: true, force: true });
else console.log(`run folder (logs, workspace copy${code && editor === 'code-server' ? ', failure.png' : ''}): ${run.dir}`);
process.exit(code);
