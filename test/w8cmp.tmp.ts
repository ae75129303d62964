import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFromFileName, parseCatalogPage } from '/work/w8/server/src/catalog/parsers/parseCatalogPage';
const root = '/work/w8/test/fixtures/catalog-pages';
const only = process.argv[2];
let ok = 0, matched = 0, total = 0, n = 0;
for (const page of readdirSync(join(root, 'pages')).sort()) {
  if (only && !page.includes(only)) continue;
  n++;
  const truth = JSON.parse(readFileSync(join(root, 'truth', page + '.json'), 'utf8'));
  const r = parseCatalogPage(readFileSync(join(root, 'pages', page), 'utf8'), formatFromFileName(page)!);
  const k = (e: any) => `${e.code} ${JSON.stringify(e.message)} ${e.class ?? 'null'}`;
  const want = truth.entries.map(k), got = r.entries.map(k);
  total += want.length;
  const d: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) matched++; else d.push(`  #${i + 1}: want ${want[i] ?? '-'} | got ${got[i] ?? '-'}`);
  }
  for (const p of r.problems) d.push(`  problem ${p.line}: ${p.message}`);
  if (d.length === 0) ok++; else { console.log(page + ':'); console.log(d.slice(0, Number(process.env.MAX ?? 12)).join('\n')); }
}
console.log(`ok ${ok}/${n} pages, ${matched}/${total} entries`);
