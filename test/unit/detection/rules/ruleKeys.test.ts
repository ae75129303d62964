/**
 * A shared rule's `keys` lets the JSON dispatcher skip it for a key it cannot decide about (dispatchJson.ts): that is
 * only sound if `decide` gives no verdict for such a key, whatever the container, its members, its name, its parent
 * and the value. Checked here on random sites, with the keys, names and values the rules read, against every rule
 * that declares `keys`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RULES } from '../../../../server/src/detection/rules/index';
import type { ContainerSite, SharedRule } from '../../../../server/src/detection/rules/rule';
import type { ContainerView, MemberView, ValueView } from '../../../../server/src/detection/rules/views';
import { createStatusNameRules } from '../../../../server/src/detection/statusNames';

const names = createStatusNameRules();
const keyed = RULES.filter((rule): rule is SharedRule & Required<Pick<SharedRule, 'keys'>> => rule.shape === 'shared' && rule.keys !== undefined);

const KEYS = [
  'code', 'type', 'name', 'status', 'statusCode', 'GET', 'post', 'Delete', 'maxLength', 'MAXLENGTH', 'minItems', 'multipleOf',
  'example', 'default', 'const', 'minimum', 'maximum', 'enum', 'destination', 'to', 'location', 'message', 'statusText', 'reason',
  'NOT_FOUND', 'OK', 'id', 'bytes', 'request', 'url', '404', '',
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const primitive: fc.Arbitrary<ValueView> = fc.oneof(
  fc.constantFrom(200, 201, 301, 302, 308, 404, 500, 1, 4040, 1.5).map((value): ValueView => ({ type: 'number', value })),
  fc.constantFrom('201', 'Not Found', 'OK', 'https://x/status/201', 'x').map((value): ValueView => ({ type: 'string', value })),
  fc.constantFrom<ValueView>({ type: 'other' }, { type: 'missing' }),
);

function view(type: 'object' | 'array', name: string | undefined, members: readonly MemberView[], parent?: ContainerView): ContainerView {
  return { type, name, members: () => members, parent: () => parent };
}

const nested: fc.Arbitrary<ValueView> = fc
  .tuple(fc.constantFrom<'object' | 'array'>('object', 'array'), fc.array(fc.record({ key, value: primitive }), { maxLength: 4 }))
  .map(([type, members]): ValueView => ({ type, container: view(type, undefined, members) }));
const member: fc.Arbitrary<MemberView> = fc.record({ key, value: fc.oneof(primitive, nested) });
const site: fc.Arbitrary<ContainerSite> = fc
  .tuple(
    fc.option(fc.constantFrom(...KEYS, 'httpStatus', 'responses', 'HttpStatus', 'codes', 'defaultCodes'), { nil: undefined }),
    fc.array(member, { maxLength: 6 }),
    fc.option(fc.constantFrom('status', 'responses', 'redirects'), { nil: undefined }),
    fc.option(key, { nil: undefined }),
    fc.oneof(primitive, nested),
    fc.boolean(),
  )
  .map(([name, members, parentName, siteKey, value, thrown]) => {
    const container = view('object', name, members, parentName === undefined ? undefined : view('object', parentName, []));
    if (thrown) container.thrown = true;
    const result: ContainerSite = { position: 'property-value', language: 'json', container, value };
    if (siteKey !== undefined) result.key = siteKey;
    return result;
  });

describe("rules' keys", () => {
  it('are declared by the rules that decide from the key first', () => {
    assert.deepEqual(keyed.map((rule) => rule.id).sort(), [
      'exclude.size-constraint', 'recording.name-of-status', 'redirect.type-beside-destination', 'response.code-property', 'schema.status-value',
      'table.codes-by-method',
    ]);
    for (const rule of keyed) assert.deepEqual(rule.positions, ['property-value'], rule.id);
  });

  it('say no only where decide gives no verdict', () => {
    fc.assert(
      fc.property(site, (site) => {
        for (const rule of keyed) {
          // The dispatcher asks `keys` only of a site with a key (classifyJsonSite).
          if (site.key === undefined || rule.keys(site.key)) continue;
          const verdict = rule.decide(site, names);
          assert.ok(verdict === undefined || verdict === false, `${rule.id} at ${JSON.stringify(site.key)}: ${JSON.stringify(verdict)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('say yes where decide may give a verdict', () => {
    const found = (rule: string, key: string) => keyed.find((candidate) => candidate.id === rule)!.keys(key);
    assert.deepEqual(
      [found('response.code-property', 'code'), found('table.codes-by-method', 'GET'), found('schema.status-value', 'example'), found('exclude.size-constraint', 'MaxLength')],
      [true, true, true, true],
    );
    assert.deepEqual([found('response.code-property', 'id'), found('recording.name-of-status', 'names'), found('redirect.type-beside-destination', 'kind')], [false, false, false]);
  });
});
