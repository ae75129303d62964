/**
 * Finds status-code literals in JSON and JSON with comments, with jsonc-parser's error-tolerant tree
 * (trailing commas and comments allowed, broken text recovered), so a half-typed document still
 * yields its literals and the tree completion needs. Any tree of jsonc-parser's `Node` shape can be
 * analysed (`analyseJsonTree`), so other formats mapped onto it (YAML) share the JSON rules.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { classifyJsonPosition, type JsonPosition } from './dispatchJson';
import { responseKeyCode } from './openApi';
import { ProtocolScope } from './protocolScope';
import { firstDroppingFilter } from './ruleEngine';
import type { FilterScope, JsonEnv, VerdictStep } from './rules/rule';
import { ScopeHintCollector, forEachJsonComment, mayHoldDirective } from './scopeHints';
import type { StatusNameRules } from './statusNames';
import type { ScopeHints, StatusLiteral } from './types';

export interface JsonAnalysis {
  root: JsonNode | undefined;
  literals: StatusLiteral[];
  scopeHints: ScopeHints;
  /** What the evidence filters know about the file. */
  scope: FilterScope;
}

export function parseJson(text: string): JsonNode | undefined {
  const errors: ParseError[] = [];
  return parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
}

/** Every node of a tree, parents before children, in document order; an explicit stack, since generated JSON nests deeper than the call stack. */
function forEachNode(root: JsonNode | undefined, onNode: (node: JsonNode) => void): void {
  const stack: JsonNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    onNode(node);
  }
}

/**
 * Finds the literals of a parsed tree (jsonc-parser's `Node` shape, offsets into `text`), appending to
 * `literals` as it goes. The entry point for JSON and for trees mapped onto its shape.
 */
export function analyseJsonTree(
  text: string,
  root: JsonNode | undefined,
  names: StatusNameRules,
  literals: StatusLiteral[],
  forEachComment: typeof forEachJsonComment = forEachJsonComment,
): JsonAnalysis {
  const hints = new ScopeHintCollector();
  if (mayHoldDirective(text)) forEachComment(text, (comment, offset) => hints.addComment(comment, offset));
  const protocol = new ProtocolScope(text);
  const candidates: JsonNode[] = [];
  forEachNode(root, (node) => {
    if (node.type === 'string' && typeof node.value === 'string') {
      if (node.parent?.type === 'property' && node.parent.children?.[0] === node) protocol.noteIdentifier(node.value);
      else protocol.noteString(node.value);
    }
    if (node.type === 'number' || node.type === 'string') candidates.push(node);
  });
  protocol.finish();
  const scope = jsonFilterScope(protocol);
  const env: JsonEnv = { names };
  for (const node of candidates) {
    const literal = judgeJsonLiteral(text, node, env, scope);
    if (literal) literals.push(literal);
  }
  return { root, literals, scopeHints: hints.result(), scope };
}

/** The JSON entry point under its historical name. */
export const analyseJson = analyseJsonTree;

/** JSON has no functions or classes: only the file-level protocol verdict applies. */
export function jsonFilterScope(protocol: ProtocolScope): FilterScope {
  return { suppresses: (_node, evidence, strong) => protocol.suppresses(undefined, evidence, strong) };
}

/** Judges one number or string node; `trace` records the rules asked (for `--explain`). */
export function judgeJsonLiteral(text: string, node: JsonNode, env: JsonEnv, scope: FilterScope, trace?: VerdictStep[]): StatusLiteral | undefined {
  const value: unknown = node.value;
  if (node.type === 'string' ? typeof value !== 'string' || !isCandidateString(value) : node.type !== 'number' || typeof value !== 'number') return undefined;
  const position = classifyJsonPosition(node, env, trace);
  if (!position) return undefined;
  return jsonLiteralOf(text, { start: node.offset, end: node.offset + node.length, value: value as string | number }, position, scope, trace);
}

/**
 * Whether a string could be a code (`"404"`, `"4xx"`); checked before any rule, since most strings of a
 * document are not code-shaped at all. Every number is a candidate.
 */
export function isCandidateString(value: string): boolean {
  // `/^(\d+|[1-5]xx)$/i` of at most 4 characters, by char code: every key and string value of a document asks.
  const length = value.length;
  if (length === 0 || length > 4) return false;
  const first = value.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return false;
  if (length === 3 && first >= 0x31 && first <= 0x35 && isX(value.charCodeAt(1)) && isX(value.charCodeAt(2))) return true;
  for (let i = 1; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** `x` or `X`. */
function isX(code: number): boolean {
  return code === 0x78 || code === 0x58;
}

/** A number or string token of the text, with its value. */
export interface JsonToken {
  start: number;
  end: number;
  value: string | number;
}

/** The literal a classified token reports, unless its value is no code or an evidence filter drops it. */
export function jsonLiteralOf(text: string, token: JsonToken, position: JsonPosition, scope: FilterScope, trace?: VerdictStep[]): StatusLiteral | undefined {
  const { value, start, end } = token;
  const { classification, isKey } = position;
  const isString = typeof value === 'string';
  let code: number | string | undefined;
  if (isKey && classification.context === 'openapi-response-key') {
    code = responseKeyCode(isString ? value : '')?.code;
  } else if (typeof value === 'number') {
    code = value;
  } else {
    code = /^\d{3}$/.test(value) ? Number(value) : undefined;
  }
  if (code === undefined) return undefined;
  const numeric = typeof code === 'number' ? code : undefined;
  const input = { finding: classification, value: numeric, language: 'json' as const, isString: isString && !isKeyOfResponses(isKey, classification) };
  if (numeric !== undefined && firstDroppingFilter(input, scope, trace) !== undefined) return undefined;
  const literal: StatusLiteral = { start, end, text: text.slice(start, end), code, context: classification.context, rule: classification.rule };
  // The source's own quote: YAML keys are plain (`404:`), single- or double-quoted.
  const quote = text.charAt(start);
  if (isString && (quote === '"' || quote === "'")) literal.quote = quote;
  if (classification.rangeBound) literal.rangeBound = true;
  return literal;
}

/** A responses-map key reports any all-digit code ("4040" is flagged), like a status-setting call. */
function isKeyOfResponses(isKey: boolean, classification: { context: string }): boolean {
  return isKey && classification.context === 'openapi-response-key';
}
