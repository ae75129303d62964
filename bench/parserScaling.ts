// Benchmark: the catalog parsers and their inline-markup scanners on the inputs that used to backtrack or blow up
// (issue 11), each at two sizes. usage: `npm run bench:parsers` (node --import tsx bench/parserScaling.ts)
// Absolute times are noisy on shared machines, so the check is a ratio measured in this one run: doubling the
// input must not much more than double the time (quadratic code would quadruple it). The unit tests only guard
// against hangs and wrong results; the speed checks live here.
import { stripMarkdownInline, stripRstInline } from '../server/src/catalog/parsers/inlineText';
import { parseCatalogPage } from '../server/src/catalog/parsers/parseCatalogPage';

const cases: Array<[string, (size: number) => string, (text: string) => unknown]> = [
  ['markdown [a]( repeated', (n) => '[a]('.repeat(n / 4), stripMarkdownInline],
  ['markdown **a repeated', (n) => '**a '.repeat(n / 4), stripMarkdownInline],
  ['markdown backtick fences', (n) => '`a``b```c'.repeat(n / 9), stripMarkdownInline],
  ['rst reference full of spaces', (n) => '`text' + ' '.repeat(n) + '<x', stripRstInline],
  ['rst **a repeated', (n) => '**a '.repeat(n / 4), stripRstInline],
  ['rst grid cell with a literal of spaces', (n) => ['+----+', `| \`\`${' '.repeat(n)} |`, '+----+'].join('\n'), (t) => parseCatalogPage(t, 'rst')],
  // Whole pages: sizes are characters, rounded to whole repetitions of each unit.
  ['html unclosed <table> run', (n) => '<table>'.repeat(n / 7), (t) => parseCatalogPage(t, 'html')],
  ['html many tables', (n) => repeatTo('<table><tr><td>200</td><td>OK</td><td>x</td></tr></table>\n', n), (t) => parseCatalogPage(t, 'html')],
  ['html nested lists around a table', (n) => '<ul>'.repeat(n / 8) + '<table><tr><td>200<ul><li>'.repeat(n / 100), (t) => parseCatalogPage(t, 'html')],
  ['rst grid rows', (n) => repeatTo('+---+---+\n| 200 | OK |\n', n), (t) => parseCatalogPage(t, 'rst')],
  ['rst simple table rows', (n) => repeatTo('=== ===\n200 OK\n', n), (t) => parseCatalogPage(t, 'rst')],
  ['rst list-table rows', (n) => '.. list-table::\n   :header-rows: 1\n\n' + repeatTo('   * - 200\n     - OK\n', n), (t) => parseCatalogPage(t, 'rst')],
  ['markdown pipe tables', (n) => repeatTo('| a | b |\n|--|--|\n| 200 | OK |\n', n), (t) => parseCatalogPage(t, 'markdown')],
  ['rst wide grid', (n) => `+${'-+'.repeat(n / 40)}\n|${' |'.repeat(n / 40)}\n`.repeat(10), (t) => parseCatalogPage(t, 'rst')],
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

function time(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

let failed = false;
for (const [name, make, scan] of cases) {
  const small = make(100_000);
  const large = make(200_000);
  const a = time(() => scan(small));
  const b = time(() => scan(large));
  const ratio = b / Math.max(a, 0.05);
  const ok = ratio < 3.5 || b < 5;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: 100 KB ${a.toFixed(1)} ms, 200 KB ${b.toFixed(1)} ms (×${ratio.toFixed(2)})`);
}
process.exitCode = failed ? 1 : 0;
