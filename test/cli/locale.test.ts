/** The command line follows `--locale`: diagnostics and the summary line in Chinese. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

describe('status-catalog check --locale zh', () => {
  it('words diagnostics and the summary in Chinese', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-zh-'));
    const file = join(folder, 'a.ts');
    writeFileSync(file, '// status-catalog: dds\nres.status(418);\nres.status(4040);\n');
    const { status, stdout } = spawnSync(process.execPath, [CLI, 'check', '--locale', 'zh', file], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(status, 1);
    const lines = stdout.split('\n');
    assert.ok(lines.some((line) => line.includes('文档数据库服务 (dds)未记录 418；它是标准状态码 418 (Unused)')), stdout);
    assert.ok(lines.some((line) => line.includes('4040 不是 HTTP 状态码（100-599）')), stdout);
    assert.ok(lines.includes('2 个问题（1 个错误，1 个警告）'), stdout);
  });

  it('says "1 problem", not "1 problems"', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-one-'));
    writeFileSync(join(folder, 'a.ts'), 'res.status(4040);\n');
    const { stdout } = spawnSync(process.execPath, [CLI, 'check', join(folder, 'a.ts')], { cwd: ROOT, encoding: 'utf8' });
    assert.ok(stdout.includes('\n1 problem (1 error, 0 warnings)\n'), stdout);
  });
});
