/**
 * YAML read as the JSON detector's tree. The `yaml` package parses with exact source ranges and recovers from
 * the syntax errors of a half-typed file; its nodes are mapped onto jsonc-parser's `Node` shape (type, offset,
 * length, children, value, parent) so every JSON rule (OpenAPI `responses` keys, a response example's
 * `status`, schema values) reads YAML unchanged and is written once.
 *
 * Mapping: a mapping is an `object` of `property` nodes (`[key, value?]`), a sequence an `array`, a scalar a
 * `string`/`number`/`boolean`/`null` by the value YAML 1.2's core schema resolves. Keys are always `string`
 * nodes whose value is the key's text as YAML reads it (`404:` is the number 404, keyed "404"), so key rules
 * need not know YAML's types. An empty value (`'404':` with nothing after it) is left out, as jsonc-parser
 * leaves out a value not typed yet. Several documents in one file hang under a synthetic root array.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { Document, Node as YamlNode } from 'yaml';
import { yamlLibrary } from './yamlLibrary';

/** A syntax error the parser recovered from, for a reader that reports them (an OpenAPI document named as a catalog). */
export interface YamlSyntaxError {
  offset: number;
  message: string;
}

/**
 * A scalar read only as a value (a mapping value or a sequence item, with no anchor or tag): where an edit may leave
 * every verdict as it was (editImpact.ts). `start`/`end` are its source, quotes included when it is quoted.
 */
export interface YamlValueScalar {
  start: number;
  end: number;
  plain: boolean;
}

/** jsonc-parser's Node with the writable fields this adapter fills. */
type MutableNode = { -readonly [K in keyof JsonNode]: JsonNode[K] } & { children?: MutableNode[]; parent?: MutableNode };

