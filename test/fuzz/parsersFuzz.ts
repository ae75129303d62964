/**
 * The catalog parsers over mutated real pages (test/fixtures/catalog-pages): a parse never throws, every
 * entry and problem has a line inside the page, and a page under 200 KB parses in under 1 s of CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseJsonCatalog } from '../../server/src/catalog/jsonCatalog';
import { formatFromFileName, parseCatalogPage } from '../../server/src/catalog/parsers/parseCatalogPage';
import { hostilePage } from './hostilePages';
import { applyMutations, describeMutations, mutations } from './mutations';
import { cpuTimed, noteCase, type FuzzReport } from './report';

const PAGES_DIR = join(__dirname, '..', 'fixtures', 'catalog-pages', 'pages');
const BUNDLED_DIR = join(__dirname, '..', '..', 'catalogs');

interface Page {
  name: string;
  format: 'markdown' | 'html' | 'rst' | 'json';
  text: string;
}

export function realPages(): Page[] {
  const pages: Page[] = [];
  for (const dir of [PAGES_DIR, BUNDLED_DIR]) {
    for (const name of readdirSync(dir).sort()) {
      const format = name.endsWith('.json') ? 'json' : formatFromFileName(name);
      if (format && name !== 'status-catalog.json') pages.push({ name, format, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return pages;
}

/** Parses a page as the loader does; returns the time taken and what is wrong with the result, if anything. */
export function checkedParse(text: string, format: Page['format']): { ms: number; problem?: string } {
  let result: { entries: Array<{ code: number; line: number }>; problems: Array<{ line: number }> };
  let ms: number;
  try {
    ({ value: result, ms } = cpuTimed(() => (format === 'json' ? parseJsonCatalog(text) : parseCatalogPage(text, format))));
  } catch (error) {
    return { ms: 0, problem: `threw: ${String(error)}` };
  }
  // Line breaks as the parsers (and LSP) count them: \n, \r\n and a lone \r.
  const lines = text.split(/\r\n?|\n/).length;
  for (const entry of result.entries) {
    // Three digits: a vendor's own statuses above 599 (Qiniu's 608-701) are entries too.
    if (!Number.isInteger(entry.code) || entry.code < 100 || entry.code > 999) return { ms, problem: `entry with code ${entry.code}` };
    if (!Number.isInteger(entry.line) || entry.line < 1 || entry.line > lines) return { ms, problem: `entry at line ${entry.line} of ${lines}` };
  }
  for (const problem of result.problems) {
    if (!Number.isInteger(problem.line) || problem.line < 0 || problem.line > lines) return { ms, problem: `problem at line ${problem.line} of ${lines}` };
  }
  if (text.length < 200_000 && ms > 1000) {
    // A pause of the machine (a collection after a large case, a shared core) is no slow parse: the bound must
    // hold for the quickest of three measurements.
    const again = Math.min(ms, ...[1, 2].map(() => cpuTimed(() => (format === 'json' ? parseJsonCatalog(text) : parseCatalogPage(text, format))).ms));
    if (again > 1000) return { ms: again, problem: `took ${Math.round(again)} ms (quickest of 3) for ${text.length} characters` };
    return { ms: again };
  }
  return { ms };
}

export function fuzzParsers(report: FuzzReport, seed: number, budgetMs: number): void {
  const pages = realPages();
  // The rest of the budget goes to the hostile pages (hostilePages.ts).
  const share = 0.7;
  report.check('parsers: mutated real pages parse without throwing, with lines inside the page, in under 1 s', () =>
    fc.assert(
      fc.property(fc.nat(pages.length - 1), mutations, (index, list) => {
        const page = pages[index]!;
        const text = applyMutations(page.text, list);
        noteCase(`${page.name} ${describeMutations(list)}`);
        const { ms, problem } = checkedParse(text, page.format);
        report.pages++;
        report.slowestParse(ms, `${page.name} (${text.length} chars)`);
        if (problem) throw new Error(`${page.name} with ${JSON.stringify(list).slice(0, 400)}: ${problem}`);
      }),
      { seed, numRuns: 1e9, interruptAfterTimeLimit: budgetMs * share, markInterruptAsFailure: false, endOnFailure: true },
    ),
  );
  report.check('parsers: hostile pages (spans, backtracking bait, nested tables, giant cells) parse in under 1 s', () =>
    fc.assert(
      fc.property(hostilePage, (page) => {
        noteCase(`${page.name} (${page.text.length} chars)`);
        const { ms, problem } = checkedParse(page.text, page.format);
        report.pages++;
        report.slowestParse(ms, `${page.name} (${page.text.length} chars)`);
        if (problem) throw new Error(`${page.name}: ${problem}`);
      }),
      { seed, numRuns: 1e9, interruptAfterTimeLimit: budgetMs * (1 - share), markInterruptAsFailure: false, endOnFailure: true },
    ),
  );
}
