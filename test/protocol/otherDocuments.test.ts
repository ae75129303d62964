/**
 * Issue 10, "never blocked by another document": while a large document is analysed, requests on a small one are
 * answered between the slices of that analysis, not after it. Each test hovers the small document again and again
 * from the moment the large one is opened until the large one's diagnostics are published.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

interface BenchInput {
  text: string;
  languageId: string;
}

interface BenchInputs {
  jsonRequestLog(records: number, options?: { minified?: boolean }): BenchInput;
  typeScriptHandlers(lines: number): BenchInput;
}

/** The shared benchmark's generators (an ES module of plain JavaScript). */
const inputs = (): Promise<BenchInputs> => import('../../bench/inputs.mjs' as string) as Promise<BenchInputs>;

const SMALL_URI = 'file:///work/small.ts';
const SMALL_TEXT = "import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => {\n  res.status(409).end();\n});\n";
const SMALL_HOVER = { line: 3, character: 14 };
const EXPECTED_HOVER = [
  '**409 Conflict** · 4xx client error',
  '',
  'The request conflicts with the current state of the target resource. (RFC 9110, Section 15.5.10)',
  '',
  '---',
  '',
  'Catalogs consulted: none (no project catalog; name a bundled one with the `statusCatalog.catalogs` setting or a `// status-catalog: <id>` directive)',
].join('\n');

/** How long a hover on another document may take while a large one is analysed (issue 10). */
const HOVER_BUDGET_MS = 50;

interface TimedHover {
  ms: number;
  text: string;
  /** Whether the large document's diagnostics had been published when the hover was asked. */
  bigDone: boolean;
}

function text(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

/**
 * Opens `big`, then hovers the small document (already open and analysed) until the big one's diagnostics arrive;
 * each hover is timed from its request to its answer.
 */
async function hoversDuringAnalysis(client: LspClient, bigUri: string, big: BenchInput): Promise<TimedHover[]> {
  await client.open(SMALL_URI, 'typescript', SMALL_TEXT);
  await client.waitForDiagnostics(SMALL_URI);
  // The first hover loads what the server loads once (the catalogs' renderer): not what is measured.
  assert.equal(text(await client.hover(SMALL_URI, SMALL_HOVER)), EXPECTED_HOVER);
  let bigDone = false;
  const published = client.waitForDiagnostics(bigUri, () => true, 120_000).then(() => (bigDone = true));
  await client.open(bigUri, big.languageId, big.text);
  const hovers: TimedHover[] = [];
  while (!bigDone) {
    const started = performance.now();
    const asked = { bigDone };
    const answer = text(await client.hover(SMALL_URI, SMALL_HOVER));
    hovers.push({ ms: performance.now() - started, text: answer, ...asked });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await published;
  return hovers;
}

function summary(hovers: readonly TimedHover[]): string {
  const during = hovers.filter((h) => !h.bigDone);
  return `${during.length} hovers before the large document's diagnostics, slowest ${Math.max(...during.map((h) => h.ms)).toFixed(0)} ms: ${during.map((h) => h.ms.toFixed(0)).join(' ')}`;
}

describe('never blocked by another document (issue 10)', () => {
  it('answers hovers on a small document between the slices of a 50k-line TypeScript file', async () => {
    const { typeScriptHandlers } = await inputs();
    const client = await LspClient.start({ settings: {} });
    try {
      const hovers = await hoversDuringAnalysis(client, 'file:///work/handlers.ts', typeScriptHandlers(50_000));
      for (const hover of hovers) assert.equal(hover.text, EXPECTED_HOVER);
      // The parse of one file is a single call of the compiler: the hover that waits behind it shows the large
      // analysis has begun. Its walk is sliced, so hovers go on being answered after that one, and none waits for
      // anything like the parse. (Wall-clock figures swell with the machine's load; the ratio to the parse does not.)
      const during = hovers.filter((h) => !h.bigDone);
      const parseStall = Math.max(...during.map((h) => h.ms));
      const afterParse = during.slice(during.findIndex((h) => h.ms === parseStall) + 1);
      assert.ok(afterParse.length >= 5, `hovers answered while the walk ran: ${summary(hovers)}`);
      assert.ok(Math.min(...afterParse.map((h) => h.ms)) <= HOVER_BUDGET_MS, summary(hovers));
      assert.ok(Math.max(...afterParse.map((h) => h.ms)) < parseStall / 2, summary(hovers));
    } finally {
      await client.stop();
    }
  });

  it('answers a hover on a small document within 50 ms while a 12 MB JSON document is analysed', async () => {
    const { jsonRequestLog } = await inputs();
    const client = await LspClient.start({ settings: {} });
    try {
      const big = jsonRequestLog(100_000, { minified: true });
      assert.ok(big.text.length > 12_000_000);
      const hovers = await hoversDuringAnalysis(client, 'file:///work/requests.json', big);
      const during = hovers.filter((h) => !h.bigDone);
      assert.ok(during.length >= 5, summary(hovers));
      for (const hover of hovers) assert.equal(hover.text, EXPECTED_HOVER);
      assert.ok(Math.min(...during.map((h) => h.ms)) <= HOVER_BUDGET_MS, summary(hovers));
      // Not one waits behind the whole pass (seconds), nor behind more than a few slices on a busy machine.
      assert.ok(Math.max(...during.map((h) => h.ms)) <= 5 * HOVER_BUDGET_MS, summary(hovers));
    } finally {
      await client.stop();
    }
  });
});
