// Benchmark: TypeScript detection on the shapes that used to grow quadratically (issue 11), at two sizes, beside
// the TypeScript parser alone on the same text (the floor detection cannot go under).
// usage: node --expose-gc --import tsx bench/detectionGrowth.ts
// Absolute times are noisy on shared machines, so the check is a ratio measured in this one run: doubling the
// input must not much more than double the time (quadratic code would quadruple it). The parse is printed for
// scale only: a chain of thousands of status literals is legitimately several times its parse, each one judged.
import { detectDocument } from '../server/src/detection/detectDocument';
import { parseTypeScript } from '../server/src/detection/findTypeScriptLiterals';

const cases: Array<[string, (size: number) => string]> = [
  ['a run of "| 409 | Conflict" after code', (n) => `res.status(200);\n${'| 409 | Conflict '.repeat(n / 17)}`],
  ['a fallback chain of 404 || …', (n) => `res.status(${'404 || '.repeat(n / 7)}500);`],
  ['a nullish chain of 404 ?? …', (n) => `res.status(${'404 ?? '.repeat(n / 7)}500);`],
  ['a run of || tokens', (n) => '||'.repeat(n / 2)],
  ['status calls, one a line', (n) => 'res.status(404);\n'.repeat(n / 17)],
  ['comparisons joined by &&', (n) => `if (${'res.status === 404 && '.repeat(n / 22)}ok) {}`],
];

/** CPU milliseconds, the quickest of three (a collection first, so earlier garbage is not billed). */
function cpu(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

let failed = false;
for (const [name, make] of cases) {
  const small = make(100_000);
  const large = make(200_000);
  const a = cpu(() => detectDocument(small, 'typescript'));
  const b = cpu(() => detectDocument(large, 'typescript'));
  const parse = cpu(() => parseTypeScript(large, 'typescript'));
  const growth = b / Math.max(a, 1);
  const overParse = b / Math.max(parse, 1);
  const ok = growth < 3.5 || b < 20;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: 100 KB ${a.toFixed(0)} ms, 200 KB ${b.toFixed(0)} ms (×${growth.toFixed(2)}); ` +
      `parse alone ${parse.toFixed(0)} ms (detection ×${overParse.toFixed(2)})`,
  );
}
process.exitCode = failed ? 1 : 0;
