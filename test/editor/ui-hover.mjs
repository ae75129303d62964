#!/usr/bin/env node
// UI test in code-server: what a user sees. Opens the fixture workspace in headless chromium, opens
// orders.ts from the Explorer, moves the mouse over the status literal 409 in `res.status(409)` and
// waits for the hover widget to show the catalog's text, then saves a screenshot.
//
// The extension comes from this repository (dist/ must be built), loaded as a development extension
// through the workbench payload, or from a packaged .vsix with STATUS_CATALOG_VSIX=path (installed
// with code-server's --install-extension: proves the package itself works).
//
// STATUS_CATALOG_EXTENSION_DIR loads another development folder instead of the repository: test/editor/web-build.mjs
// passes a web-only copy of the extension (extensionKind ["web"]) for test/output/web-hover.png.
//
// usage: node test/editor/ui-hover.mjs
// env:   SHOT (screenshot, default test/output/hover.png), STATUS_CATALOG_VSIX, STATUS_CATALOG_TOOLS,
//        STATUS_CATALOG_EXTENSION_DIR (not with a .vsix),
//        KEEP_RUN=1 (keep the run folder), HOVER_TIMEOUT_MS (default 60000), VERBOSE=1 (the workbench's console)
import { cpSync, mkdirSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  codeServerVersion, createRunFolder, installVsix, launchChromium, log, missingTools, startCodeServer, waitFor,
} from './lib/code-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const SHOT = resolve(process.env.SHOT || join(root, 'test', 'output', 'hover.png'));
const VSIX = process.env.STATUS_CATALOG_VSIX ? resolve(process.env.STATUS_CATALOG_VSIX) : undefined;
const HOVER_TIMEOUT = Number(process.env.HOVER_TIMEOUT_MS || 60000);
const EXTENSION_DIR = process.env.STATUS_CATALOG_EXTENSION_DIR ? resolve(process.env.STATUS_CATALOG_EXTENSION_DIR) : root;
if (process.env.STATUS_CATALOG_EXTENSION_DIR && VSIX) throw new Error('STATUS_CATALOG_EXTENSION_DIR is a development folder: not with a .vsix');
/** The file, the literal to hover, and text the hover must show (DDS's description of 409). */
const FILE = 'orders.ts';
const LITERAL = '409';
const EXPECTED = 'The request could not be processed due to a conflict.';

const missing = missingTools();
if (missing.length) {
  console.error(`missing tools (run bash test/editor/install-tools.sh):\n  ${missing.join('\n  ')}`);
  process.exit(2);
}
console.log(`editor: code-server ${codeServerVersion()} in headless chromium; extension from ${VSIX ?? `${EXTENSION_DIR} (development folder)`}`);

const run = createRunFolder('ui');
const workspace = join(run.dir, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
mkdirSync(dirname(SHOT), { recursive: true });

let server;
let browser;
let passed = false;
try {
  if (VSIX) log(`installed ${VSIX}: ${(await installVsix(run, VSIX)).split('\n').pop()}`);
  server = await startCodeServer(run, {
    smokeTestDriver: !VSIX,
    settings: {
      'editor.hover.delay': 150,
      'editor.minimap.enabled': false,
      'editor.fontSize': 15,
      'workbench.colorTheme': 'Default Dark Modern',
      // A tidy screenshot: no empty chat side bar, no chat controls in the title bar.
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
    },
  });
  log(`code-server listening on ${server.url}`);
  browser = await launchChromium(run);
  const page = browser.pages()[0] || (await browser.newPage());
  // VERBOSE=1: the workbench's console and its workers' (the Web Worker extension host logs there).
  if (process.env.VERBOSE) {
    page.on('console', (message) => log(`[console] ${message.text()}`));
    page.on('worker', (worker) => worker.on('console', (message) => log(`[worker ${worker.url().slice(-60)}] ${message.text()}`)));
  }
  const query = VSIX ? '' : `&payload=${encodeURIComponent(JSON.stringify([
    ['extensionDevelopmentPath', server.remoteUri(EXTENSION_DIR)], ['skipWelcome', 'true']]))}`;
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}${query}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench visible');

  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
  await row.first().waitFor({ timeout: 60000 });
  await row.first().click();
  const token = page.locator('.monaco-editor .view-lines span', { hasText: new RegExp(`^${LITERAL}$`) }).first();
  await token.waitFor({ timeout: 30000 });
  log(`${FILE} open in the editor`);

  // The first hovers can come before the language client runs, and semantic highlighting re-renders
  // the token's <span>: move away and back, re-reading its box each time, until the catalog text shows.
  const hover = page.locator('.monaco-hover', { hasText: EXPECTED });
  let attempts = 0;
  await waitFor(async () => {
    attempts++;
    const box = await token.boundingBox().catch(() => null);
    if (!box) return false;
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3000 });
      return true;
    } catch {
      return false;
    }
  }, HOVER_TIMEOUT, `a hover containing "${EXPECTED}"`, 0);
  // Other hover providers (TypeScript's, while its server is still analysing the project) may add a
  // "Loading..." row under ours: for the screenshot, wait until the hover and the status bar have been
  // quiet for three polls in a row, within a deadline. The assertion above does not depend on it.
  let quietPolls = 0;
  await waitFor(async () => {
    const texts = [...await page.locator('.monaco-hover').allInnerTexts(), ...await page.locator('.statusbar').allInnerTexts()];
    quietPolls = texts.some((t) => /Loading|Analyzing|Initializing/.test(t)) ? 0 : quietPolls + 1;
    return quietPolls >= 3;
  }, 20000, 'other hovers to settle', 300).catch(() => log('other providers still loading; taking the screenshot anyway'));
  if (!(await hover.first().isVisible())) throw new Error('the hover closed while waiting for other providers');
  const text = await hover.first().innerText();
  log(`hover visible after ${attempts} attempt(s): ${JSON.stringify(text.slice(0, 400))}`);
  await page.screenshot({ path: SHOT });
  log(`screenshot: ${SHOT}`);
  passed = true;
} catch (error) {
  log(`FAILED: ${error.stack || error}`);
  const page = browser?.pages()[0];
  if (page) await page.screenshot({ path: SHOT.replace(/\.png$/, '-failure.png') }).catch(() => {});
} finally {
  if (browser) await browser.close().catch(() => {});
  server?.stop();
}
console.log(passed ? 'ui hover: 1 passed, 0 failed' : 'ui hover: 0 passed, 1 failed');
if (passed && !process.env.KEEP_RUN) rmSync(run.dir, { recursive: true, force: true });
else console.log(`run folder (code-server log, workspace copy): ${run.dir}`);
process.exit(passed ? 0 : 1);
