// Benchmark: JSON detection's time and retained heap, walked (detectDocument today) beside the tree-based analysis it
// replaced (jsonc-parser's tree, kept for completion), on one file; and what the walked detection's heap holds.
// usage: node --expose-gc --import tsx bench/jsonDetectionHeap.ts FILE.json [--snapshot]
// Times are the best of three in this one run (the machine is shared: compare the two lines, not across runs).
// Heap: `heapUsed` after a forced gc while the result is held, minus the same before the run.
import { readFileSync } from 'node:fs';
import { getHeapSnapshot } from 'node:v8';
import { detectDocument } from '../server/src/detection/detectDocument';
import { analyseJsonTree, parseJson } from '../server/src/detection/findJsonLiterals';
import { MAX_JSON_NESTING, blankDeepNesting } from '../server/src/detection/nestingGuard';
import { createStatusNameRules } from '../server/src/detection/statusNames';
import type { StatusLiteral } from '../server/src/detection/types';

const file = process.argv[2];
if (!file || typeof globalThis.gc !== 'function') {
  console.error('usage: node --expose-gc --import tsx bench/jsonDetectionHeap.ts FILE.json [--snapshot]');
  process.exit(2);
}
const gc = globalThis.gc as () => void;
const text = readFileSync(file, 'utf8');

function treeDetection(): { root: unknown; literals: StatusLiteral[] } {
  const root = parseJson(blankDeepNesting(text, MAX_JSON_NESTING, 'json'));
  const literals: StatusLiteral[] = [];
  analyseJsonTree(text, root, createStatusNameRules(), literals);
  return { root, literals };
}

function measure(label: string, run: () => unknown): void {
  let best = Infinity;
  let kept: unknown;
  for (let i = 0; i < 3; i++) {
    kept = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    kept = run();
    best = Math.min(best, performance.now() - started);
    gc();
    const heap = process.memoryUsage().heapUsed - before;
    if (i === 2) console.log(`${label.padEnd(28)} ${best.toFixed(0).padStart(6)} ms  retained heap ${(heap / 1e6).toFixed(1).padStart(6)} MB`);
  }
  void kept;
}

console.log(`${file}: ${(text.length / 1e6).toFixed(1)} M characters`);
measure('tree (before)', treeDetection);
measure('walk (detectDocument)', () => detectDocument(text, 'json'));

if (process.argv.includes('--snapshot')) void summariseHeap();

/**
 * What the walked detection holds: self sizes by constructor in a heap snapshot taken while holding it, minus a
 * snapshot taken before (the modules, the text and a first detection's compiled code are in both).
 */
async function summariseHeap(): Promise<void> {
  detectDocument('{"status": 404}', 'json');
  const before = await sizesByConstructor();
  const held = detectDocument(text, 'json');
  const after = await sizesByConstructor();
  console.log(`heap held by the detection (${held.literals.length} literals), by constructor (snapshot difference):`);
  const rows = [...after].map(([name, size]) => [name, size.bytes - (before.get(name)?.bytes ?? 0), size.count - (before.get(name)?.count ?? 0)] as const);
  for (const [name, bytes, count] of rows.sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`  ${(bytes / 1e6).toFixed(2).padStart(7)} MB  ${String(count).padStart(8)}  ${name.slice(0, 60)}`);
  }
}

async function sizesByConstructor(): Promise<Map<string, { bytes: number; count: number }>> {
  gc();
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const types = snapshot.snapshot.meta.node_types[0];
  const sizes = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
    const entry = sizes.get(name) ?? { bytes: 0, count: 0 };
    entry.bytes += snapshot.nodes[i + sizeAt]!;
    entry.count++;
    sizes.set(name, entry);
  }
  return sizes;
}
