/**
 * Generators for the catalog pages issue 11 names as pathological for the parsers, and those this suite found
 * (each also a regression test in test/unit/catalog/parsers/boundedWork.test.ts).
 */
import fc from 'fast-check';
import type { CatalogPageFormat } from '../../server/src/catalog/parsers/parseCatalogPage';

export interface HostilePage {
  name: string;
  format: CatalogPageFormat;
  text: string;
}

const header = '| Status Code | Message | Description |\n| --- | --- | --- |\n';

export const hostilePage: fc.Arbitrary<HostilePage> = fc.oneof(
  // HTML colspan/rowspan span expansion.
  fc.integer({ min: 50, max: 400 }).map((cells) => ({
    name: 'html-spans',
    format: 'html' as const,
    text: `<table><tr><th>Status Code</th><th>Description</th></tr>${'<tr><td colspan="1000" rowspan="65534">409</td></tr>'.repeat(cells)}</table>`,
  })),
  // An RST cell with a backtick span holding a long run of spaces (inline-markup stripper).
  fc.integer({ min: 5_000, max: 100_000 }).map((spaces) => ({
    name: 'rst-backtick-spaces',
    format: 'rst' as const,
    text: `.. list-table::\n   :header-rows: 1\n\n   * - Status Code\n     - Description\n   * - 409\n     - \`\`a${' '.repeat(spaces)}b\n`,
  })),
  // Markdown with `[a](` repeated (link stripper).
  fc.integer({ min: 5_000, max: 30_000 }).map((times) => ({
    name: 'markdown-link-openers',
    format: 'markdown' as const,
    text: `${header}| 409 | Conflict | ${'[a]('.repeat(times)} |\n`,
  })),
  // A run of `[` before a long line of cells (found by this suite: 111 KB, 1.8 s; link stripper).
  fc.tuple(fc.integer({ min: 2000, max: 4000 }), fc.integer({ min: 4000, max: 6000 })).map(([brackets, cells]) => ({
    name: 'markdown-brackets-before-long-line',
    format: 'markdown' as const,
    text: `${'['.repeat(brackets)}${'| 409 | Conflict '.repeat(cells)}\n${header}| 409 | Conflict | x |\n`,
  })),
  // Tables nested thousands deep in a Markdown page (found by this suite: the parse stalled for minutes).
  fc.integer({ min: 500, max: 2500 }).map((depth) => ({
    name: 'html-nested-tables',
    format: 'markdown' as const,
    text: `${'<table><tr><td>'.repeat(depth)}409${'</td></tr></table>'.repeat(depth)}\n`,
  })),
  // One RST grid cell of very many lines (Math.min(...spread)).
  fc.integer({ min: 120_000, max: 130_000 }).map((lines) => ({
    name: 'rst-grid-tall-cell',
    format: 'rst' as const,
    text: `+------+------+\n| Code | Desc |\n+======+======+\n| 409  | x    |\n${'|      | y    |\n'.repeat(lines)}+------+------+\n`,
  })),
);
