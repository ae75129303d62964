// Benchmark: the hover path inside the language service (issue 10), on the bundled catalogs with all of them in scope
// and on a generated Express-style file. usage: `npm run bench:hover` (node --import tsx bench/hoverRender.ts)
// It times, in this one run: the first hover of each literal on a fresh analysis (rendering), the same hovers asked
// again (answered from the analysis's memo), a hover after a carried edit (a new analysis: rendered again), and a
// completion list's documentation. The check is a ratio in the same run, as times are noisy on a shared machine:
// a hover asked again must cost a small fraction of rendering it.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBundledCatalogs, loadRegistry } from '../server/src/catalog/loadCatalogs';
import { nodeFileSystem } from '../server/src/catalog/nodeFileSystem';
import { analyzeDocument, doComplete, doHover, readSettings } from '../server/src/service/languageService';
import { analysisAfterEdit } from '../server/src/service/editedAnalysis';

const bundled = loadBundledCatalogs('catalogs', nodeFileSystem);
const registry = loadRegistry(bundled, [], nodeFileSystem).registry;
const codes = [200, 201, 204, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 502, 503];
const lines: string[] = [];
for (let i = 0; i < 400; i++) {
  lines.push(`app.get('/r${i}', (req, res) => {`, `  if (!req.ok) return res.status(${codes[i % codes.length]}).send('x${i}');`, `  res.json({ ok: true });`, '});');
}
const text = lines.join('\n');
const settings = readSettings({ catalogs: registry.serviceIds() });
const literals = lines.flatMap((line, index) => {
  const column = line.indexOf('status(');
  return column < 0 ? [] : [{ line: index, character: column + 'status('.length + 1 }];
});
// The literals a reader moves between: one of each code, as many as a memo keeps.
const positions = literals.slice(0, codes.length);

/** Milliseconds per unit of work: `run` does `units` of it (hovers, lists) per round. */
function time(label: string, rounds: number, units: number, run: () => void): number {
  run();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const perUnit = (performance.now() - started) / rounds / units;
  console.log(`${label.padEnd(58)} ${(perUnit * 1000).toFixed(1).padStart(9)} µs`);
  return perUnit;
}

const document = TextDocument.create('file:///bench/app.ts', 'typescript', 1, text);
const analyse = () => analyzeDocument(document, settings, registry);
let analysed = analyse();
const scope = analysed.scope.ids.join(', ');
console.log(`${literals.length} literals (hovers on ${positions.length}), ${scope.length ? `catalogs in scope: ${scope}` : 'no catalog in scope'}`);

// A fresh analysis per round: every hover is rendered (detection is reused, only scope is resolved again).
const fresh = time('first hover of a literal (rendered)', 200, positions.length, () => {
  const analysis = analyzeDocument(document, settings, registry, { previous: { ...analysed, version: 1 } });
  for (const position of positions) doHover(analysis, position);
});
const again = time('the same hover again (memoised)', 2000, positions.length, () => {
  for (const position of positions) doHover(analysed, position);
});
// A space typed inside a string far from the hovers: the analysis is carried (editedAnalysis.ts) as a new object.
const editAt = text.indexOf("'x0'") + 2;
let version = 2;
time('hover after a carried edit (rendered again)', 2000, 1, () => {
  const carried = analysisAfterEdit(analysed, { start: editAt, end: editAt, text: '' }, version++, () => text);
  if (carried) doHover(carried, positions[positions.length >> 1]!);
});
const slot = { line: positions[0]!.line, character: positions[0]!.character - 1 };
time('completion list, fresh analysis (documentation rendered)', 50, 1, () => {
  analysed = analyzeDocument(document, settings, registry, { previous: { ...analysed, version: 1 } });
  doComplete(analysed, slot);
});
time('completion list, same analysis (documentation memoised)', 200, 1, () => void doComplete(analysed, slot));

const ratio = again / fresh;
console.log(`memoised / rendered: ${ratio.toFixed(3)} (check: below 0.25)`);
process.exitCode = ratio < 0.25 ? 0 : 1;
