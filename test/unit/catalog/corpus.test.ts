// The catalog parser against real status-code pages: every page in test/fixtures/catalog-pages/pages is
// parsed and compared with its truth file (code, message, class, in order). Prints the agreement
// ("ok 51/51 pages, 853/853 entries") and fails listing every difference.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFromFileName, parseCatalogPage } from '../../../server/src/catalog/parsers/parseCatalogPage';

const root = join(__dirname, '..', '..', 'fixtures', 'catalog-pages');

interface TruthEntry {
  code: number;
  message: string | null;
  class: 'normal' | 'abnormal' | null;
}

function key(entry: TruthEntry): string {
  return `${entry.code} ${JSON.stringify(entry.message)} ${entry.class ?? 'null'}`;
}

test('corpus pages parse to their truth entries', () => {
  const pages = readdirSync(join(root, 'pages')).sort();
  assert.ok(pages.length > 0, 'no corpus pages found');
  const differences: string[] = [];
  let pagesInAgreement = 0;
  let entriesMatched = 0;
  let entriesExpected = 0;
  for (const page of pages) {
    const truth = JSON.parse(readFileSync(join(root, 'truth', `${page}.json`), 'utf8')) as { entries: TruthEntry[] };
    const format = formatFromFileName(page);
    assert.ok(format, `no format for ${page}`);
    const result = parseCatalogPage(readFileSync(join(root, 'pages', page), 'utf8'), format);
    const want = truth.entries.map(key);
    const got = result.entries.map(key);
    entriesExpected += want.length;
    const pageDifferences: string[] = [];
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      if (want[i] === got[i]) entriesMatched += 1;
      else pageDifferences.push(`  #${i + 1}: expected ${want[i] ?? '(nothing)'}, got ${got[i] ?? '(nothing)'}`);
    }
    if (pageDifferences.length === 0) pagesInAgreement += 1;
    else differences.push(`${page}:`, ...pageDifferences);
  }
  console.log(`ok ${pagesInAgreement}/${pages.length} pages, ${entriesMatched}/${entriesExpected} entries`);
  assert.deepEqual(differences, [], `corpus disagreements:\n${differences.join('\n')}`);
});

test('corpus pages report no problems', () => {
  // Real pages are well formed: a problem here means an ordinary table was mistaken for a broken one.
  const problems: string[] = [];
  for (const page of readdirSync(join(root, 'pages')).sort()) {
    const result = parseCatalogPage(readFileSync(join(root, 'pages', page), 'utf8'), formatFromFileName(page)!);
    for (const problem of result.problems) problems.push(`${page}:${problem.line}: ${problem.message}`);
  }
  assert.deepEqual(problems, []);
});

test('corpus entries carry lines that point at their code', () => {
  // Each entry's line holds its code in the source: the <td> of an HTML row, the first text line of a grid row.
  for (const page of readdirSync(join(root, 'pages')).sort()) {
    const lines = readFileSync(join(root, 'pages', page), 'utf8').split('\n');
    const result = parseCatalogPage(lines.join('\n'), formatFromFileName(page)!);
    for (const entry of result.entries) {
      assert.match(lines[entry.line - 1] ?? '', new RegExp(`\\b${entry.code}\\b`), `${page}:${entry.line} for ${entry.code}`);
    }
  }
});
