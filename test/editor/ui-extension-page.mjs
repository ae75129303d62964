#!/usr/bin/env node
// UI test in code-server: the page a user reads before anything else. Installs the packaged .vsix, opens the
// Extensions view, opens Status Catalog's details page and requires its README to be the user-facing one (what the
// extension does, not developer commands) with the screenshot actually loaded (an <img> whose image decoded: a URL
// on a placeholder host would show a broken image). Saves a screenshot of the page.
//
// usage: STATUS_CATALOG_VSIX=path.vsix node test/editor/ui-extension-page.mjs
// env:   SHOT (screenshot, default test/output/extension-page.png), STATUS_CATALOG_TOOLS, KEEP_RUN=1
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  codeServerVersion, createRunFolder, installVsix, launchChromium, log, missingTools, startCodeServer, waitFor,
} from './lib/code-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const SHOT = resolve(process.env.SHOT || join(root, 'test', 'output', 'extension-page.png'));
const VSIX = process.env.STATUS_CATALOG_VSIX ? resolve(process.env.STATUS_CATALOG_VSIX) : undefined;
// The packaged README's images are the repository's raw URLs (vsce --baseImagesUrl, from scripts.package). This
// machine is offline, so requests under that base are answered with the repository's own files: the check proves the
// page asks for an image the repository has and renders it, as it will once the repository is published there.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const IMAGES_BASE = /--baseImagesUrl\s+(\S+)/.exec(pkg.scripts.package)?.[1];
/** The first words of README.marketplace.md: the details page must start with what the extension does. */
const LEAD = 'What an HTTP status code means for your service, where you write it.';

const missing = missingTools();
if (missing.length) {
  console.error(`missing tools (run bash test/editor/install-tools.sh):\n  ${missing.join('\n  ')}`);
  process.exit(2);
}
if (!VSIX) {
  console.error('STATUS_CATALOG_VSIX must name the packaged extension (test/editor/package-check.mjs makes one)');
  process.exit(2);
}
console.log(`editor: code-server ${codeServerVersion()} in headless chromium; extension from ${VSIX}`);

const run = createRunFolder('page');
const workspace = join(run.dir, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
mkdirSync(dirname(SHOT), { recursive: true });

let server;
let browser;
let passed = false;
try {
  log(`installed ${VSIX}: ${(await installVsix(run, VSIX)).split('\n').pop()}`);
  server = await startCodeServer(run, { settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  browser = await launchChromium(run);
  if (!IMAGES_BASE) throw new Error('scripts.package passes no --baseImagesUrl');
  await browser.route(`${IMAGES_BASE}/**`, async (route) => {
    const file = join(root, decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(IMAGES_BASE).pathname.length + 1)));
    if (existsSync(file)) await route.fulfill({ status: 200, contentType: 'image/png', body: readFileSync(file) });
    else await route.fulfill({ status: 404, body: 'not in the repository' });
  });
  const page = browser.pages()[0] || (await browser.newPage());
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench visible');

  // The Extensions view (Ctrl+Shift+X) lists installed extensions; offline, the gallery sections stay empty.
  await page.keyboard.press('Control+Shift+X');
  const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Status Catalog' }).first();
  await item.waitFor({ timeout: 60000 });
  await item.click();
  log('extension details opened');

  // The README renders in a webview: an iframe inside an iframe. Look in every frame for the lead and the image.
  let found;
  await waitFor(async () => {
    for (const frame of page.frames()) {
      const state = await frame.evaluate((lead) => {
        const text = document.body?.innerText ?? '';
        if (!text.includes(lead)) return undefined;
        const all = [...document.querySelectorAll('img')]; const images = all.filter((img) => /hover\.png/.test(img.getAttribute('src') ?? ''));
        return { all: all.map((img) => img.outerHTML.slice(0, 300)), images: images.map((img) => ({ src: img.src, complete: img.complete, width: img.naturalWidth })), text: text.slice(0, 300) };
      }, LEAD).catch(() => undefined);
      if (state && state.images.some((img) => img.complete && img.width > 0)) {
        found = state;
        return true;
      }
      if (state) found = state;
    }
    return false;
  }, 60000, 'the README with its screenshot loaded', 500).catch((error) => {
    log(`last seen: ${JSON.stringify(found)}`);
    throw error;
  });
  log(`details page: ${JSON.stringify(found)}`);
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
console.log(passed ? 'ui extension page: 1 passed, 0 failed' : 'ui extension page: 0 passed, 1 failed');
if (passed && !process.env.KEEP_RUN) rmSync(run.dir, { recursive: true, force: true });
else console.log(`run folder (code-server log, workspace copy): ${run.dir}`);
process.exit(passed ? 0 : 1);
