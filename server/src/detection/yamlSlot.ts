/**
 * The completion context in YAML: a key of an OpenAPI `responses` mapping being typed (`responses:` then an
 * indented `4|`, `'4|'` or nothing yet), or a status value (`status: 4|`, `statusCode: |`). A key half-typed
 * on its own line is not a key to YAML yet (`responses:\n  4` reads as the value 4), so keys are found by
 * indentation in the text; values and quoted keys come from the tree kept from detection. A key completion is
 * quoted the way the mapping's other keys are (`'200':`, `"200":` or plain `200:`).
 */
import { findNodeAtOffset, type Node as JsonNode } from 'jsonc-parser';
import { classifyJsonPosition, classifyJsonValue } from './dispatchJson';
import type { Classification } from './statusExpressions';
import type { StatusNameRules } from './statusNames';
import type { StatusSlot } from './types';

/** Keys of maps from status code to response, as in the JSON rules. */
const RESPONSE_MAP_KEY = /^\s*(?:-\s+)?(["']?)(responses|response)\1\s*:\s*(?:#.*)?$/;
const OPERATION_KEY = /^\s*(["']?)(get|put|post|delete|options|head|patch|trace)\1\s*:\s*(?:#.*)?$/i;
/** A mapping key with its quote: `'200':`, `"4XX":`, `201:`. */
const CODE_KEY = /^\s*(["']?)(\d{3}|[1-5]xx)\1\s*:/i;
/** What may stand before the cursor on a key line being typed: indentation, an opening quote, digits. */
const TYPED_KEY = /^(\s+)(["']?)(\d{0,3}|[1-5][xX]{0,2})$/;
/** A value being typed after a key on the same line: `status: 4`, `statusCode: `. */
const TYPED_VALUE = /^\s*(?:-\s+)?(["']?)([\w$.-]+)\1\s*:\s+(["']?)(\d{0,3})$/;

export function yamlSlotAt(text: string, root: JsonNode | undefined, names: StatusNameRules, offset: number): StatusSlot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const keySlot = responseKeySlot(text, lineStart, before, offset);
  if (keySlot) return keySlot;
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, true);
  if (node && (node.type === 'number' || node.type === 'string')) return scalarSlot(text, node, names, offset);
  const typed = TYPED_VALUE.exec(before);
  if (typed) return valueSlot(text, root, names, lineStart + before.indexOf(typed[2]!), typed[3]!, typed[4]!, offset);
  return undefined;
}

/** A key of a `responses` mapping, typed on its own line or about to be. */
function responseKeySlot(text: string, lineStart: number, before: string, offset: number): StatusSlot | undefined {
  const typed = TYPED_KEY.exec(before);
  if (!typed) return undefined;
  const indent = typed[1]!.length;
  const parent = parentLine(text, lineStart, indent);
  if (!parent || !RESPONSE_MAP_KEY.test(parent.text)) return undefined;
  const siblings = childKeyLines(text, parent.end, indent);
  const openedWith = typed[2] as '' | '"' | "'";
  const prefix = typed[3]!;
  const quote = openedWith || styleOf(siblings, text);
  // The slot spans what is typed of the key, its closing quote included when the editor already inserted it.
  const start = offset - prefix.length - openedWith.length;
  let end = offset;
  while (end < text.length && /[0-9xX]/.test(text.charAt(end))) end++;
  if (openedWith && text.charAt(end) === openedWith) end++;
  const slot: StatusSlot = { start, end, prefix, context: 'openapi-response-key', isKey: true };
  if (quote) slot.quote = quote;
  const operation = parentLine(text, parent.start, indentOf(parent.text));
  const method = operation && OPERATION_KEY.exec(operation.text)?.[2];
  if (method) slot.method = method.toUpperCase();
  const digit = prefix.charAt(0);
  if (digit >= '1' && digit <= '5') slot.preferredClass = Number(digit);
  else if (!siblings.some((line) => CODE_KEY.exec(line)?.[2]?.startsWith('2'))) slot.preferredClass = 2;
  return slot;
}

/** The quote of the mapping's code keys, else of the file's first code key; `'` when the file has none. */
function styleOf(siblings: string[], text: string): '"' | "'" | undefined {
  const sibling = siblings.map((line) => CODE_KEY.exec(line)).find((match) => match);
  const match = sibling ?? /^\s*(["']?)(\d{3}|[1-5]xx)\1\s*:/im.exec(text);
  if (!match) return "'";
  return match[1] === '"' || match[1] === "'" ? match[1] : undefined;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The nearest line above `lineStart` that is less indented than `indent` (blank and comment lines skipped). */
function parentLine(text: string, lineStart: number, indent: number): Line | undefined {
  let end = lineStart - 1;
  while (end >= 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (indentOf(line) < indent) return { start, end: start + line.length, text: line };
  }
  return undefined;
}

/** The lines directly under a parent line at `indent` (deeper lines and blank lines skipped), up to the next less indented line. */
function childKeyLines(text: string, from: number, indent: number): string[] {
  const lines: string[] = [];
  const rest = text.slice(from).split('\n').slice(1);
  for (const raw of rest) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(line)) continue;
    const own = indentOf(line);
    if (own < indent) break;
    if (own === indent) lines.push(line);
  }
  return lines;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** The cursor in a scalar: a quoted key being typed (`'4|':`) or a value (`status: 40|`). */
function scalarSlot(text: string, node: JsonNode, names: StatusNameRules, offset: number): StatusSlot | undefined {
  const quote = text.charAt(node.offset);
  const quoted = quote === '"' || quote === "'";
  if (quoted && offset <= node.offset) return undefined;
  const prefix = text.slice(node.offset + (quoted ? 1 : 0), offset);
  if (!/^\d*$/.test(prefix) && !(node.type === 'string' && /^[1-5][xX]{0,2}$/.test(prefix))) return undefined;
  const position = classifyJsonPosition(node, { names });
  if (!position) return undefined;
  const slot = makeSlot(position.classification, node.offset, node.offset + node.length, prefix);
  if (quoted) slot.quote = quote;
  if (position.isKey) slot.isKey = true;
  return slot;
}

/** `statusCode: |`: a key with nothing after its colon yet, found in the tree by the key's offset. */
function valueSlot(
  text: string,
  root: JsonNode,
  names: StatusNameRules,
  keyOffset: number,
  quote: string,
  prefix: string,
  offset: number,
): StatusSlot | undefined {
  const key = findNodeAtOffset(root, keyOffset + 1, false);
  const property = key?.parent;
  if (property?.type !== 'property' || property.children?.[0] !== key) return undefined;
  const classification = classifyJsonValue(property, { names });
  if (!classification) return undefined;
  const start = offset - prefix.length - quote.length;
  let end = offset;
  while (end < text.length && /\d/.test(text.charAt(end))) end++;
  if (quote && text.charAt(end) === quote) end++;
  const slot = makeSlot(classification, start, end, prefix);
  if (quote === '"' || quote === "'") slot.quote = quote;
  return slot;
}

function makeSlot(classification: Classification, start: number, end: number, prefix: string): StatusSlot {
  const slot: StatusSlot = { start, end, prefix, context: classification.context };
  const digit = prefix.charAt(0);
  if (digit >= '1' && digit <= '5') slot.preferredClass = Number(digit);
  return slot;
}
