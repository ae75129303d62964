/**
 * The config's `openapi` key over stdio: the named YAML spec is the catalog a handler's literal is judged by, an
 * edit of the spec changes the hover without a restart, a missing document is an error on its entry in the config,
 * and a syntax error in the spec is a problem on its line; the CLI says the same.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

const SPEC = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders/{id}:
    post:
      responses:
        '201':
          description: Created
        '409':
          description: An order with this id exists already
`;

const HANDLER = `app.post('/orders/:id', (req, res) => {
  if (exists(req.params.id)) return res.status(409).end();
  res.status(422).end();
});
`;

function markdown(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

describe('the config key openapi, in the server and the CLI', () => {
  let root: string;
  let client: LspClient;
  const uri = (path: string) => pathToFileURL(join(root, path)).href;

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-openapi-')));
    mkdirSync(join(root, 'api'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'status-catalog.config.json'), '{\n  "openapi": ["api/openapi.yaml", "api/missing.yaml"]\n}\n');
    writeFileSync(join(root, 'api', 'openapi.yaml'), SPEC);
    writeFileSync(join(root, 'src', 'orders.ts'), HANDLER);
    client = await LspClient.start({ settings: {}, rootUri: pathToFileURL(root).href });
    await client.open(uri('src/orders.ts'), 'typescript', HANDLER);
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function operationLine(): Promise<string> {
    const sections = markdown(await client.hover(uri('src/orders.ts'), { line: 1, character: 48 })).split('\n\n---\n\n');
    return sections[1] ?? '';
  }

  it("hovers the handler's 409 with the operation's own response, from the named spec", async () => {
    const specUri = uri('api/openapi.yaml');
    assert.equal(await operationLine(), `**POST /orders/\\{id\\}** → 409: An order with this id exists already\n\n[openapi.yaml:11](${specUri}#L11)`);
  });

  it('reports the code the operation does not declare, with the fix that adds it to the spec', async () => {
    const diagnostics = await client.waitForDiagnostics(uri('src/orders.ts'), (p) => p.diagnostics.length > 0);
    // 422 is in no catalog either (the spec is the project's only one), but the handler's finding says so once: its
    // operation does not declare it, not also "not documented by openapi" on the same literal.
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code, d.message]), [
      [2, 13, 'undeclaredResponse', 'POST /orders/{id} declares no 422 response in openapi.yaml (declared: 201, 409)'],
    ]);
    const actions = (await client.codeActions(uri('src/orders.ts'), diagnostics[0]!.range, [diagnostics[0]!])) ?? [];
    const add = actions.find((a) => a.title === 'Add 422 to POST /orders/{id} in openapi.yaml');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(add.edit?.changes?.[uri('api/openapi.yaml')], [
      { range: { start: { line: 11, character: 59 }, end: { line: 11, character: 59 } }, newText: "\n        '422':\n          description: Unprocessable Content" },
    ]);
  });

  it('reports the document that does not exist on its entry in the config file', async () => {
    const diagnostics = await client.waitForDiagnostics(uri('status-catalog.config.json'), (p) => p.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.range, d.severity, d.code, d.message]), [
      [{ start: { line: 1, character: 34 }, end: { line: 1, character: 52 } }, 1, 'invalidConfig', 'the OpenAPI document api/missing.yaml does not exist'],
    ]);
  });

  it('gives the same findings in `status-catalog check`, which stops on the config problem', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'src'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /status-catalog\.config\.json:2:35: error: the OpenAPI document api\/missing\.yaml does not exist/);
  });

  it('follows an edit of the spec without a restart, and reports a syntax error on its line', async () => {
    const specPath = join(root, 'api', 'openapi.yaml');
    writeFileSync(specPath, SPEC.replace('An order with this id exists already', 'That order id is taken'));
    for (let i = 0; i < 100 && !(await operationLine()).includes('That order id is taken'); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(await operationLine(), /^\*\*POST \/orders\/\\\{id\\\}\*\* → 409: That order id is taken\n/);

    writeFileSync(specPath, readFileSync(specPath, 'utf8').replace("'201':", "'201': ["));
    const problems = await client.waitForDiagnostics(uri('api/openapi.yaml'), (p) => p.diagnostics.length > 0);
    assert.deepEqual(problems.map((d) => [d.range.start.line, d.code, d.message]), [
      [10, 'catalogProblem', 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]; the responses after it may be missing'],
    ]);
  });
});
