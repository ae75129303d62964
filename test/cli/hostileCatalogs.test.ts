/** The CLI on hostile catalogs (issue 11): a clear problem and exit code 1, never a stack trace or a hang. */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('status-catalog parse on hostile catalogs', () => {
  it('reports a JSON catalog nested 7,000 deep instead of crashing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-deep-'));
    writeFileSync(join(folder, 'deep.json'), `{"entries": ${'['.repeat(7000)}${']'.repeat(7000)}}`);
    const result = spawnSync(process.execPath, [CLI, 'parse', '--json', join(folder, 'deep.json')], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr, '');
    const [report] = JSON.parse(result.stdout) as Array<{ problems: unknown[] }>;
    assert.deepEqual(report!.problems, [{ line: 1, message: 'JSON nested more than 64 levels deep; catalog not read' }]);
  });

  it('reports a FIFO instead of blocking in a read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-fifo-'));
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    const result = spawnSync(process.execPath, [CLI, 'parse', '--json', join(folder, 'pipe.md')], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.signal, null, 'the CLI hung');
    assert.equal(result.status, 1);
    const [report] = JSON.parse(result.stdout) as Array<{ problems: unknown[] }>;
    assert.deepEqual(report!.problems, [{ line: 1, message: 'cannot read file: is not a regular file (a FIFO); not read' }]);
  });
});
