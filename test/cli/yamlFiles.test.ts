/** The CLI walks YAML specs and HAR recordings in folders, and reads them as YAML and JSON. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

describe('status-catalog list over YAML and HAR files', () => {
  it('finds responses keys in .yaml/.yml and recorded statuses in .har', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-catalog-cli-yaml-'));
    writeFileSync(join(folder, 'api.yaml'), "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n        404:\n          description: missing\n");
    writeFileSync(join(folder, 'other.yml'), 'responses:\n  "409": {description: taken}\n');
    writeFileSync(join(folder, 'session.har'), '{"log": {"entries": [{"response": {"status": 503, "statusText": "Service Unavailable"}}]}}');
    writeFileSync(join(folder, 'notes.txt'), 'responses: 404');
    const result = spawnSync(process.execPath, [CLI, 'list', '--json', '--catalog', 'dds', folder], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const found = (JSON.parse(result.stdout) as Array<{ file: string; code: number; text: string }>).map((l) => [l.file.split(/[\\/]/).pop(), l.text]);
    assert.deepEqual(found, [['api.yaml', "'200'"], ['api.yaml', '404'], ['other.yml', '"409"'], ['session.har', '503']]);
  });
});
