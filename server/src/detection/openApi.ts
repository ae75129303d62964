/**
 * OpenAPI / Swagger in JSON: the keys of a `responses` object (`"404"`, `"4XX"`; `"default"` is not a
 * code), values of a status property's schema (`example`, `const`, `enum`, `default`, bounds), and
 * the operation (`"post": { "responses": … }`) a responses object belongs to.
 */
import type { Node as JsonNode } from 'jsonc-parser';

/** Schema keywords whose value is an instance of the schema: a status code when the schema is a status. */
export const SCHEMA_VALUE_KEYS = new Set([
  'example', 'const', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'x-example',
]);
/** Schema keywords whose array value lists instances. */
export const SCHEMA_LIST_KEYS = new Set(['enum', 'examples']);
/** Range bounds of a schema: `"minimum": 400` bounds a class rather than naming one response. */
export const SCHEMA_BOUND_KEYS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** Schema keywords (JSON Schema, Mongoose) that constrain a size or step, never a value: `"maxLength": 255`. */
const SIZE_CONSTRAINT_KEYS = new Set([
  'maxlength', 'minlength', 'maxitems', 'minitems', 'maxproperties', 'minproperties', 'maxcontains', 'mincontains',
  'multipleof',
]);

/**
 * Whether a key constrains the size of a schema's values: under `"order_status": {"type": "string", "maxLength": 255}`
 * the number is a length even though the owner is named for a status.
 */
export function isSizeConstraintKey(key: string): boolean {
  return SIZE_CONSTRAINT_KEYS.has(key.toLowerCase());
}

const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** Keys of maps from status code to response: OpenAPI `responses`, Fastify-style `response` schemas. */
const RESPONSE_MAP_KEYS = new Set(['responses', 'response']);

/** The key text of a property node. */
export function propertyKey(property: JsonNode | undefined): string | undefined {
  const key = property?.type === 'property' ? property.children?.[0] : undefined;
  return key?.type === 'string' && typeof key.value === 'string' ? key.value : undefined;
}

/** The key under which an object or array value sits: `responses` for the object of `"responses": {…}`. */
export function containerKey(value: JsonNode | undefined): string | undefined {
  return value?.parent?.type === 'property' ? propertyKey(value.parent) : undefined;
}

/** Whether an object is a map from status code to response. */
export function isResponseMap(object: JsonNode | undefined): boolean {
  const key = containerKey(object);
  return object?.type === 'object' && key !== undefined && RESPONSE_MAP_KEYS.has(key);
}

/**
 * An all-digit key that no status code has: `"50"`, `"900"` (shade scales key their steps like this).
 * `"0"` is left out: tables of status texts often give the network failure (status 0) a message too.
 */
export function isOutsideCodes(key: string): boolean {
  if (!/^\d+$/.test(key)) return false;
  const value = Number(key);
  return (value > 0 && value < 100) || value > 599;
}

/** A responses-map key: a three-digit code or a class range; `"default"` and `"x-…"` extensions are not. */
export type ResponseKeyCode = { code: number | string; strong: boolean };

export function responseKeyCode(key: string): ResponseKeyCode | undefined {
  if (/^[1-5]xx$/i.test(key)) return { code: key.toUpperCase(), strong: true };
  // Any all-digit key in a responses map means a status, so "4040" is reported (and flagged).
  if (/^\d+$/.test(key)) return { code: Number(key), strong: true };
  return undefined;
}

/**
 * Whether a responses-map entry is a real response: its value is an object (a response or `$ref`).
 * Guards against `"response": { "200": 12 }` counting tables in non-OpenAPI JSON.
 */
export function isResponseEntry(property: JsonNode): boolean {
  const value = property.children?.[1];
  return value === undefined || value.type === 'object';
}

/** The HTTP method of the operation a responses map belongs to (`"post": { "responses": … }`), upper-case. */
export function operationMethod(responses: JsonNode): string | undefined {
  const operation = responses.parent?.parent;
  const key = containerKey(operation);
  return key !== undefined && OPERATION_KEYS.has(key.toLowerCase()) ? key.toUpperCase() : undefined;
}

/** Whether a responses map already documents a success (2xx) response. */
export function hasSuccessResponse(responses: JsonNode): boolean {
  return (responses.children ?? []).some((property) => {
    const key = propertyKey(property);
    return key !== undefined && key.startsWith('2') && key.length === 3;
  });
}
