/**
 * Decides whether a position in a JSON tree takes a status code: the value of a status-named
 * property (`"statusCode": 422`, a recorded response's `"status": 200`), a `code` beside a reason
 * phrase (Postman's `"code": 200, "status": "OK"`), list elements (`"retryStatusCodes": [429]`), a
 * key of a `responses` map, or a value in a status property's schema. Positions are given by the
 * enclosing property/array, so completion can ask before anything is typed.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import {
  SCHEMA_BOUND_KEYS, SCHEMA_LIST_KEYS, SCHEMA_VALUE_KEYS, containerKey, isOutsideCodes, isResponseEntry, isResponseMap,
  isSizeConstraintKey, propertyKey,
} from './openApi';
import { namesReasonPhraseOf } from './reasonPhrases';
import type { StatusNameRules } from './statusNames';
import { splitWords } from './statusNames';
import type { StatusContextKind } from './types';

export interface JsonClassification {
  context: StatusContextKind;
  /** Any number is reported (a typo like 4040 gets flagged), not only 100-599. */
  strong?: boolean;
  rangeBound?: boolean;
}

/** Siblings showing an object with a `code` is an HTTP response or error. */
const RESPONSE_SIBLINGS = new Set([
  'statusText', 'statusMessage', 'reason', 'reasonPhrase', 'message', 'msg', 'error',
  'errorMessage',
]);
const RESPONSE_WORDS = new Set(['response', 'res', 'resp', 'error', 'err', 'exception', 'reply']);

/** The value of `property` (present or about to be typed). */
export function classifyJsonValue(property: JsonNode, names: StatusNameRules): JsonClassification | undefined {
  const key = propertyKey(property);
  const object = property.parent;
  if (key === undefined || !object) return undefined;
  if (names.isStatusName(key)) return { context: 'property' };
  if (key === 'code' && (looksLikeResponse(object) || hasReasonPhraseOf(object, property.children?.[1]))) return { context: 'property' };
  const owner = containerKey(object);
  if (owner === undefined) return undefined;
  // "status": { "type": "integer", "example": 404 }
  if (SCHEMA_VALUE_KEYS.has(key) && isStatusSchemaOwner(owner, names)) {
    return { context: 'schema-value', rangeBound: SCHEMA_BOUND_KEYS.has(key) };
  }
  return names.isStatusTableName(owner) && !isSizeConstraintKey(key) && isFlatTable(object) ? { context: 'property' } : undefined;
}

/**
 * A table of codes maps names to numbers and nothing else. An object holding lists or objects too is a
 * record: Node-RED's `"status": {"x": 500, "y": 300, "wires": [...]}` places a node on the canvas.
 */
function isFlatTable(object: JsonNode): boolean {
  return (object.children ?? []).every((property) => {
    const type = property.children?.[1]?.type;
    return type !== 'object' && type !== 'array';
  });
}

/** An element of `array` (present or about to be typed). */
export function classifyJsonArrayElement(array: JsonNode, names: StatusNameRules): JsonClassification | undefined {
  const key = containerKey(array);
  if (key === undefined) return undefined;
  if (names.isStatusListName(key)) return { context: 'array-element' };
  // "status": { "enum": [200, 404] }
  const owner = containerKey(array.parent?.parent);
  if (SCHEMA_LIST_KEYS.has(key) && owner !== undefined && isStatusSchemaOwner(owner, names)) return { context: 'schema-value' };
  return undefined;
}

/** The key of `property` in `object`: a responses-map key or a key of a status-keyed table. */
export function classifyJsonKey(
  object: JsonNode,
  property: JsonNode | undefined,
  names: StatusNameRules,
): JsonClassification | undefined {
  if (isResponseMap(object)) {
    return property === undefined || isResponseEntry(property) ? { context: 'openapi-response-key', strong: true } : undefined;
  }
  const owner = containerKey(object);
  if (owner !== undefined && names.isStatusKeyedName(owner) && !isScaleKeyed(object)) return { context: 'property' };
  return hasReasonPhraseEntry(object) ? { context: 'property' } : undefined;
}

/**
 * `"status": {"50": …, "100": …, "900": …}`: numeric keys beyond the codes' 100-599 make a scale (colour
 * shades of a status palette, font weights), not a table keyed by status.
 */
function isScaleKeyed(object: JsonNode): boolean {
  return (object.children ?? []).some((property) => {
    const key = propertyKey(property);
    return key !== undefined && isOutsideCodes(key);
  });
}

/** `{"404": "Not Found", "500": "Oops"}`: an entry spells the reason phrase of its key, so the keys are statuses. */
function hasReasonPhraseEntry(object: JsonNode): boolean {
  let verdict = reasonKeyedTables.get(object);
  if (verdict === undefined) reasonKeyedTables.set(object, (verdict = scanForReasonPhraseEntry(object)));
  return verdict;
}

/** Verdicts per object: every three-digit key of a large object asks the same question. */
const reasonKeyedTables = new WeakMap<JsonNode, boolean>();

function scanForReasonPhraseEntry(object: JsonNode): boolean {
  return (object.children ?? []).some((property) => {
    const key = propertyKey(property);
    const value = property.children?.[1];
    return (
      key !== undefined && /^\d{3}$/.test(key) && value?.type === 'string' && typeof value.value === 'string' &&
      namesReasonPhraseOf(value.value, Number(key))
    );
  });
}

/** A schema of a status: `"status": {…}`, or `"statusCode": {…}` under `properties`. */
function isStatusSchemaOwner(owner: string, names: StatusNameRules): boolean {
  return names.isStatusName(owner);
}

/** `{"code": 404, "name": "Not Found"}`: a string beside the code spells its reason phrase. */
function hasReasonPhraseOf(object: JsonNode, value: JsonNode | undefined): boolean {
  const code = value?.value;
  if (typeof code !== 'number') return false;
  return (object.children ?? []).some((property) => {
    const sibling = property.children?.[1];
    return sibling?.type === 'string' && typeof sibling.value === 'string' && namesReasonPhraseOf(sibling.value, code);
  });
}

/**
 * Whether an object with a `code` is an HTTP response or error: a reason phrase or message beside
 * it, a string `status` ("OK"), or a key naming a response or error (`"response": {…}`).
 */
function looksLikeResponse(object: JsonNode): boolean {
  for (const property of object.children ?? []) {
    const key = propertyKey(property);
    if (key === undefined) continue;
    if (RESPONSE_SIBLINGS.has(key)) return true;
    if (key === 'status' && property.children?.[1]?.type === 'string') return true;
  }
  const owner = containerKey(object);
  return owner !== undefined && splitWords(owner).some((word) => RESPONSE_WORDS.has(word));
}
