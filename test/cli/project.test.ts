/**
 * `status-catalog check` and `list` on the fixture project (test/fixtures/project), as CI runs them: no flags,
 * the config file found by walking up; exit codes, formats and argument handling.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PROJECT = join(ROOT, 'test', 'fixtures', 'project');

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOfProject(): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-cli-project-')));
  cpSync(PROJECT, folder, { recursive: true });
  return folder;
}

const STYLISH = [
  'fixtures/order-response.json',
  /^ {2}3:27 {5}error {7}410 is not documented by .* \(orders\); it is the standard 410 Gone {2}undocumentedCode$/,
  '',
  'src/orders.ts',
  /^ {2}14:14 {4}warning {5}418 is not documented by .* \(orders\); it is the standard 418 \(Unused\) {2}undocumentedCode$/,
  '  15:3     warning     Unused status-catalog-disable-next-line directive (no invalidCode problem is reported here)  unusedSuppression',
  '  17:14    error       700 is not an HTTP status code (100-599)  invalidCode',
  '',
  'catalogs/orders-status-codes.en.md',
  "  9:1      warning     status code cell '4x2' is not a three-digit code  catalogProblem",
  '',
  '5 problems (2 errors, 3 warnings)',
  '',
];

describe('status-catalog check on a project with a config file', () => {
  it('reports what the config decides, the catalog problem included, and exits 1 on errors', () => {
    const { status, stdout, stderr } = run(PROJECT, 'check');
    assert.equal(status, 1, stderr);
    const lines = stdout.split('\n');
    assert.equal(lines.length, STYLISH.length, stdout);
    STYLISH.forEach((expected, index) => {
      if (typeof expected === 'string') assert.equal(lines[index], expected);
      else assert.match(lines[index]!, expected);
    });
  });

  it('leaves out the ignored folder even when given by name, saying so', () => {
    const { status, stdout, stderr } = run(PROJECT, 'check', 'generated/client.ts');
    assert.equal(status, 0);
    assert.equal(stdout, 'status-catalog: no problems in 0 files\n');
    assert.match(stderr, /generated\/client\.ts: left out by "ignore" in .*status-catalog\.config\.json/);
  });

  it('counts catalog problems toward the exit code by their severity: --quiet keeps errors only, --max-warnings counts warnings', () => {
    const quiet = run(PROJECT, 'check', '--quiet', '--format', 'json');
    assert.deepEqual((JSON.parse(quiet.stdout) as Array<{ rule: string }>).map((p) => p.rule), ['undocumentedCode', 'invalidCode']);
    const catalogsOnly = run(PROJECT, 'check', 'catalogs');
    assert.equal(catalogsOnly.status, 0, 'no source file was checked, and the catalog problem is a warning');
    const withCatalogWarning = run(PROJECT, 'check', '--max-warnings', '0', 'src/orders.ts');
    assert.equal(withCatalogWarning.status, 1);
    assert.match(withCatalogWarning.stdout, /catalogProblem/);
  });

  it('writes GitHub workflow annotations and a summary line', () => {
    const { stdout } = run(PROJECT, 'check', '--format', 'github', 'src/orders.ts');
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[1], '::warning file=src/orders.ts,line=15,col=3,endLine=15,endColumn=50,title=status-catalog unusedSuppression::Unused status-catalog-disable-next-line directive (no invalidCode problem is reported here)');
    assert.equal(lines[3], "::warning file=catalogs/orders-status-codes.en.md,line=9,col=1,endLine=9,endColumn=1,title=status-catalog catalogProblem::status code cell '4x2' is not a three-digit code");
    assert.equal(lines.at(-1), 'status-catalog: 4 problems (1 error, 3 warnings) in 1 file');
  });

  it('takes another config with --config, and refuses a malformed one with exit 2', () => {
    const folder = copyOfProject();
    writeFileSync(join(folder, 'strict.json'), JSON.stringify({ catalogs: ['orders'], catalogPaths: ['catalogs'], severity: { undocumentedCode: 'ignore', unusedSuppression: 'ignore' } }));
    const strict = run(folder, 'check', '--config', 'strict.json', '--format', 'json', 'src');
    assert.deepEqual((JSON.parse(strict.stdout) as Array<{ rule: string }>).map((p) => p.rule), ['invalidCode', 'catalogProblem']);
    writeFileSync(join(folder, 'status-catalog.config.json'), '{ "catalogs": ["orders"], "severity": { "invalidCode": "loud" }, }');
    const broken = run(folder, 'check');
    assert.equal(broken.status, 2);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /status-catalog\.config\.json:1:56: error: the severity of invalidCode must be one of ignore, hint, information, warning, error/);
    writeFileSync(join(folder, 'status-catalog.config.json'), '{ "catalogs": ["conduit"] }');
    assert.match(run(folder, 'check').stderr, /status-catalog\.config\.json:1:16: warning: unknown catalog 'conduit': no catalog folder provides it/);
    assert.equal(run(folder, 'check', '--config', 'missing.json').status, 2);
  });

  it('respects .gitignore when walking folders, not for files named', () => {
    const folder = copyOfProject();
    mkdirSync(join(folder, 'tmp'));
    writeFileSync(join(folder, 'tmp', 'scratch.ts'), 'res.status(4040);\n');
    writeFileSync(join(folder, '.gitignore'), 'tmp/\n');
    assert.doesNotMatch(run(folder, 'check', '--format', 'json').stdout, /scratch/);
    assert.match(run(folder, 'check', '--format', 'json', 'tmp/scratch.ts').stdout, /4040 is not an HTTP status code/);
  });
});

describe('status-catalog list on a project with a config file', () => {
  it('prints each literal with the catalog that documents it and its message', () => {
    const { status, stdout } = run(PROJECT, 'list', 'src');
    assert.equal(status, 0);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'src/orders.ts:6:36  422   orders: Unprocessable Entity',
      'src/orders.ts:7:14  201   orders: Created',
      'src/orders.ts:11:14  409   orders: Conflict',
      'src/orders.ts:13:14  418   not documented (standard: (Unused))',
      'src/orders.ts:14:14  418   not documented (standard: (Unused))',
      'src/orders.ts:16:14  404   orders: Not Found',
      'src/orders.ts:17:14  700   not documented',
    ]);
  });

  it('ends quietly when the reader stops early (list | head)', () => {
    const big = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-cli-pipe-')));
    writeFileSync(join(big, 'many.ts'), 'res.status(404);\n'.repeat(20000));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" list "${big}" | head -n 1`], { encoding: 'utf8' });
    assert.equal(result.stdout.split('\n').length, 2);
    assert.equal(result.stderr, '');
  });
});

describe('status-catalog arguments', () => {
  it('rejects unknown flags and options of another command with exit 2', () => {
    const typo = run(ROOT, 'check', '--formt', 'sarif', 'examples');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^status-catalog: Unknown option '--formt'\n/);
    assert.match(run(ROOT, 'list', '--format', 'json', 'examples').stderr, /--format is not an option of list/);
    assert.match(run(ROOT, 'check', '--max-warnings', 'many', 'examples').stderr, /--max-warnings takes a whole number, not 'many'/);
    assert.equal(run(ROOT, 'frobnicate').status, 2);
  });

  it('prints help and version on stdout with exit 0', () => {
    const help = run(ROOT, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage:\n {2}status-catalog parse/);
    assert.equal(run(ROOT, 'check', '-h').status, 0);
    assert.deepEqual(run(ROOT, '--version'), { status: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('names a missing catalog folder, an unknown locale and an unknown catalog id', () => {
    assert.match(run(ROOT, 'check', '--catalog-path', 'no/such/dir', 'examples').stderr, /--catalog-path: no such folder: no\/such\/dir/);
    assert.match(run(ROOT, 'check', '--locale', 'fr', 'examples').stderr, /unknown locale 'fr' \(known: en, zh\)/);
    const unknown = run(ROOT, 'list', '--catalog', 'conduit', 'examples');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown catalog conduit \(known: /);
  });
});
