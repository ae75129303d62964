/**
 * The completion context in JSON: a status value being typed or about to be (`"statusCode": |`,
 * `"status": 4|`), or a key of an OpenAPI `responses` object (`"responses": { "|`, `"4|"`). Reads
 * the error-tolerant tree kept from detection; jsonc-parser has already recovered from the
 * half-typed text (an unterminated key string, a property with a colon and no value).
 */
import { createScanner, findNodeAtOffset, type Node as JsonNode } from 'jsonc-parser';
import { classifyJsonArrayElement, classifyJsonKey, classifyJsonPosition, classifyJsonValue } from './dispatchJson';
import type { Classification } from './statusExpressions';
import { hasSuccessResponse, isResponseMap, operationMethod } from './openApi';
import type { StatusNameRules } from './statusNames';
import type { StatusSlot } from './types';
import { parseJson } from './findJsonLiterals';
import { containerOpenAt, type JsonContainerTable } from './jsonContainerTable';
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
 * The completion context at `offset`, from a tree of only the container around it: detection keeps no tree, and a
 * completion should not parse a large file whole. The rules read a container, its members and its parent's name,
 * and the slot reads the operation key above a responses map, so the innermost container open at the offset is
 * parsed (a slot is in it or deeper) behind stand-ins for its parent and grandparent that hold just the keys it and
 * its parent sit under. Parsed alone from its bracket to its end, the container yields the subtree the whole
 * text would.
 */
export function jsonSlotAround(text: string, names: StatusNameRules, containers: JsonContainerTable, offset: number): StatusSlot | undefined {
  const inner = containerOpenAt(containers, offset);
  if (inner < 0) return jsonSlotAt(text, parseJson(blankDeepNesting(text, MAX_JSON_NESTING, 'json')), names, offset);
  const { starts, closes, parents } = containers;
  const parent = parents[inner]!;
  const grandparent = parent >= 0 ? parents[parent]! : -1;
  const prefix = opening(text, containers, grandparent, parent) + opening(text, containers, parent, inner);
  const start = starts[inner]!;
  const close = closes[inner]!;
  const local = prefix + text.slice(start, close < text.length ? close + 1 : close);
  const shift = start - prefix.length;
  const slot = jsonSlotAt(local, parseJson(blankDeepNesting(local, MAX_JSON_NESTING, 'json')), names, offset - shift);
  if (slot) {
    slot.start += shift;
    slot.end += shift;
  }
  return slot;
}

/** A stand-in for container `holder` opened up to where `child` sits in it: `{"key":` or `[`. */
function opening(text: string, containers: JsonContainerTable, holder: number, child: number): string {
  if (holder < 0 || child < 0) return '';
  if (text.charAt(containers.starts[holder]!) !== '{') return '[';
  const scanner = createScanner(text, true);
  scanner.setPosition(containers.keys[child]!);
  scanner.scan();
  return `{${JSON.stringify(scanner.getTokenValue())}:`;
}
