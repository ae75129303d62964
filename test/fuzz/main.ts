/**
 * The fuzz suite: catalog parsers, the detector and LSP sessions (see parsersFuzz.ts, detectorFuzz.ts,
 * sessionFuzz.ts), with a fixed seed and a time bound. `.ci/run` runs it for a few minutes; a long run:
 *   npm run fuzz -- --minutes 30 [--seed N] [--only parsers,detector,sessions] [--include-known-failing]
 * Needs dist/server.js (npm run build). Ends with figures and one "fuzz: N passed, N failed" line.
 *
 * Parsers and detector run in-process synchronous code that nothing can interrupt, so each runs in a child
 * process under a watchdog: a case that stalls is killed, reported with the case (FUZZ_CASE_FILE) as a hang,
 * and the run goes on, always within its time bound.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzDetector } from './detectorFuzz';
import { fuzzParsers } from './parsersFuzz';
import { FuzzReport } from './report';
import { fuzzSessions } from './sessionFuzz';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20261201' },
    only: { type: 'string', default: 'parsers,detector,sessions' },
    'include-known-failing': { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
  },
});

const minutes = Number(values.minutes);
const seed = Number(values.seed);
if (!(minutes > 0) || !Number.isInteger(seed)) {
  console.error('usage: fuzz [--minutes N] [--seed N] [--only parsers,detector,sessions] [--include-known-failing]');
  process.exit(2);
}
const parts = new Set(values.only.split(','));
const share = { parsers: 0.3, detector: 0.2, sessions: 0.5 };
const total = [...parts].reduce((sum, part) => sum + (share[part as keyof typeof share] ?? 0), 0) || 1;
const budget = (part: keyof typeof share) => (minutes * 60_000 * share[part]) / total;
const includeKnownFailing = values['include-known-failing'];
/** Time a child may take past its budget (startup, the last case) before the watchdog kills it. */
const GRACE_MS = 90_000;

type Counts = Pick<FuzzReport, 'pages' | 'documents' | 'slowestParseMs' | 'slowestParseWhat' | 'slowByParser'>;

/** Runs one synchronous part in a child process under the watchdog, and merges its results into `report`. */
function runChild(report: FuzzReport, part: 'parsers' | 'detector'): void {
  const caseFile = join(mkdtempSync(join(tmpdir(), 'status-catalog-fuzz-case-')), 'case.txt');
  const args = [...process.execArgv, __filename, '--child', '--only', part, '--minutes', String(budget(part) / 60_000), '--seed', String(seed)];
  if (includeKnownFailing) args.push('--include-known-failing');
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, FUZZ_CASE_FILE: caseFile },
    encoding: 'utf8',
    timeout: budget(part) + GRACE_MS,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = (result.stdout ?? '').split('\n');
  for (const line of lines) if (line && !line.startsWith('FUZZ-CHILD ')) console.log(line);
  const summary = lines.find((line) => line.startsWith('FUZZ-CHILD '));
  if (summary) {
    const child = JSON.parse(summary.slice('FUZZ-CHILD '.length)) as Counts & { passed: string[]; failed: Array<{ name: string; error: string }>; skipped: string[] };
    report.pages += child.pages;
    report.documents += child.documents;
    report.slowByParser += child.slowByParser;
    report.slowestParse(child.slowestParseMs, child.slowestParseWhat);
    report.passed.push(...child.passed);
    report.failed.push(...child.failed);
    report.skipped.push(...child.skipped);
    return;
  }
  let stalled = '';
  try {
    stalled = readFileSync(caseFile, 'utf8');
  } catch {
    // no case was reached
  }
  report.hangs++;
  const why = result.error ? String(result.error) : `exit ${result.status} ${result.signal ?? ''}`;
  report.failed.push({ name: `${part}: no case stalls the process`, error: `${why}; last case: ${stalled}` });
  console.log(`FAIL  ${part}: the process stalled or died (${why}); last case: ${stalled.slice(0, 1000)}`);
}

async function main(): Promise<void> {
  const report = new FuzzReport();
  const started = Date.now();
  if (values.child) {
    if (parts.has('parsers')) fuzzParsers(report, seed, budget('parsers'));
    if (parts.has('detector')) fuzzDetector(report, seed, budget('detector'));
    const { pages, documents, slowestParseMs, slowestParseWhat, slowByParser, passed, failed, skipped } = report;
    console.log(`FUZZ-CHILD ${JSON.stringify({ pages, documents, slowestParseMs, slowestParseWhat, slowByParser, passed, failed, skipped })}`);
    process.exit(0);
  }
  console.log(`fuzz: seed ${seed}, ${minutes} minutes`);
  if (parts.has('parsers')) runChild(report, 'parsers');
  if (parts.has('detector')) runChild(report, 'detector');
  if (parts.has('sessions')) await fuzzSessions(report, seed, budget('sessions'));
  console.log(`\nfuzz figures after ${Math.round((Date.now() - started) / 1000)} s:\n${report.summary()}`);
  if (report.skipped.length) console.log(`skipped (known failing): ${report.skipped.length}`);
  console.log(`fuzz: ${report.passed.length} passed, ${report.failed.length} failed`);
  process.exit(report.failed.length === 0 ? 0 : 1);
}

void main();
