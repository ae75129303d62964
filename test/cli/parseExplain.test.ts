/** `status-catalog parse --explain`: each table of a page, whether it was read as a status table, and why not. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function page(name: string, lines: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'status-catalog-explain-'));
  const path = join(folder, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

const EXIT_CODES = page('exit-codes.md', [
  '# Installer', // 1
  '', // 2
  '| Code | Description |', // 3
  '| --- | --- |', // 4
  '| **0** | Success |', // 5
  '| **1** | General error |', // 6
  '| **2** | Misuse of shell builtins |', // 7
  '| **126** | Command cannot execute |', // 8
]);

const STATUS_CODES = page('orders-status-codes.md', [
  '# Orders API', // 1
  '', // 2
  '| Name | Value |', // 3
  '|---|---|', // 4
  '| limit | 100 |', // 5
  '', // 6
  '| Status Code | Message |', // 7
  '|---|---|', // 8
  '| 200 | OK |', // 9
  '| 404 | Not Found |', // 10
]);

describe('status-catalog parse --explain', () => {
  it('says why a page without entries has none', () => {
    const { status, stdout } = run('parse', '--explain', EXIT_CODES);
    assert.equal(status, 0);
    assert.equal(
      stdout,
      [
        `${EXIT_CODES}: 0 entries, 0 problems`,
        '  1 table found:',
        '      3  not a status table: codes 0, 1, 2, 126: an exit-code table',
        '',
      ].join('\n'),
    );
  });

  it('lists every table of a positive page, read or not, and carries the verdicts in --json', () => {
    const { status, stdout } = run('parse', '--explain', STATUS_CODES);
    assert.equal(status, 0);
    assert.match(stdout, /^ {6}3 {2}not a status table: the column 'Value' holds values, not status codes$/m);
    assert.match(stdout, /^ {6}7 {2}status table, 2 entries: status codes in column 1 \('Status Code'\), messages from column 2 \('Message'\)$/m);
    const [report] = JSON.parse(run('parse', '--json', '--explain', STATUS_CODES).stdout) as Array<{ tables: unknown[] }>;
    assert.deepEqual(report!.tables, [
      { line: 3, rows: 2, status: false, entries: 0, reason: "the column 'Value' holds values, not status codes" },
      { line: 7, rows: 3, status: true, entries: 2, reason: "status codes in column 1 ('Status Code'), messages from column 2 ('Message')" },
    ]);
  });

  it('without --explain, reports carry no verdicts', () => {
    const [report] = JSON.parse(run('parse', '--json', STATUS_CODES).stdout) as Array<Record<string, unknown>>;
    assert.equal('tables' in report!, false);
  });
});
