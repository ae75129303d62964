/** The registry as a whole: its order, its metadata, the generated doc, and a test per rule. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../../../server/src/detection/rules/index';
import { renderRuleDoc } from '../../../../server/src/detection/rules/ruleDoc';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('rule registry', () => {
  it('lists vetoes first, then finders, then filters, each id once', () => {
    const order = { excludes: 0, finds: 1, filters: 2 };
    const kinds = RULES.map((rule) => order[rule.kind]);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b));
    assert.equal(new Set(RULES.map((rule) => rule.id)).size, RULES.length);
  });

  it('gives every rule its metadata, a file of its own and a test file', () => {
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z0-9-]+\.[a-z0-9-]+$/, rule.id);
      assert.ok(rule.description.length > 10 && rule.example.length > 3, `${rule.id} is described`);
      assert.ok(rule.languages.length > 0, `${rule.id} has languages`);
      assert.ok(existsSync(join(ROOT, 'server', 'src', 'detection', 'rules', `${rule.id}.ts`)), `${rule.id}.ts`);
      assert.ok(existsSync(join(ROOT, 'test', 'unit', 'detection', 'rules', `${rule.id}.test.ts`)), `${rule.id}.test.ts`);
    }
  });

  it('has its committed doc up to date (run `npm run docs:rules`)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'detection-rules.md'), 'utf8');
    assert.equal(committed, renderRuleDoc(), 'docs/detection-rules.md is stale: run `npm run docs:rules`');
  });
});
