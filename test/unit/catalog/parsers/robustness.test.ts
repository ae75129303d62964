// The parser never hangs and never throws: garbage, huge inputs, unterminated and mangled tables.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';

const FORMATS = ['markdown', 'html', 'rst'] as const;
const PAGES = join(__dirname, '..', '..', '..', 'fixtures', 'catalog-pages', 'pages');

/** Parses in every format and checks the result's shape. */
function parseEverywhere(text: string): void {
  for (const format of FORMATS) {
    const result = parseCatalogPage(text, format);
    assert.ok(Array.isArray(result.entries) && Array.isArray(result.problems));
    for (const entry of result.entries) {
      assert.ok(Number.isInteger(entry.code) && entry.code >= 100 && entry.code <= 999);
      assert.ok(Number.isInteger(entry.line) && entry.line >= 1);
    }
    for (const problem of result.problems) assert.doesNotMatch(problem.message, /^could not read/, problem.message);
  }
}

test('garbage of every kind', () => {
  const samples = [
    '<<<<>>>>&&&&;;;;', '<table', '</table></table>', '<table><tr><td rowspan="-1" colspan="abc">200',
    '<td rowspan=0 colspan=0>200</td>'.repeat(50), '+', '+-', '+--+\n|', '+--+--+\n| 200 |', '|--|', '| a |\n|--|',
    '=== ===', '=== ===\n\n\n', '.. list-table::', '.. list-table::\n   * -', '.. list-table::\n   :header-rows: x\n\n   * - 200\n   * -',
    '.. csv-table::', '.. csv-table::\n   :header: "a', '.. csv-table::\n\n   "200, OK', '.. csv-table::\n   :delim:\n   :quote:\n\n   ,,,\n   """',
    '\u0000\u0001\uFFFF\uD800', '```\n<table>', '-   \n    <table><tr><td>999</td></tr></table>', '# \n#\n##', '=\n=\n=',
  ];
  for (const sample of samples) parseEverywhere(sample);
});

// A hang guard only (the timeout): how the parse time grows with the input is measured by `npm run bench:parsers`.
test('huge inputs finish and keep their shape', { timeout: 60_000 }, () => {
  const inputs = [
    '<table>'.repeat(20000),
    '<table><tr><td>200</td><td>OK</td><td>x</td></tr></table>\n'.repeat(5000),
    '+---+---+\n| 200 | OK |\n'.repeat(5000),
    '=== ===\n200 OK\n'.repeat(5000),
    '| a | b |\n|--|--|\n| 200 | OK |\n'.repeat(5000),
    '<ul>'.repeat(20000) + '<table><tr><td>200<ul><li>'.repeat(1000),
    '.. list-table::\n   :header-rows: 1\n\n' + '   * - 200\n     - OK\n'.repeat(5000),
    '.. csv-table::\n   :header: "Code", "Message"\n\n' + '   200, "OK, ""fine"""\n'.repeat(5000) + '   "' + 'x\n   '.repeat(5000),
    `+${'-+'.repeat(5000)}\n|${' |'.repeat(5000)}\n`.repeat(20),
    'x'.repeat(1_000_000),
  ];
  for (const input of inputs) parseEverywhere(input);
});

test('mangled real pages: cut, duplicated and spliced at random places', () => {
  const pages = readdirSync(PAGES).map((name) => readFileSync(join(PAGES, name), 'utf8'));
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const noise = ['|', '+', '=', '-', '*', '<', '>', '&', '`', '\n', ' ', '\t', '<td>', '</tr>', '<table>'];
  for (let round = 0; round < 150; round++) {
    let text = pages[Math.floor(random() * pages.length)]!;
    for (let edit = 0; edit < 4; edit++) {
      const [from, to] = [Math.floor(random() * text.length), Math.floor(random() * text.length)].sort((a, b) => a - b) as [number, number];
      const choice = random();
      if (choice < 0.3) text = text.slice(0, from) + text.slice(to);
      else if (choice < 0.6) text = text.slice(0, from) + text.slice(from, Math.min(to, from + 400)) + text.slice(from);
      else if (choice < 0.7) text = text.slice(0, from);
      else text = text.slice(0, from) + noise[Math.floor(random() * noise.length)]!.repeat(1 + Math.floor(random() * 30)) + text.slice(from);
    }
    parseEverywhere(text);
  }
});