export function parseYaml(text: string, syntaxErrors?: YamlSyntaxError[], valueScalars?: YamlValueScalar[]): JsonNode | undefined {
  const { parseAllDocuments } = yamlLibrary();
  // Errors are collected on each document, never thrown; duplicate keys are the user's business, not ours.
  const documents = parseAllDocuments(text, { strict: false, uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  if (syntaxErrors) {
    for (const document of list) for (const error of document.errors) syntaxErrors.push({ offset: error.pos[0], message: error.message });
  }
  const roots: MutableNode[] = [];
  for (const document of list) {
    const root = convert(document.contents, text, document, valueScalars);
    if (root) roots.push(root);
  }
  // Collected from a work stack, so out of order: sorted for a binary search.
  valueScalars?.sort((a, b) => a.start - b.start);
  if (roots.length <= 1) return roots[0];
  const first = roots[0]!;
  const last = roots[roots.length - 1]!;
  const wrapper: MutableNode = { type: 'array', offset: first.offset, length: last.offset + last.length - first.offset, children: roots };
  for (const root of roots) root.parent = wrapper;
  return wrapper;
}

/** A YAML node's tree, built with an explicit stack: generated specs can nest deeper than the call stack. */
function convert(top: unknown, text: string, document: Document, valueScalars?: YamlValueScalar[]): MutableNode | undefined {
  const { isMap, isPair, isSeq } = yamlLibrary();
  const noteValue = (yaml: unknown, node: MutableNode): void => {
    if (valueScalars && node.type === 'string') {
      const plain = isPlainScalar(yaml);
      if (plain !== undefined) valueScalars.push({ start: node.offset, end: node.offset + node.length, plain });
    }
  };
  const leaf = (yaml: unknown, source: string) => leafNode(yaml, source, document);
  const root = leaf(top, text);
  if (!root) return undefined;
  const work: Array<{ yaml: unknown; node: MutableNode }> = [{ yaml: top, node: root }];
  while (work.length > 0) {
    const { yaml, node } = work.pop()!;
    if (isMap(yaml)) {
      for (const pair of yaml.items) {
        if (!isPair(pair)) continue;
        const key = keyNode(pair.key, text);
        if (!key) continue;
        const property: MutableNode = { type: 'property', offset: key.offset, length: key.length, parent: node, children: [key] };
        key.parent = property;
        const value = isEmpty(pair.value) ? undefined : leaf(pair.value, text);
        if (value) {
          noteValue(pair.value, value);
          value.parent = property;
          property.children!.push(value);
          property.length = value.offset + value.length - property.offset;
          work.push({ yaml: pair.value, node: value });
        }
        property.colonOffset = colonAfter(text, key.offset + key.length);
        node.children!.push(property);
      }
    } else if (isSeq(yaml)) {
      for (const item of yaml.items) {
        const child = leaf(item, text);
        if (!child) continue;
        noteValue(item, child);
        child.parent = node;
        node.children!.push(child);
        work.push({ yaml: item, node: child });
      }
    }
  }
  return root;
}

/** The node for one YAML node, children not yet filled. */
function leafNode(yaml: unknown, text: string, document: Document): MutableNode | undefined {
  const { isAlias, isMap, isScalar, isSeq } = yamlLibrary();
  const range = rangeOf(yaml);
  if (!range) return undefined;
  const [offset, end] = range;
  if (isMap(yaml)) return { type: 'object', offset, length: end - offset, children: [] };
  if (isSeq(yaml)) return { type: 'array', offset, length: end - offset, children: [] };
  if (isScalar(yaml)) {
    // A block scalar (`|`, `>`) is prose, never a status, whatever it holds: its node keeps the source text.
    if (yaml.type === 'BLOCK_LITERAL' || yaml.type === 'BLOCK_FOLDED') return { type: 'string', offset, length: end - offset, value: text.slice(offset, end) };
    const value: unknown = yaml.value;
    if (typeof value === 'number') return { type: 'number', offset, length: end - offset, value };
    if (typeof value === 'string') return { type: 'string', offset, length: end - offset, value };
    if (typeof value === 'boolean') return { type: 'boolean', offset, length: end - offset, value };
    if (value === null) return { type: 'null', offset, length: end - offset, value: null };
    return { type: 'string', offset, length: end - offset, value: text.slice(offset, end) }; // a custom tag's value
  }
  if (isAlias(yaml)) {
    // `'404': *notFound`: the alias stands for the anchored node; its kind (a response object) counts, its
    // contents were read where they are written.
    const target = safeResolve(yaml, document);
    const type = isMap(target) ? 'object' : isSeq(target) ? 'array' : 'null';
    return { type, offset, length: end - offset, value: null, ...(type === 'null' ? {} : { children: [] }) };
  }
  return undefined;
}

/** Whether a scalar without anchor or tag is plain (true) or quoted (false); undefined for anything else (block scalars too). */
function isPlainScalar(yaml: unknown): boolean | undefined {
  const { isScalar } = yamlLibrary();
  if (!isScalar(yaml) || yaml.anchor || yaml.tag) return undefined;
  if (yaml.type === 'PLAIN') return true;
  return yaml.type === 'QUOTE_DOUBLE' || yaml.type === 'QUOTE_SINGLE' ? false : undefined;
}

/** A key as a string node: `404:` reads as the number 404 and is keyed "404"; a complex key is skipped. */
function keyNode(key: unknown, text: string): MutableNode | undefined {
  const { isScalar } = yamlLibrary();
  if (!isScalar(key)) return undefined;
  const range = rangeOf(key);
  if (!range) return undefined;
  const value: unknown = key.value;
  // A number key keeps its spelling (`404:` is keyed "404", `2e2:` is not a code though it reads as 200).
  const keyText = typeof value === 'string' ? value : text.slice(range[0], range[1]);
  return { type: 'string', offset: range[0], length: range[1] - range[0], value: keyText };
}

function safeResolve(alias: { resolve(document: Document): unknown }, document: Document): unknown {
  try {
    return alias.resolve(document);
  } catch {
    return undefined; // an alias to an anchor not defined (yet): nothing to resolve
  }
}

function isEmpty(value: unknown): boolean {
  const { isScalar } = yamlLibrary();
  if (value === null || value === undefined) return true;
  const range = rangeOf(value);
  return isScalar(value) && value.value === null && (!range || range[0] === range[1]);
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return Array.isArray(range) && typeof range[0] === 'number' && typeof range[1] === 'number' ? [range[0], range[1]] : undefined;
}

/** The offset of the `:` after a key, when it follows on the same line. */
function colonAfter(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === ':') return i;
    if (ch !== ' ' && ch !== '\t') return undefined;
  }
  return undefined;
}

/** Token kinds of the YAML lexer that stand for no source text (they mark the lexer's own state). */
const CONTROL_TOKENS = new Set(['\x02', '\x18']);
const SCALAR_MARKER = '\x1f';

/**
 * Every `#` comment of a YAML document, with its offset, from the YAML lexer (a `#` inside a quoted or block
 * scalar is not a comment). Called only when the text mentions a directive.
 */
export function forEachYamlComment(text: string, onComment: (text: string, offset: number) => void): void {
  const { Lexer } = yamlLibrary();
  let offset = 0;
  let atScalar = false;
  for (const token of new Lexer().lex(text)) {
    if (atScalar) {
      atScalar = false;
      offset += token.length;
      continue;
    }
    if (token === SCALAR_MARKER) {
      atScalar = true;
      continue;
    }
    if (CONTROL_TOKENS.has(token)) continue;
    if (token.startsWith('#')) onComment(token, offset);
    offset += token.length;
  }
}
