/** The `status-catalog` command line, run from the bundle as a user runs it (dist/cli.js). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('status-catalog parse', () => {
  it('prints one JSON array, an object per file in the order given, and exits 0 when all parsed', () => {
    const { status, stdout } = run('parse', '--json', 'catalogs/ddm-status-codes.en.rst', 'catalogs/bms-status-codes.en.md');
    assert.equal(status, 0);
    const reports = JSON.parse(stdout) as Array<{ file: string; entries: Array<Record<string, unknown>>; problems: unknown[] }>;
    assert.deepEqual(reports.map((r) => [r.file, r.entries.length, r.problems.length]), [
      ['catalogs/ddm-status-codes.en.rst', 13, 0],
      ['catalogs/bms-status-codes.en.md', 18, 0],
    ]);
    assert.deepEqual(reports[0]!.entries[1], {
      code: 202,
      message: 'OK',
      class: 'normal',
      description: 'The asynchronous request is submitted successfully.',
      line: 21,
    });
  });

  it('reports unreadable, unsupported and malformed files and goes on, exiting 1', () => {
    const folder = scratch({
      'bad.md': '| Status Code | Message | Description |\n| --- | --- | --- |\n| 200 | OK | Fine. |\n| 2x0 | Bad | Not a code. |\n',
      'notes.txt': 'hello',
    });
    const { status, stdout } = run('parse', '--json', join(folder, 'missing.md'), join(folder, 'notes.txt'), join(folder, 'bad.md'));
    assert.equal(status, 1);
    const reports = JSON.parse(stdout) as Array<{ entries: Array<{ code: number }>; problems: Array<{ line: number; message: string }> }>;
    assert.equal(reports.length, 3);
    assert.match(reports[0]!.problems[0]!.message, /^cannot read file: ENOENT/);
    assert.deepEqual(reports[1]!.problems, [{ line: 1, message: 'unsupported catalog format (expected .md, .html, .rst, .json, or an OpenAPI .yaml)' }]);
    assert.deepEqual(reports[2]!.entries.map((e) => e.code), [200]);
    assert.equal(reports[2]!.problems[0]!.line, 4);
  });

  it('prints a readable table without --json', () => {
    const { status, stdout } = run('parse', 'catalogs/ddm-status-codes.en.rst');
    assert.equal(status, 0);
    assert.match(stdout, /^catalogs\/ddm-status-codes\.en\.rst: 13 entries, 0 problems\n/);
    assert.match(stdout, /\n\s+49 {2}409 {2}Conflict\s+abnormal {2}The request could not be processed/);
  });
});

describe('status-catalog list', () => {
  it('lists status literals with 1-based UTF-16 positions, a string at its quote, and whether they are documented', () => {
    const folder = scratch({
      'a.ts': "// status-catalog: dds\nconst s = '😀'; res.status(409);\nres.status(418);\nconst width = 200;\n",
      'b.json': '{ "responses": { "404": {}, "4XX": {} } }',
    });
    const { status, stdout } = run('list', '--json', folder);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), [
      {
        file: join(folder, 'a.ts'),
        line: 2,
        column: 28,
        endLine: 2,
        endColumn: 31,
        code: 409,
        text: '409',
        known: true,
        catalogs: [{ id: 'dds', message: 'Conflict' }],
        standard: 'Conflict',
        rule: 'express.res-status',
      },
      { file: join(folder, 'a.ts'), line: 3, column: 12, endLine: 3, endColumn: 15, code: 418, text: '418', known: false, catalogs: [], standard: '(Unused)', rule: 'express.res-status' },
      // Nothing scopes b.json and the folder has no catalog of its own: no catalog is consulted.
      { file: join(folder, 'b.json'), line: 1, column: 18, endLine: 1, endColumn: 23, code: 404, text: '"404"', known: false, catalogs: [], standard: 'Not Found', rule: 'openapi.response-key' },
      { file: join(folder, 'b.json'), line: 1, column: 29, endLine: 1, endColumn: 34, code: '4XX', text: '"4XX"', known: false, catalogs: [], standard: null, rule: 'openapi.response-key' },
    ]);
  });

  it('--explain prints the rule of each literal, and at FILE:LINE:COL why a number is or is not reported', () => {
    const folder = scratch({ 'a.ts': "res.status(404);\nconst width = 404;\nif (spawnSync('x').status === 130) {}\n" });
    const file = join(folder, 'a.ts');
    const listed = run('list', '--explain', folder);
    assert.equal(listed.status, 0);
    assert.equal(listed.stdout, `${file}:1:12  404   not documented (standard: Not Found)  [express.res-status]\n`);
    const explained = run('list', '--explain', `${file}:1:12`, `${file}:2:15`, `${file}:3:33`, `${file}:3:2`);
    assert.equal(explained.stdout, [
      `${file}:1:12  404  reported, found by express.res-status`,
      `${file}:2:15  404  not reported: no rule applied`,
      `${file}:3:33  130  not reported: dropped by filter.informational-gap (status.comparison found, filter.informational-gap dropped)`,
      `${file}:3:2  no number or code-shaped string here`,
    ].join('\n') + '\n');
  });

  it('narrows to the catalogs named, and rejects unknown ones', () => {
    const folder = scratch({ 'a.ts': 'res.status(413);\n' });
    const listed = JSON.parse(run('list', '--json', '--catalog', 'bms', folder).stdout) as Array<{ known: boolean }>;
    assert.deepEqual(listed.map((l) => l.known), [false]);
    const { status, stderr } = run('list', '--catalog', 'nope', folder);
    assert.equal(status, 2);
    assert.match(stderr, /unknown catalog nope \(known: dds, ddm, bms, css\)/);
  });

  it('skips node_modules and .git', () => {
    const folder = scratch({ 'a.ts': 'res.status(404);\n' });
    const nested = join(folder, 'node_modules');
    mkdirSync(nested);
    writeFileSync(join(nested, 'b.ts'), 'res.status(404);\n');
    assert.equal((JSON.parse(run('list', '--json', folder).stdout) as unknown[]).length, 1);
  });
});

describe('status-catalog check', () => {
  const folder = scratch({ 'a.ts': '// status-catalog: dds\nres.status(418);\nres.status(4040);\n', 'ok.ts': '// status-catalog: dds\nres.status(409);\n' });

  it('prints stylish problems and exits 1 on an error', () => {
    const { status, stdout } = run('check', join(folder, 'a.ts'));
    assert.equal(status, 1);
    assert.equal(
      stdout,
      [
        join(folder, 'a.ts'),
        '  2:12     warning     418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)  undocumentedCode',
        '  3:12     error       4040 is not an HTTP status code (100-599)  invalidCode',
        '',
        '2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on warnings unless --max-warnings is exceeded', () => {
    const warnOnly = scratch({ 'w.ts': '// status-catalog: dds\nres.status(418);\n' });
    assert.equal(run('check', warnOnly).status, 0);
    assert.equal(run('check', '--max-warnings', '1', warnOnly).status, 0);
    assert.equal(run('check', '--max-warnings', '0', warnOnly).status, 1);
    assert.equal(run('check', join(folder, 'ok.ts')).stdout, 'status-catalog: no problems in 1 file\n');
  });

  it('writes JSON and SARIF 2.1.0', () => {
    const json = JSON.parse(run('check', '--format', 'json', join(folder, 'a.ts')).stdout) as Array<{ rule: string; line: number; severity: string }>;
    assert.deepEqual(json.map((p) => [p.rule, p.line, p.severity]), [
      ['undocumentedCode', 2, 'warning'],
      ['invalidCode', 3, 'error'],
    ]);
    const sarif = JSON.parse(run('check', '--format', 'sarif', join(folder, 'a.ts')).stdout);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }>;
    assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn]), [
      ['undocumentedCode', 'warning', 2, 12],
      ['invalidCode', 'error', 3, 12],
    ]);
  });

  it('explains its usage on bad arguments', () => {
    const { status, stderr } = run('check', '--format', 'xml', folder);
    assert.equal(status, 2);
    assert.match(stderr, /unknown format 'xml'/);
  });
});
