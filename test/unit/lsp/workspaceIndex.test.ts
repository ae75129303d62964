/**
 * The workspace index while it rebuilds (a config or .gitignore change): a request meanwhile sees the last finished
 * build whole, never a half-read workspace; a file changed during the rebuild is current in both; the first build,
 * before any has finished, answers with what it has read so far.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';

/** Enough files that a build takes many of its 15 ms slices, on any machine. */
const FILES = 1500;

describe('workspace index rebuild', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'status-catalog-index-'));
    for (let i = 0; i < FILES; i++) writeFileSync(join(root, `f${i}.ts`), `res.status(409);\nres.status(${i % 2 ? 201 : 404});\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const count = (index: WorkspaceIndex): number => [...index.entries()].length;

  it('answers from the last finished build while the next one reads, then from the new one', async () => {
    const index = new WorkspaceIndex({ detection: () => ({ extraPropertyNames: [], extraCallNames: [] }), log: () => undefined });
    const first = index.rebuild([root]);
    assert.ok(count(index) < FILES, 'the first build yields before it has read every file');
    await first;
    assert.equal(count(index), FILES);

    writeFileSync(join(root, 'late.ts'), 'res.status(409);\n');
    const rebuilt = index.rebuild([root]);
    // Mid-rebuild: the previous build, whole, not the few files read so far.
    assert.equal(count(index), FILES);
    index.refreshFile(join(root, 'f0.ts'));
    await rebuilt;
    assert.equal(count(index), FILES + 1);
    assert.ok([...index.entries()].some((entry) => entry.uri === pathToFileURL(join(root, 'late.ts')).href));
  });

  it('keeps a change made during a rebuild in the build that takes over', async () => {
    const index = new WorkspaceIndex({ detection: () => ({ extraPropertyNames: [], extraCallNames: [] }), log: () => undefined });
    await index.rebuild([root]);
    const rebuilt = index.rebuild([root]);
    // f0.ts is read early by the rebuild (names are visited in order); its change comes after.
    await new Promise((resolve) => setImmediate(resolve));
    writeFileSync(join(root, 'f0.ts'), 'res.status(410);\n');
    index.refreshFile(join(root, 'f0.ts'));
    await rebuilt;
    const f0 = [...index.entries()].find((entry) => entry.uri === pathToFileURL(join(root, 'f0.ts')).href);
    assert.deepEqual(f0?.uses.map((use) => use.code), [410]);
  });
});
