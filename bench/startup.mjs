// What starting costs, measured in the client over --stdio: spawn → `initialize` answered, and spawn → the first
// diagnostics of a one-line JSON document (so the server's own load is counted even when `initialize` is answered
// before it, by the entry stub). Servers are run in turn, round after round, so load on the machine hits them alike;
// each first gets one session long enough to write its V8 code cache (5 s), unless --cold.
//
//   node bench/startup.mjs [--rounds 20] [--cold] [DIST_FOLDER ...]      (default: dist; the no-op floor beside it)
//
// Prints the median and p90 of both figures per server. The target (issue 10): initialize ≤ 150 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const { values: args, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, cold: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const rounds = Number(args.rounds);
const floor = fileURLToPath(new URL('./noopServer.mjs', import.meta.url));
const servers = [
  { name: 'floor', file: floor },
  ...(positionals.length > 0 ? positionals : ['dist']).map((folder) => ({ name: folder, file: join(resolve(folder), 'server.js') })),
];
const cacheRoot = mkdtempSync(join(tmpdir(), 'status-catalog-startup-bench-'));
// A cache folder per server: a cache of another copy of the same file name is removed as outdated (codeCache.ts).
servers.forEach((server, index) => (server.cacheDir = join(cacheRoot, String(index))));
const URI = 'file:///bench/log.json';

/** One session: returns ms from spawn to the initialize answer and to the first diagnostics; stays `stayMs` more. */
async function session({ file, cacheDir }, stayMs = 0) {
  const started = performance.now();
  const child = spawn(process.execPath, [file, '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, STATUS_CATALOG_CACHE_DIR: args.cold ? '' : cacheDir },
  });
  child.stderr.resume();
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnosed = new Promise((resolve) => connection.onNotification('textDocument/publishDiagnostics', () => resolve(performance.now() - started)));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const initMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: '[{ "statusCode": 409 }]\n' } });
  const firstDiagMs = await diagnosed;
  if (stayMs > 0) await new Promise((resolve) => setTimeout(resolve, stayMs));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
  return { initMs, firstDiagMs };
}

const quantile = (samples, q) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))];

try {
  if (!args.cold) for (const server of servers) await session(server, 6000);
  const samples = new Map(servers.map((server) => [server.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const server of servers) samples.get(server.name).push(await session(server));
  }
  console.log(`${rounds} rounds, code cache ${args.cold ? 'off' : 'warm'}`);
  console.log('server'.padEnd(40), 'initialize ms p50 / p90'.padEnd(26), 'first diagnostics ms p50 / p90');
  for (const [name, runs] of samples) {
    const init = runs.map((run) => run.initMs);
    const diag = runs.map((run) => run.firstDiagMs);
    const figure = (values) => `${quantile(values, 0.5).toFixed(1)} / ${quantile(values, 0.9).toFixed(1)}`;
    console.log(name.padEnd(40), figure(init).padEnd(26), figure(diag));
  }
} finally {
  rmSync(cacheRoot, { recursive: true, force: true });
}
