/**
 * Catalog folders are text anyone can commit to: files that are not files, links out of the folder, dangling
 * links, link loops, manifest sources outside the folder and a JSON catalog nested thousands deep are each a
 * problem with file and line, and everything else in the folder (and in other folders) still loads.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalogFile, loadCatalogFolder } from '../../../server/src/catalog/catalogFolder';
import { parseJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadRegistry } from '../../../server/src/catalog/loadCatalogs';
import { nodeFileSystem } from '../../../server/src/catalog/nodeFileSystem';
import { rememberSlowParse } from '../../../server/src/catalog/pageBudget';

const page = (words: string) => `| Status Code | Message | Description |\n| --- | --- | --- |\n| 409 | Conflict | ${words} |\n`;

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'status-catalog-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/** The problems of a load, as `name:line: message` with the folder cut off, sorted. */
function problemLines(folder: string, problems: Array<{ file: string; line: number; message: string }>): string[] {
  return problems.map((p) => `${p.file.replace(folder, '.')}:${p.line}: ${p.message.replace(folder, '.')}`).sort();
}

describe('hostile catalog folders', () => {
  it('skip a FIFO with a problem instead of blocking in a read, and load the rest', () => {
    const folder = folderWith({ 'orders.en.md': page('Ours.') });
    execFileSync('mkfifo', [join(folder, 'pipe.en.md')]);
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    assert.deepEqual(problemLines(folder, problems), ['./pipe.en.md:0: cannot read file: is not a regular file (a FIFO); not read']);
  });

  it('skip a FIFO named by a manifest', () => {
    const folder = folderWith({ 'status-catalog.json': JSON.stringify({ catalogs: [{ source: 'pipe.md' }, { source: 'orders.md' }] }), 'orders.md': page('Ours.') });
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    assert.deepEqual(problemLines(folder, problems), ["./status-catalog.json:1: cannot read \"pipe.md\": is not a regular file (a FIFO); not read; its codes are looked up in the service's other pages"]);
  });

  it('do not read a link to /dev/zero (unbounded) nor a link out of the folder', () => {
    const outside = folderWith({ 'secret.md': page('Not yours.') });
    const folder = folderWith({ 'orders.en.md': page('Ours.') });
    symlinkSync('/dev/zero', join(folder, 'zero.md'));
    symlinkSync(join(outside, 'secret.md'), join(folder, 'secret.md'));
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    const lines = problemLines(folder, problems);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0]!, /^\.\/secret\.md:0: cannot read file: leads outside the catalog folder \(to .*secret\.md\); not read$/);
    assert.match(lines[1]!, /^\.\/zero\.md:0: cannot read file: leads outside the catalog folder \(to \/dev\/zero\); not read$/);
  });

  it('read a link inside the folder, and reject a device even through a folder that links to /dev', () => {
    const folder = folderWith({ 'real/orders.en.md': page('Ours.') });
    symlinkSync(join(folder, 'real', 'orders.en.md'), join(folder, 'orders.en.md'));
    assert.equal(loadCatalogFile(join(folder, 'orders.en.md'), {}, 'user', nodeFileSystem, folder).entries.length, 1);
    const devices = mkdtempSync(join(tmpdir(), 'status-catalog-dev-'));
    symlinkSync('/dev', join(devices, 'dev'));
    const zero = loadCatalogFile(join(devices, 'dev', 'zero.md'), {}, 'user', nodeFileSystem);
    assert.match(zero.problems[0]!.message, /^cannot read file: ENOENT/);
    const null_ = loadCatalogFile('/dev/null', {}, 'user', nodeFileSystem);
    assert.equal(null_.problems[0]!.message, 'unsupported catalog format (expected .md, .html, .rst, .json, or an OpenAPI .yaml)');
    const viaLink = mkdtempSync(join(tmpdir(), 'status-catalog-dev-'));
    symlinkSync('/dev/zero', join(viaLink, 'zero.md'));
    assert.equal(
      loadCatalogFile(join(viaLink, 'zero.md'), {}, 'user', nodeFileSystem).problems[0]!.message,
      'cannot read file: is not a regular file (a device); not read',
    );
  });

  it('lose only the entry for a dangling link or a link loop, never the folder', () => {
    const folder = folderWith({ 'orders.en.md': page('Ours.') });
    symlinkSync(join(folder, 'gone.md'), join(folder, 'dangling.md'));
    symlinkSync(join(folder, 'loop-b.md'), join(folder, 'loop-a.md'));
    symlinkSync(join(folder, 'loop-a.md'), join(folder, 'loop-b.md'));
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    assert.deepEqual(problemLines(folder, problems), [
      './dangling.md:0: cannot read file: is a dangling link',
      './loop-a.md:0: cannot read file: is a link loop',
      './loop-b.md:0: cannot read file: is a link loop',
    ]);
  });

  it('reject manifest sources outside the folder or absolute, on the manifest line, and read subfolders', () => {
    const outside = folderWith({ 'x.md': page('Outside.') });
    const manifest = [
      '{ "catalogs": [',
      `  { "source": "../${outside.split('/').pop()}/x.md" },`,
      `  { "source": "${join(outside, 'x.md')}" },`,
      '  { "source": "sub/orders.md", "id": "orders" }',
      '] }',
    ].join('\n');
    const folder = folderWith({ 'status-catalog.json': manifest, 'sub/orders.md': page('Ours.') });
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => [c.info.id, c.entries.length]), [['orders', 1]]);
    assert.deepEqual(
      problems.map((p) => [p.file.replace(folder, '.'), p.line, p.message.replace(outside, 'OUT').replace(outside.split('/').pop()!, 'out')]),
      [
        ['./status-catalog.json', 2, 'catalogs[0].source "../out/x.md" leads outside the catalog folder; not read'],
        ['./status-catalog.json', 3, 'catalogs[1].source "OUT/x.md" is an absolute path (sources are relative to the catalog folder); not read'],
      ],
    );
  });

  it('report a JSON catalog nested 7,000 deep instead of overflowing the stack, and keep the other catalogs', () => {
    const deep = `{"entries": [${'['.repeat(7000)}${']'.repeat(7000)}]}`;
    assert.deepEqual(parseJsonCatalog(deep).problems, [{ line: 1, message: 'JSON nested more than 64 levels deep; catalog not read' }]);
    const first = folderWith({ 'deep.json': deep, 'orders.en.md': page('Ours.') });
    const second = folderWith({ 'billing.en.md': page('Billing.'), 'status-catalog.json': `{"catalogs": ${'['.repeat(7000)}}` });
    const third = folderWith({ 'shipping.en.md': page('Shipping.') });
    const { registry, problems } = loadRegistry(undefined, [first, second, third], nodeFileSystem);
    assert.deepEqual(registry.all().map((c) => c.info.id), ['orders', 'shipping']);
    assert.deepEqual(
      problems.map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.message}`),
      ['deep.json:1: JSON nested more than 64 levels deep; catalog not read', 'status-catalog.json:1: manifest nested more than 64 levels deep; not read'],
    );
  });

  it('skip a page larger than the budget with a problem', () => {
    const folder = folderWith({ 'big.en.md': page('x'.repeat(3 * 1024 * 1024)), 'orders.en.md': page('Ours.') });
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    assert.match(problems[0]!.message, /^cannot read file: is \d+ bytes, more than a catalog page can be \(2097152\); page too large, skipped$/);
  });

  it('give each problem the length of its line, so a diagnostic can end inside the file', () => {
    const folder = folderWith({ 'orders.en.md': `${page('Ours.')}| 4x9 | Broken | Not a code. |\r\n` });
    const { problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(problems.map((p) => [p.line, p.lineLength]), [[4, '| 4x9 | Broken | Not a code. |'.length]]);
  });

  it('skip, without parsing it again, a page whose parse went over the time budget', () => {
    const text = page('Slow once.');
    const folder = folderWith({ 'slow.en.md': text, 'orders.en.md': page('Ours.') });
    rememberSlowParse(text, 1500);
    const { catalogs, problems } = loadCatalogFolder(folder, 'user', nodeFileSystem);
    assert.deepEqual(catalogs.map((c) => c.info.id), ['orders']);
    assert.deepEqual(problemLines(folder, problems), ['./slow.en.md:0: page too slow: parsing took 1500 ms (budget 1000 ms), skipped']);
  });
});
