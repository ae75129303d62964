/**
 * One fixture project (test/fixtures/project: a config file, a catalog folder with a malformed row, TS and JSON
 * files, suppressions, an ignored folder) through the real server and the real CLI: the editor and CI must say
 * the same thing, and a config edit must take effect without a restart.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const FIXTURE = join(__dirname, '..', 'fixtures', 'project');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface Problem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('a project with status-catalog.config.json, in the server and the CLI', () => {
  let root: string;
  let client: LspClient;
  const uri = (path: string) => pathToFileURL(join(root, path)).href;
  const SOURCES = ['src/orders.ts', 'fixtures/order-response.json', 'generated/client.ts'];
  const CATALOG = 'catalogs/orders-status-codes.en.md';

  before(async () => {
    // A copy, so that the config can be edited; realpath, so the server's and the CLI's paths agree.
    root = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-project-')));
    cpSync(FIXTURE, root, { recursive: true });
    client = await LspClient.start({ settings: {}, rootUri: pathToFileURL(root).href });
    for (const path of SOURCES) {
      const languageId = path.endsWith('.json') ? 'json' : 'typescript';
      await client.open(uri(path), languageId, readFileSync(join(root, path), 'utf8'));
    }
  });
  after(() => client.stop());

  async function serverProblems(): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const path of [...SOURCES, CATALOG]) {
      const diagnostics = await client.waitForDiagnostics(uri(path), (p) => path.startsWith('generated/') || p.diagnostics.length > 0);
      problems.push(...diagnostics.map((d) => toProblem(path, d)));
    }
    return problems;
  }

  function toProblem(path: string, d: Diagnostic): Problem {
    const catalogProblem = d.code === 'catalogProblem';
    return {
      file: path,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      // A catalog problem marks its whole line in the editor; the CLI gives its line.
      endLine: catalogProblem ? d.range.start.line + 1 : d.range.end.line + 1,
      endColumn: catalogProblem ? 1 : d.range.end.character + 1,
      severity: SEVERITY[d.severity ?? 2]!,
      rule: String(d.code),
      message: typeof d.message === 'string' ? d.message : String(d.message),
    };
  }

  function check(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: root, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('consults the project catalog in the hover, and not the bundled ones', async () => {
    const text = markdown(await client.hover(uri('src/orders.ts'), { line: 10, character: 15 }));
    assert.match(text, /The order was changed by someone else; read it again\./);
    assert.match(text, /orders-status-codes\.en\.md:8/);
    assert.match(text, /Catalogs consulted: .*\borders\b/);
    assert.doesNotMatch(text, /Document Database Service|\bdds\b/);
  });

  it('publishes the diagnostics the config decides: suppressions applied, the unused one reported, JSON overridden, generated/ ignored', async () => {
    const problems = await serverProblems();
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.severity, p.rule]),
      [
        ['src/orders.ts', 14, 'warning', 'undocumentedCode'],
        ['src/orders.ts', 15, 'warning', 'unusedSuppression'],
        ['src/orders.ts', 17, 'error', 'invalidCode'],
        ['fixtures/order-response.json', 3, 'error', 'undocumentedCode'],
        [CATALOG, 9, 'warning', 'catalogProblem'],
      ],
    );
    assert.equal(problems[1]!.message, 'Unused status-catalog-disable-next-line directive (no invalidCode problem is reported here)');
    assert.equal(problems[4]!.message, "status code cell '4x2' is not a three-digit code");
  });

  it('gives exactly the same diagnostics as `status-catalog check` without flags', async () => {
    const fromServer = await serverProblems();
    const { status, stdout } = check('--format', 'json');
    assert.equal(status, 1);
    const fromCli = (JSON.parse(stdout) as Problem[]).map((p) => ({ ...p, file: p.file.split(sep).join('/') }));
    const order = (problems: Problem[]) => [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    assert.deepEqual(order(fromCli), order(fromServer));
  });

  it('puts the catalog problem in SARIF at the catalog file and line', () => {
    const sarif = JSON.parse(check('--format', 'sarif').stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
    const catalog = results.filter((r) => r.ruleId === 'catalogProblem');
    assert.deepEqual(
      catalog.map((r) => [r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]),
      [['warning', CATALOG, 9]],
    );
  });

  it('reports a malformed config on the config file, and takes a config edit without a restart', async () => {
    const configPath = join(root, 'status-catalog.config.json');
    const configUri = pathToFileURL(configPath).href;
    const original = readFileSync(configPath, 'utf8');

    writeFileSync(configPath, '{ "catalogs": ["orders", "conduit"], "catalogPaths": ["catalogs"], "severity": { "invalidCode": "loud" } }');
    const problems = await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length === 2).catch((e) => {
      throw new Error(`${e}\n${client.logs.join('\n')}`);
    });
    assert.deepEqual(
      problems.map((d) => [d.severity, d.message]),
      [
        [1, 'the severity of invalidCode must be one of ignore, hint, information, warning, error'],
        [2, "unknown catalog 'conduit': no catalog folder provides it (known: dds, ddm, bms, css, orders)"],
      ],
    );
    assert.equal(check().status, 2);

    // The project now judges by the bundled dds catalog and ignores undocumented codes: the open file follows.
    writeFileSync(configPath, JSON.stringify({ catalogs: ['dds'], severity: { undocumentedCode: 'ignore', unusedSuppression: 'error' } }));
    const diagnostics = await client.waitForDiagnostics(uri('src/orders.ts'), (p) => !p.diagnostics.some((d) => d.code === 'undocumentedCode'));
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line + 1, d.code, d.severity]), [
      [12, 'unusedSuppression', 1],
      [15, 'unusedSuppression', 1],
      [17, 'invalidCode', 1],
    ]);
    const text = markdown(await client.hover(uri('src/orders.ts'), { line: 10, character: 15 }));
    assert.match(text, /Document Database Service/);
    assert.doesNotMatch(text, /The order was changed by someone else/);
    await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length === 0);
    writeFileSync(configPath, original);
    await client.waitForDiagnostics(uri('src/orders.ts'), (p) => p.diagnostics.some((d) => d.code === 'undocumentedCode'));
  });

  it('offers "Ignore for this line", which inserts a directive above the line', async () => {
    const diagnostics = await client.waitForDiagnostics(uri('src/orders.ts'), (p) => p.diagnostics.some((d) => d.code === 'undocumentedCode'));
    const undocumented = diagnostics.find((d) => d.code === 'undocumentedCode')!;
    const actions = (await client.codeActions(uri('src/orders.ts'), undocumented.range, [undocumented])) ?? [];
    const ignore = actions.find((a) => a.title === 'Ignore undocumentedCode for this line');
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(ignore.edit?.changes?.[uri('src/orders.ts')], [
      { range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, newText: '  // status-catalog-disable-next-line undocumentedCode\n' },
    ]);
    assert.equal(relative(root, fileURLToPath(uri('src/orders.ts'))), join('src', 'orders.ts'));
  });
});

describe('settings that point at nothing', () => {
  it('statusCatalog.catalogs naming a catalog no folder provides is logged and notified, once', async () => {
    const client = await LspClient.start({ settings: { catalogs: ['conduit'] } });
    const notified: Array<{ message: string; setting: string }> = [];
    client.connection.onNotification('statusCatalog/settingsProblem', (params: { message: string; setting: string }) => {
      notified.push(params);
    });
    try {
      await client.open('file:///nowhere/a.ts', 'typescript', 'res.status(409);\n');
      await client.waitForDiagnostics('file:///nowhere/a.ts');
      const deadline = Date.now() + 10_000;
      while (notified.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const message = "statusCatalog.catalogs names 'conduit', which no catalog folder provides (known: dds, ddm, bms, css)";
      assert.deepEqual(notified, [{ message, setting: 'statusCatalog.catalogs' }]);
      assert.ok(client.logs.includes(message), client.logs.join('\n'));
      await client.setSettings({ catalogs: ['conduit'], locale: 'en' });
      await client.setSettings({ catalogs: ['conduit'] });
      await client.hover('file:///nowhere/a.ts', { line: 0, character: 12 });
      assert.equal(notified.length, 1, 'the same problem is not shown again on every settings change');
    } finally {
      await client.stop();
    }
  });
});

describe("the editor's per-file diagnostics limit", () => {
  it('is said in the log when a file passes it, once', async () => {
    const client = await LspClient.start({ settings: {} });
    try {
      const uri = 'file:///nowhere/generated.ts';
      await client.open(uri, 'typescript', 'res.status(4040);\n'.repeat(1001));
      const diagnostics = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.equal(diagnostics.length, 1001);
      const said = client.logs.filter((line) => line.includes('has 1001 diagnostics; the editor shows only the first 1000'));
      assert.equal(said.length, 1, client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});
