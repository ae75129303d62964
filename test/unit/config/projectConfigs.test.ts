import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type ConfigFileSystem, parseConfig, ProjectConfigs, unknownCatalogProblems } from '../../../server/src/config';
import { defaultSettings, readSettings } from '../../../server/src/service/settings';

function memoryFs(files: Record<string, string>): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFileIfExists(path) {
      reads.push(path);
      return files[path];
    },
  };
}

const ROOT = join('/', 'repo');
const CONFIG = join(ROOT, 'status-catalog.config.json');

describe('project config', () => {
  it('is found by walking up from a file, the nearest one winning, and cached per folder', () => {
    const nested = join(ROOT, 'packages', 'api', 'status-catalog.config.json');
    const fs = memoryFs({ [CONFIG]: '{ "catalogs": ["orders"] }', [nested]: '{ "catalogs": ["api"] }' });
    const configs = new ProjectConfigs(fs);
    assert.equal(configs.configFor(join(ROOT, 'src', 'a.ts'))?.file, CONFIG);
    assert.equal(configs.configFor(join(ROOT, 'packages', 'api', 'src', 'b.ts'))?.file, nested);
    assert.equal(configs.configFor(join('/', 'elsewhere', 'c.ts')), undefined);
    const reads = fs.reads.length;
    configs.configFor(join(ROOT, 'src', 'other.ts'));
    assert.equal(fs.reads.length, reads);
  });

  it('resolves a file to defaults, the config, then matching overrides; ignore drops files; editor settings do not apply', () => {
    const fs = memoryFs({
      [CONFIG]: JSON.stringify({
        catalogs: ['orders'],
        catalogPaths: ['docs/catalogs'],
        severity: { undocumentedCode: 'error' },
        ignore: ['generated/**', '*.min.js'],
        overrides: [{ files: ['test/**'], severity: { invalidCode: 'warning' }, catalogs: ['orders', 'dds'] }],
      }),
    });
    const configs = new ProjectConfigs(fs);
    const editor = readSettings({ catalogs: ['bms'], severity: { unknownCatalog: 'ignore' } });
    const src = configs.settingsFor(join(ROOT, 'src', 'a.ts'), editor);
    assert.equal(src.ignored, false);
    assert.deepEqual(src.settings, {
      ...defaultSettings,
      catalogs: ['orders'],
      catalogPaths: [join(ROOT, 'docs', 'catalogs')],
      severity: { ...defaultSettings.severity, undocumentedCode: 'error' },
    });
    const test = configs.settingsFor(join(ROOT, 'test', 'unit', 'a.ts'), editor).settings;
    assert.deepEqual(test.catalogs, ['orders', 'dds']);
    assert.deepEqual(test.severity, { ...defaultSettings.severity, undocumentedCode: 'error', invalidCode: 'warning' });
    assert.equal(configs.settingsFor(join(ROOT, 'generated', 'x.ts'), editor).ignored, true);
    assert.equal(configs.settingsFor(join(ROOT, 'web', 'app.min.js'), editor).ignored, true);
    assert.deepEqual(configs.settingsFor(join('/', 'other', 'a.ts'), editor).settings, editor);
  });

  it('keeps the editor locale as a personal preference over the config', () => {
    const configs = new ProjectConfigs(memoryFs({ [CONFIG]: '{ "locale": "zh" }' }));
    assert.equal(configs.settingsFor(join(ROOT, 'a.ts'), readSettings({})).settings.locale, 'zh');
    assert.equal(configs.settingsFor(join(ROOT, 'a.ts'), readSettings({ locale: 'en' })).settings.locale, 'en');
  });

  it('keeps the editor inlay hints setting: no config key states it, and a config must not turn them off', () => {
    const configs = new ProjectConfigs(memoryFs({ [CONFIG]: '{ "catalogs": ["orders"] }' }));
    assert.deepEqual(configs.settingsFor(join(ROOT, 'a.ts'), readSettings({ inlayHints: { enabled: true } })).settings.inlayHints, { enabled: true });
    assert.deepEqual(configs.settingsFor(join(ROOT, 'a.ts'), readSettings({})).settings.inlayHints, { enabled: false });
  });

  it('reports every malformed value with its place, keeping the valid rest', () => {
    const text = '{\n  "catalogz": [],\n  "catalogs": ["orders", 3],\n  "severity": { "invalidCode": "loud", "nope": "error" },\n  "locale": "fr",\n  "ignore": ["[a"],\n  "overrides": [{ "severity": {} }]\n}';
    const config = parseConfig(text, CONFIG);
    assert.deepEqual(config.catalogs, ['orders']);
    assert.deepEqual(
      config.problems.map((p) => [text.slice(p.offset, p.offset + p.length), p.message]),
      [
        ['"catalogz"', 'unknown key "catalogz" (known: catalogs, catalogPaths, locale, propertyNames, callNames, severity, openapi, ignore, overrides)'],
        ['3', 'each item of "catalogs" must be a non-empty string'],
        ['"loud"', 'the severity of invalidCode must be one of ignore, hint, information, warning, error'],
        ['"nope"', 'unknown rule \'nope\' (rules: undocumentedCode, invalidCode, unknownCatalog, unusedSuppression, undeclaredResponse)'],
        ['"fr"', "unknown locale 'fr' (known: en, zh)"],
        ['"[a"', "cannot read the glob: unclosed '['"],
        ['{ "severity": {} }', 'an override needs "files": the globs of the files it applies to'],
      ],
    );
  });

  it('reports a JSON syntax error and a missing file', () => {
    assert.match(parseConfig('{ "catalogs": [', CONFIG).problems[0]!.message, /^invalid JSON: /);
    const configs = new ProjectConfigs(memoryFs({}), join(ROOT, 'missing.json'));
    assert.deepEqual(configs.configFor(join(ROOT, 'a.ts'))?.problems.map((p) => p.message), ['no such config file']);
  });

  it('flags catalog ids no folder provides, on the id', () => {
    const text = '{ "catalogs": ["orders", "conduit"] }';
    const problems = unknownCatalogProblems(parseConfig(text, CONFIG), ['orders', 'dds']);
    assert.deepEqual(problems.map((p) => [text.slice(p.offset, p.offset + p.length), p.severity, p.message]), [
      ['"conduit"', 'warning', "unknown catalog 'conduit': no catalog folder provides it (known: orders, dds)"],
    ]);
  });
});

describe('the config JSON Schema', () => {
  it('names the keys and rules the parser reads', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'status-catalog-config.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'callNames', 'catalogPaths', 'catalogs', 'ignore', 'locale', 'openapi', 'overrides', 'propertyNames', 'severity']);
    assert.deepEqual(Object.keys(schema.definitions.settings.severity.properties), ['undocumentedCode', 'invalidCode', 'unknownCatalog', 'unusedSuppression', 'undeclaredResponse']);
    const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'project', 'status-catalog.config.json'), 'utf8'));
    assert.deepEqual(parseConfig(JSON.stringify(fixture), CONFIG).problems, []);
  });
});
