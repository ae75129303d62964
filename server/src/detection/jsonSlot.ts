/**
 * The completion context in JSON: a status value being typed or about to be (`"statusCode": |`,
 * `"status": 4|`), or a key of an OpenAPI `responses` object (`"responses": { "|`, `"4|"`). Reads
 * the error-tolerant tree kept from detection; jsonc-parser has already recovered from the
 * half-typed text (an unterminated key string, a property with a colon and no value).
 */
import { findNodeAtOffset, type Node as JsonNode } from 'jsonc-parser';
import { classifyJsonArrayElement, classifyJsonKey, classifyJsonPosition, classifyJsonValue } from './dispatchJson';
import type { Classification } from './statusExpressions';
import { hasSuccessResponse, isResponseMap, operationMethod } from './openApi';
import type { StatusNameRules } from './statusNames';
import type { StatusSlot } from './types';
import { parseJson } from './findJsonLiterals';
import { walkJsonNow } from './jsonWalk';
import { MAX_JSON_NESTING, blankDeepNesting } from './nestingGuard';

export function jsonSlotAt(
  text: string,
  root: JsonNode | undefined,
  names: StatusNameRules,
  offset: number,
): StatusSlot | undefined {
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, true);
  const env = { names };
  if (!node) return undefined;

  if (node.type === 'number' || node.type === 'string') {
    const isString = node.type === 'string';
    if (offset <= node.offset && isString) return undefined; // before the opening quote
    const prefix = text.slice(node.offset + (isString ? 1 : 0), offset);
    if (!/^\d*$/.test(prefix) && !(isString && /^[1-5][xX]{0,2}$/.test(prefix))) return undefined;
    const position = classifyJsonPosition(node, env);
    if (!position) return undefined;
    const slot = makeSlot(position.classification, node.offset, node.offset + node.length, prefix, node.parent);
    if (isString) slot.quote = '"';
    if (position.isKey) slot.isKey = true;
    return slot;
  }
  // "statusCode": |   (a property with a colon and no value yet)
  const afterColon = node.colonOffset !== undefined && offset > node.colonOffset;
  if (node.type === 'property' && afterColon && node.children?.length === 1) {
    const classification = classifyJsonValue(node, env);
    return classification ? makeSlot(classification, offset, offset, '', node) : undefined;
  }
  // "responses": { |   (a key not typed yet; the completion writes the quotes)
  if (node.type === 'object' && offset > node.offset) {
    const classification = classifyJsonKey(node, undefined, env);
    if (!classification) return undefined;
    const slot = makeSlot(classification, offset, offset, '', node);
    slot.quote = '"';
    slot.isKey = true;
    return slot;
  }
  // "retryStatusCodes": [429, |
  if (node.type === 'array' && offset > node.offset) {
    const classification = classifyJsonArrayElement(node, env);
    return classification ? makeSlot(classification, offset, offset, '', node) : undefined;
  }
  return undefined;
}

function makeSlot(
  classification: Classification,
  start: number,
  end: number,
  prefix: string,
  near: JsonNode | undefined,
): StatusSlot {
  const slot: StatusSlot = { start, end, prefix, context: classification.context };
  const responses = responsesMapAround(near);
  const method = responses ? operationMethod(responses) : undefined;
  if (method) slot.method = method;
  const typed = prefix.charAt(0);
  if (typed >= '1' && typed <= '5') slot.preferredClass = Number(typed);
  else if (responses && !hasSuccessResponse(responses)) slot.preferredClass = 2;
  return slot;
}

/** The responses object the slot is a key of, if any. */
function responsesMapAround(node: JsonNode | undefined): JsonNode | undefined {
  if (isResponseMap(node)) return node;
  if (node?.type === 'property' && isResponseMap(node.parent)) return node.parent;
  return undefined;
}

/**
 * The completion context at `offset`, from a tree of only the region around it: detection keeps no tree, and a
 * completion should not parse a large file whole. The region is the container two levels above the innermost one
 * open at the offset, enough for every rule (a container, its members, its parent's name) and for the slot's
 * own questions (the operation key above a responses map). Parsed alone, it yields the same subtree as the whole
 * text would: it starts at a bracket and ends where that container ends.
 */
export function jsonSlotAround(text: string, names: StatusNameRules, offset: number): StatusSlot | undefined {
  const { start, end } = regionAround(text, offset);
  const local = start === 0 && end === text.length ? text : text.slice(start, end);
  const slot = jsonSlotAt(local, parseJson(blankDeepNesting(local, MAX_JSON_NESTING, 'json')), names, offset - start);
  if (slot) {
    slot.start += start;
    slot.end += start;
  }
  return slot;
}

/** Container levels above the innermost open one that the region includes. */
const LEVELS_ABOVE = 2;

function regionAround(text: string, offset: number): { start: number; end: number } {
  const starts: number[] = [];
  /** The depth (index in `starts`) of the region's container, once the walk has reached the offset; -1 when none is open. */
  let level: number | undefined;
  let start = 0;
  let end: number | undefined;
  const reach = (at: number): void => {
    if (level !== undefined || at < offset) return;
    level = starts.length > 0 ? Math.max(0, starts.length - 1 - LEVELS_ABOVE) : -1;
    if (level >= 0) start = starts[level]!;
  };
  const begin = (at: number): void => {
    reach(at);
    starts.push(at);
  };
  const finish = (at: number, length: number): void => {
    reach(at);
    if (level !== undefined && starts.length === level + 1) end = at + length;
    starts.pop();
  };
  walkJsonNow(text, {
    objectBegin: begin,
    arrayBegin: begin,
    objectEnd: finish,
    arrayEnd: finish,
    property: (_key, at) => reach(at),
    literal: (_value, at) => reach(at),
  }, { until: () => end !== undefined });
  // Nothing open at the offset (before or after the document's value): the whole text.
  if (level === undefined || level < 0 || end === undefined) return { start: 0, end: text.length };
  return { start, end };
}
