/**
 * The JSON dispatcher: the position a JSON number or string fills (property value, key, array element),
 * as a site over the container views, asked of the rules registered for JSON. The same shared rules
 * judge TypeScript objects, so `{ status: 404 }` and `"status": 404` are decided by one rule.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { containerKey, jsonContainerView, jsonValueView, propertyKey } from './jsonViews';
import { runRuleList, runRules } from './ruleEngine';
import { rulesAt, type PositionRule } from './rules/index';
import type { ContainerSite, JsonEnv, VerdictStep } from './rules/rule';
import type { Classification } from './statusExpressions';
import { detachedName } from './statusNames';

function found(verdict: Classification | 'vetoed' | undefined): Classification | undefined {
  return verdict === 'vetoed' ? undefined : verdict;
}

/** The rules' verdict on a JSON site, whichever way its views were made (a tree here, a walk in jsonStream.ts). */
export function classifyJsonSite(site: ContainerSite, env: JsonEnv, trace?: VerdictStep[]): Classification | undefined {
  if (site.position === 'property-value' && site.key !== undefined) return found(runRuleList(propertyValueRulesFor(site.key), site, env, trace));
  return found(runRules('json', site.position, site, env, trace));
}

/** Distinct keys whose rule lists are kept; a document has a few hundred, a generated one may have many more. */
const MAX_KEYED_LISTS = 4096;
const rulesByKey = new Map<string, readonly PositionRule[]>();

/**
 * The property-value rules, in registry order, less those that declare they cannot decide about `key`
 * (`SharedRule.keys`): the verdict is the same, and a large file's literals, most under keys like `id` or `bytes`,
 * ask a third of the rules.
 */
function propertyValueRulesFor(key: string): readonly PositionRule[] {
  let rules = rulesByKey.get(key);
  if (rules) return rules;
  if (rulesByKey.size >= MAX_KEYED_LISTS) rulesByKey.clear();
  rules = rulesAt('json', 'property-value').filter((rule) => rule.shape !== 'shared' || !rule.keys || rule.keys(key));
  rulesByKey.set(detachedName(key), rules);
  return rules;
}

/** The value of `property` (present or about to be typed). */
export function classifyJsonValue(property: JsonNode, env: JsonEnv, trace?: VerdictStep[]): Classification | undefined {
  const object = property.parent;
  if (!object || object.type !== 'object') return undefined;
  const site: ContainerSite = { position: 'property-value', language: 'json', container: jsonContainerView(object), value: jsonValueView(property.children?.[1]) };
  const key = propertyKey(property);
  if (key === undefined) return undefined;
  site.key = key;
  return classifyJsonSite(site, env, trace);
}

/** The key of `property` in `object` (`property` undefined: a key about to be typed). */
export function classifyJsonKey(object: JsonNode, property: JsonNode | undefined, env: JsonEnv, trace?: VerdictStep[]): Classification | undefined {
  if (object.type !== 'object') return undefined;
  const site: ContainerSite = { position: 'key', language: 'json', container: jsonContainerView(object), value: jsonValueView(property?.children?.[1]) };
  const key = propertyKey(property);
  if (key !== undefined) site.key = key;
  return classifyJsonSite(site, env, trace);
}

/** An element of `array` (present or about to be typed). */
export function classifyJsonArrayElement(array: JsonNode, env: JsonEnv, element?: JsonNode, trace?: VerdictStep[]): Classification | undefined {
  if (array.type !== 'array') return undefined;
  const site: ContainerSite = { position: 'array-element', language: 'json', container: jsonContainerView(array), value: jsonValueView(element) };
  const index = element ? (array.children ?? []).indexOf(element) : -1;
  if (index >= 0) site.index = index;
  return classifyJsonSite(site, env, trace);
}

export interface JsonPosition {
  classification: Classification;
  isKey: boolean;
}

/** The classification of the position a JSON number or string occupies. */
export function classifyJsonPosition(node: JsonNode, env: JsonEnv, trace?: VerdictStep[]): JsonPosition | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (parent.type === 'property') {
    const isKey = parent.children?.[0] === node;
    const classification = isKey ? parent.parent && classifyJsonKey(parent.parent, parent, env, trace) : classifyJsonValue(parent, env, trace);
    return classification ? { classification, isKey } : undefined;
  }
  if (parent.type === 'array') {
    const classification = classifyJsonArrayElement(parent, env, node, trace);
    return classification ? { classification, isKey: false } : undefined;
  }
  return undefined;
}

export { containerKey, propertyKey };
