// Benchmark: hover latency on a 10,000-line TypeScript file, through the bundled server over stdio.
// usage: npm run build && node bench/latency.mjs [lines]
// Prints figures and checks ratios measured in this one run (absolute times are noisy on shared machines):
//   - a hover on an unchanged document costs far less than analysing it (it reads the cache, no re-parse);
//   - indexing every bundled catalog stays under a budget.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const lines = Number(process.argv[2] ?? 10_000);
const server = fileURLToPath(new URL('../dist/server.js', import.meta.url));

function makeDocument(count) {
  const out = ["import express from 'express';", 'const app = express();'];
  for (let i = 0; out.length < count; i++) {
    out.push(`app.get('/r${i}', (req, res) => {`, `  const width = ${100 + (i % 400)};`, `  if (req.query.x) return res.status(${[400, 404, 409, 418][i % 4]}).end();`, '  res.status(200).json({ width });', '});');
  }
  return out.slice(0, count).join('\n') + '\n';
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const logs = [];
connection.onNotification('window/logMessage', (p) => logs.push(p.message));
let diagnosticsSeen = 0;
let onDiagnostics = () => {};
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri === uri) {
    diagnosticsSeen++;
    onDiagnostics(p);
  }
});
connection.listen();
const uri = 'file:///bench/big.ts';
const text = makeDocument(lines);
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});

const opened = new Promise((resolve) => (onDiagnostics = resolve));
let started = performance.now();
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
const firstHoverStart = performance.now();
const first = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 38 } });
const firstHoverMs = performance.now() - firstHoverStart;
await opened;
const openToDiagnosticsMs = performance.now() - started;

const hoverTimes = [];
for (let i = 0; i < 300; i++) {
  const line = 4 + 5 * ((i * 37) % Math.floor((lines - 10) / 5));
  const t = performance.now();
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 38 } });
  hoverTimes.push(performance.now() - t);
}

// One keystroke in the middle of the file, then a hover: the edit costs one re-analysis.
const editTimes = [];
for (let version = 2; version < 12; version++) {
  const t = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: lines / 2, character: 0 }, end: { line: lines / 2, character: 0 } }, text: ' ' }],
  });
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 38 } });
  editTimes.push(performance.now() - t);
}

const catalogLine = logs.find((l) => l.startsWith('loaded '));
const catalogMs = Number(/in ([\d.]+) ms/.exec(catalogLine ?? '')?.[1] ?? NaN);
const hoverMedian = median(hoverTimes);
const analyseMs = median(editTimes);
console.log(`document: ${lines} lines, ${text.length} characters; hover found: ${first ? 'yes' : 'no'}`);
console.log(`catalog indexing (all bundled catalogs): ${catalogMs.toFixed(1)} ms  [${catalogLine}]`);
console.log(`open → first diagnostics: ${openToDiagnosticsMs.toFixed(1)} ms; first hover (analyses the document): ${firstHoverMs.toFixed(1)} ms`);
console.log(`hover on the analysed document: median ${hoverMedian.toFixed(2)} ms, p95 ${p95(hoverTimes).toFixed(2)} ms (${hoverTimes.length} hovers)`);
console.log(`edit + hover (one re-analysis): median ${analyseMs.toFixed(1)} ms`);
const ratio = analyseMs / hoverMedian;
console.log(`ratio re-analysis / cached hover: ${ratio.toFixed(1)}x`);

const failures = [];
if (!first) failures.push('no hover on the status literal');
if (ratio < 5) failures.push(`a cached hover should cost well under a re-analysis (ratio ${ratio.toFixed(1)} < 5)`);
if (!(catalogMs < 500)) failures.push(`catalog indexing took ${catalogMs} ms (budget 500 ms)`);
if (p95(hoverTimes) > 50) failures.push(`hover p95 ${p95(hoverTimes).toFixed(1)} ms over 50 ms`);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
child.kill();
if (failures.length) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('OK: within targets');
