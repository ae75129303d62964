// Benchmark: the inline-markup scanners on the inputs that used to backtrack (issue 11), at two sizes.
// usage: node --import tsx bench/inlineMarkup.ts
// Absolute times are noisy on shared machines, so the check is a ratio measured in this one run: doubling the
// input must not much more than double the time (quadratic code would quadruple it).
import { stripMarkdownInline, stripRstInline } from '../server/src/catalog/parsers/inlineText';
import { parseCatalogPage } from '../server/src/catalog/parsers/parseCatalogPage';

const cases: Array<[string, (size: number) => string, (text: string) => unknown]> = [
  ['markdown [a]( repeated', (n) => '[a]('.repeat(n / 4), stripMarkdownInline],
  ['markdown **a repeated', (n) => '**a '.repeat(n / 4), stripMarkdownInline],
  ['markdown backtick fences', (n) => '`a``b```c'.repeat(n / 9), stripMarkdownInline],
  ['rst reference full of spaces', (n) => '`text' + ' '.repeat(n) + '<x', stripRstInline],
  ['rst **a repeated', (n) => '**a '.repeat(n / 4), stripRstInline],
  ['rst grid cell with a literal of spaces', (n) => ['+----+', `| \`\`${' '.repeat(n)} |`, '+----+'].join('\n'), (t) => parseCatalogPage(t, 'rst')],
];

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
