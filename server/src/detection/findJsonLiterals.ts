/**
 * Finds status-code literals in JSON and JSON with comments, with jsonc-parser's error-tolerant tree
 * (trailing commas and comments allowed, broken text recovered), so a half-typed document still
 * yields its literals and the tree completion needs.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { classifyJsonArrayElement, classifyJsonKey, classifyJsonValue, type JsonClassification } from './jsonPositions';
import { propertyKey, responseKeyCode } from './openApi';
import { namesReasonPhraseOf } from './reasonPhrases';
import { ScopeHintCollector, forEachJsonComment, mayHoldDirective } from './scopeHints';
import type { StatusNameRules } from './statusNames';
import type { ScopeHints, StatusLiteral } from './types';

export interface JsonAnalysis {
  root: JsonNode | undefined;
  literals: StatusLiteral[];
  scopeHints: ScopeHints;
}

export function parseJson(text: string): JsonNode | undefined {
  const errors: ParseError[] = [];
  return parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
}

/** Finds the literals of a parsed document, appending to `literals` as it goes. */
export function analyseJson(
  text: string,
  root: JsonNode | undefined,
  names: StatusNameRules,
  literals: StatusLiteral[],
  forEachComment: typeof forEachJsonComment = forEachJsonComment,
): JsonAnalysis {
  const hints = new ScopeHintCollector();
  if (mayHoldDirective(text)) forEachComment(text, (comment, offset) => hints.addComment(comment, offset));
  // Explicit stack instead of recursion: generated JSON can nest deeper than the call stack.
  const stack: JsonNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (node.type !== 'number' && node.type !== 'string') continue;
    const literal = judgeJsonLiteral(text, node, names);
    if (literal) literals.push(literal);
  }
  return { root, literals, scopeHints: hints.result() };
}

export interface JsonPosition {
  classification: JsonClassification;
  isKey: boolean;
}

/** The classification of the position a JSON number or string occupies. */
export function classifyJsonPosition(node: JsonNode, names: StatusNameRules): JsonPosition | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (parent.type === 'property') {
    const isKey = parent.children?.[0] === node;
    const classification = isKey
      ? parent.parent && classifyJsonKey(parent.parent, parent, names)
      : classifyJsonValue(parent, names) ?? classifyReasonPhraseEntry(parent, node);
    return classification ? { classification, isKey } : undefined;
  }
  if (parent.type === 'array') {
    const classification = classifyJsonArrayElement(parent, names);
    return classification ? { classification, isKey: false } : undefined;
  }
  return undefined;
}

/**
 * `"NOT_FOUND": 404`: a key spelling the reason phrase of its number (an exported status table), or any number
 * of a table where at least three keys do (`"Enhance Your Calm": 420` among them).
 */
function classifyReasonPhraseEntry(property: JsonNode, value: JsonNode): JsonClassification | undefined {
  if (typeof value.value !== 'number') return undefined;
  if (isReasonPhraseEntry(property)) return { context: 'property' };
  return property.parent && isReasonPhraseTable(property.parent) ? { context: 'property' } : undefined;
}

/** Verdicts per object, so a large object is scanned once rather than once per number in it. */
const reasonPhraseTables = new WeakMap<JsonNode, boolean>();

function isReasonPhraseTable(object: JsonNode): boolean {
  let verdict = reasonPhraseTables.get(object);
  if (verdict === undefined) {
    let entries = 0;
    for (const property of object.children ?? []) if (isReasonPhraseEntry(property) && ++entries >= 3) break;
    verdict = entries >= 3;
    reasonPhraseTables.set(object, verdict);
  }
  return verdict;
}

function isReasonPhraseEntry(property: JsonNode): boolean {
  const key = propertyKey(property);
  const code = property.children?.[1]?.value;
  return key !== undefined && typeof code === 'number' && namesReasonPhraseOf(key, code);
}

function judgeJsonLiteral(text: string, node: JsonNode, names: StatusNameRules): StatusLiteral | undefined {
  const value: unknown = node.value;
  // Cheap filter first: most numbers and strings in a document are not code-shaped at all.
  const codeShaped = typeof value === 'string' && value.length <= 4 && /^(\d+|[1-5]xx)$/i.test(value);
  if (node.type === 'string' && !codeShaped) return undefined;
  if (node.type === 'number' && typeof value !== 'number') return undefined;
  const position = classifyJsonPosition(node, names);
  if (!position) return undefined;
  const { classification, isKey } = position;
  let code: number | string | undefined;
  if (isKey) {
    const key = typeof value === 'string' ? value : '';
    code = classification.context === 'openapi-response-key' ? responseKeyCode(key)?.code : inRange(Number(key), key);
  } else if (typeof value === 'number') {
    code = Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
  } else if (typeof value === 'string') {
    code = inRange(Number(value), value);
  }
  if (code === undefined) return undefined;
  const start = node.offset;
  const end = node.offset + node.length;
  const literal: StatusLiteral = { start, end, text: text.slice(start, end), code, context: classification.context };
  // The source's own quote: YAML keys are plain (`404:`), single- or double-quoted.
  const quote = text.charAt(start);
  if (node.type === 'string' && (quote === '"' || quote === "'")) literal.quote = quote;
  if (classification.rangeBound) literal.rangeBound = true;
  return literal;
}

/** A three-digit string's code when it is in 100-599. */
function inRange(value: number, text: string): number | undefined {
  return text.length === 3 && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}
