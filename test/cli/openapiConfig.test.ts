/**
 * `status-catalog check` and `list` with the config's `openapi` key, on the RealWorld Conduit fixture (its real spec
 * and Express handlers): the named spec judges each handler's literals by its operation, and a document the config
 * names but cannot be loaded stops the run with its place in the config.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const REALWORLD = join(ROOT, 'test', 'fixtures', 'realworld');

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the config key openapi in the CLI (RealWorld Conduit)', () => {
  let folder: string;
  before(() => {
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-cli-openapi-')));
    cpSync(REALWORLD, folder, { recursive: true });
    writeFileSync(join(folder, 'status-catalog.config.json'), '{ "openapi": ["api/openapi.yml"] }\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('lists each handler literal with its operation, and the rest by the spec as a catalog', () => {
    const { status, stdout, stderr } = run(folder, 'list', 'src');
    assert.equal(status, 0, stderr);
    assert.equal(stdout, [
      'src/app/routes/article/article.controller.ts:74:16  201   POST /api/articles → 201: Single article',
      'src/app/routes/article/article.controller.ts:135:22  204   DELETE /api/articles/{slug} → 204: No content',
      'src/app/routes/article/article.controller.ts:196:18  200   DELETE /api/articles/{slug}/comments/{id} declares no 200 response (declared: 204, 401, 422)',
      'src/app/routes/auth/auth.controller.ts:17:16  201   POST /api/users → 201: User',
      'src/main.ts:35:25  401   openapi: Unauthorized',
      'src/main.ts:44:18  500   not documented (standard: Internal Server Error)',
      '',
    ].join('\n'));
    const listed = JSON.parse(run(folder, 'list', '--json', 'src').stdout) as Array<{ code: number; known: boolean; operation?: unknown }>;
    assert.deepEqual(listed[2], {
      ...listed[2],
      known: false,
      operation: { method: 'DELETE', path: '/api/articles/{slug}/comments/{id}', response: null, declared: ['204', '401', '422'] },
    });
    assert.equal(listed[0]?.known, true);
  });

  it('lists a handler literal with its operation first, then the other catalogs that document it, not the spec again', () => {
    const team = realpathSync(mkdtempSync(join(tmpdir(), 'status-catalog-cli-openapi-team-')));
    try {
      cpSync(REALWORLD, team, { recursive: true });
      mkdirSync(join(team, 'team'));
      writeFileSync(join(team, 'team', 'team-status-codes.en.md'),
        '# Team status codes\n\n| Status code | Message |\n| --- | --- |\n| 201 | Created by the team article service |\n| 500 | The team server failed |\n');
      // A page whose only column beside the code is a description: listed by its description.
      writeFileSync(join(team, 'team', 'edge-status-codes.en.md'), '| Code | Description |\n| --- | --- |\n| 401 | The edge proxy refused the token |\n');
      writeFileSync(join(team, 'status-catalog.config.json'), '{ "openapi": ["api/openapi.yml"], "catalogPaths": ["team"] }\n');
      const { status, stdout, stderr } = run(team, 'list', 'src/app/routes/auth', 'src/main.ts');
      assert.equal(status, 0, stderr);
      assert.equal(stdout, [
        'src/app/routes/auth/auth.controller.ts:17:16  201   POST /api/users → 201: User; team: Created by the team article service',
        'src/main.ts:35:25  401   edge: The edge proxy refused the token; openapi: Unauthorized',
        'src/main.ts:44:18  500   team: The team server failed',
        '',
      ].join('\n'));
      const edge = (JSON.parse(run(team, 'list', '--json', 'src/main.ts').stdout) as Array<{ catalogs: unknown }>)[0]?.catalogs;
      assert.deepEqual(edge, [{ id: 'edge', message: null, description: 'The edge proxy refused the token' }, { id: 'openapi', message: 'Unauthorized' }]);
      const [handler] = JSON.parse(run(team, 'list', '--json', 'src/app/routes/auth').stdout) as Array<{ catalogs: unknown; operation: unknown }>;
      assert.deepEqual([handler?.catalogs, handler?.operation], [
        [{ id: 'team', message: 'Created by the team article service' }],
        { method: 'POST', path: '/api/users', response: 'User', declared: ['201', '422'] },
      ]);
    } finally {
      rmSync(team, { recursive: true, force: true });
    }
  });

  it('checks: the undeclared response of the comment handler, the 500 no catalog documents', () => {
    const { status, stdout } = run(folder, 'check', 'src');
    assert.equal(status, 0);
    assert.equal(stdout, [
      'src/app/routes/article/article.controller.ts',
      '  196:18   information DELETE /api/articles/{slug}/comments/{id} declares no 200 response in openapi.yml (declared: 204, 401, 422)  undeclaredResponse',
      '',
      'src/main.ts',
      '  44:18    warning     500 is not documented by RealWorld Conduit API (openapi); it is the standard 500 Internal Server Error  undocumentedCode',
      '',
      '2 problems (0 errors, 1 warning)',
      '',
    ].join('\n'));
  });

  it('stops with exit 2 on a named document that is not there, at its place in the config', () => {
    writeFileSync(join(folder, 'status-catalog.config.json'), '{\n  "openapi": ["api/openapi.yml", "api/v2.yaml"]\n}\n');
    const { status, stderr } = run(folder, 'check', 'src');
    assert.equal(status, 2);
    assert.match(stderr, new RegExp(`${join(folder, 'status-catalog.config.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:34: error: the OpenAPI document api/v2.yaml does not exist`));
  });
});
