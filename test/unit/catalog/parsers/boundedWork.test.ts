// Work bounded by the input (issue 11): HTML span expansion produces at most a capped number of
// positions, and a rowspan past the last row ends with the table; a huge grid-table cell cannot overflow
// the stack and lose the page's tables; deep nesting around RST tables is not recursion. Counts are
// asserted, not times (speed targets live in benchmarks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { descendantElements, parseHtmlFragment } from '../../../../server/src/catalog/parsers/htmlParser';
import { MAX_TABLE_SLOTS, MAX_TABLE_WIDTH, readHtmlTable } from '../../../../server/src/catalog/parsers/htmlTables';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';

function htmlRows(html: string) {
  const [table] = descendantElements(parseHtmlFragment(html), 'table');
  return readHtmlTable(table!, () => 1);
}

function positions(rows: ReturnType<typeof htmlRows>['rows']): number {
  let count = 0;
  for (const row of rows) for (const slot of row.slots) if (slot !== undefined) count++;
  return count;
}

test('colspan="1000" rowspan="65534" on every cell: positions are capped and the table is marked truncated', () => {
  const cells = '<td colspan="1000" rowspan="65534">x</td>'.repeat(10);
  const html = `<table><tr><td>Code</td><td>Message</td></tr>${`<tr>${cells}</tr>`.repeat(250)}</table>`;
  assert.ok(html.length > 10_000);
  const read = htmlRows(html);
  assert.ok(positions(read.rows) <= MAX_TABLE_SLOTS + MAX_TABLE_WIDTH, `${positions(read.rows)} positions`);
  assert.ok(read.rows.every((row) => row.slots.length <= MAX_TABLE_WIDTH));
  assert.equal(read.truncated, true);
  // The page still parses, without a crash.
  const result = parseCatalogPage(html, 'html');
  assert.ok(result.problems.every((p) => !p.message.startsWith('could not read')));
});

test('a rowspan beyond the table rows ends with the table; an ordinary rowspan still covers its rows', () => {
  const read = htmlRows('<table><tr><td rowspan="65534">200</td><td>OK</td></tr><tr><td>Fine</td></tr></table>');
  assert.equal(read.rows.length, 2);
  assert.deepEqual(read.rows.map((row) => row.slots.map((slot) => slot?.kind)), [['cell', 'cell'], ['rowspan', 'cell']]);
  assert.equal(read.truncated, false);
});

test('a grid-table cell of 120,000 lines does not lose the page tables', () => {
  const page = [
    '+------+---------+', '| Code | Message |', '+======+=========+', '| 200  | OK      |',
    ...new Array<string>(120_000).fill('|      | more    |'),
    '+------+---------+', '| 404  | Nope    |', '+------+---------+',
  ].join('\n');
  const result = parseCatalogPage(page, 'rst');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.entries.map((e) => e.code), [200, 404]);
  assert.equal(result.entries[0]!.message?.startsWith('OK more more'), true);
});

test('a table under 20,000 nested bullets and a list-table cell of 120,000 lines still read', () => {
  const nested = Array.from({ length: 20_000 }, (_, depth) => `${' '.repeat(depth % 200)}- level`).join('\n');
  const table = ['', '.. list-table::', '   :header-rows: 1', '', '   * - Code', '     - Message', '   * - 200', '     - OK', ...new Array<string>(120_000).fill('       more'), '   * - 503', '     - Busy'];
  const result = parseCatalogPage(`${nested}\n${table.join('\n')}`, 'rst');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.entries.map((e) => e.code), [200, 503]);
});

test('an HTML cell with a nested list of 150,000 items does not lose the table', () => {
  const html = `<table><tr><th>Code</th><th>Message</th><th>Description</th></tr><tr><td>200</td><td>OK</td><td><ul><li>x<ul>${'<li>a</li>'.repeat(150_000)}</ul></li></ul></td></tr></table>`;
  const result = parseCatalogPage(html, 'html');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.entries.map((e) => [e.code, e.message]), [[200, 'OK']]);
});

// Found by the fuzz suite (test/fuzz/hostilePages.ts): an 88 KB page of this shape took 2.6 s in the link stripper.
test('a run of 4,000 [ before a long line of cells: the table below still reads, exactly', () => {
  const header = '| Status Code | Message | Description |\n| --- | --- | --- |\n';
  const page = `${'['.repeat(4000)}${'| 409 | Conflict '.repeat(5000)}\n${header}| 409 | Conflict | x |\n`;
  const result = parseCatalogPage(page, 'markdown');
  assert.deepEqual(
    result.entries.map((e) => ({ code: e.code, line: e.line, message: e.message, description: e.description })),
    [{ code: 409, line: 4, message: 'Conflict', description: 'x' }],
  );
  assert.deepEqual(result.problems, []);
});

// Found by the fuzz suite: tables nested thousands deep in a Markdown page stalled the parse for minutes.
test('tables nested 2,000 deep in Markdown: one entry, no problem', () => {
  const page = `${'<table><tr><td>'.repeat(2000)}409${'</td></tr></table>'.repeat(2000)}\n`;
  const result = parseCatalogPage(page, 'markdown');
  assert.deepEqual(
    result.entries.map((e) => ({ code: e.code, line: e.line, message: e.message, description: e.description })),
    [{ code: 409, line: 1, message: null, description: '' }],
  );
  assert.deepEqual(result.problems, []);
});

test('status tables nested 2,000 deep: each level is a table of its own, the innermost keeps its message', () => {
  const level = '<table><tr><th>Status Code</th><th>Description</th></tr><tr><td>409</td><td>';
  const page = `${level.repeat(2000)}Conflict${'</td></tr></table>'.repeat(2000)}\n`;
  const result = parseCatalogPage(page, 'html');
  assert.equal(result.entries.length, 2000);
  assert.ok(result.entries.every((e) => e.code === 409 && e.line === 1));
  assert.deepEqual(result.entries.filter((e) => e.message !== null).map((e) => e.message), ['Conflict']);
  assert.deepEqual(result.problems, []);
});
