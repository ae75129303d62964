// The extension's own words in Chinese: package.json contributions through package.nls*.json, the client's
// messages through the l10n bundle. A key missing from a table would show as "%key%" or stay English.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, string>;

test('every %key% in package.json has English and Chinese text', () => {
  const keys = [...read('package.json').matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]!);
  assert.ok(keys.includes('command.showCatalogs') && keys.includes('config.locale'), keys.join(', '));
  const english = json('package.nls.json');
  const chinese = json('package.nls.zh-cn.json');
  for (const key of keys) {
    assert.ok(english[key], `package.nls.json lacks ${key}`);
    assert.ok(chinese[key], `package.nls.zh-cn.json lacks ${key}`);
  }
  assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  assert.equal(chinese['command.reloadCatalogs'], '重新加载目录');
});

test("every client message has a Chinese translation in the l10n bundle", () => {
  // Both entry points (desktop and web) and what they share.
  const source = readdirSync(join(root, 'client', 'src')).filter((name) => name.endsWith('.ts')).map((name) => read(`client/src/${name}`)).join('\n');
  const messages = [...source.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
  assert.ok(messages.length >= 6, messages.join(' | '));
  const bundle = json('l10n/bundle.l10n.zh-cn.json');
  for (const message of messages) assert.ok(bundle[message], `l10n/bundle.l10n.zh-cn.json lacks "${message}"`);
  assert.equal(JSON.parse(read('package.json')).l10n, './l10n');
});
