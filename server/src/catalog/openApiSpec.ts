/**
 * An OpenAPI 3.x or Swagger 2.0 document read as a catalog: per operation (method + path), the status codes it
 * declares under `responses` with their descriptions and source lines, and the `default` and `4XX` ranges. The reader
 * takes a jsonc-parser tree, which JSON documents give directly and YAML documents give through the YAML mapping, so
 * one reader serves both.
 */
import { findNodeAtLocation, getNodeValue, type Node as JsonNode } from 'jsonc-parser';
import type { CatalogEntry } from './types';
import { LineIndex } from './parsers/lineIndex';

/** One declared response of an operation. */
export interface OpenApiResponse {
  /** A status code, an upper-case range ("4XX"), or "default". */
  key: number | string;
  description: string;
  /** 1-based line of the response key. */
  line: number;
}

export interface OpenApiOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** The path template as the spec writes it, with the base path ("/orders/{id}"). */
  path: string;
  /** The path template without the server's base path, for matching route registrations. */
  routePath: string;
  operationId?: string;
  responses: OpenApiResponse[];
  /** 1-based line of the operation's method key. */
  line: number;
  /** Where a new response goes, in the document's own style; absent when the operation has no `responses` map. */
  insertion?: ResponseInsertion;
}

/** How to add a response to an operation: after its last response (or inside the empty map), written like the others. */
export interface ResponseInsertion {
  /** 0-based position just after the last response's value, or just after the empty map's `{`. */
  line: number;
  character: number;
  /** The indentation of the response keys (of the existing ones, else the map's own plus two spaces). */
  indent: string;
  /** The quote the existing keys use ('"' in JSON), or "" for plain YAML keys. */
  quote: string;
  /** True when the map has no responses yet (no separator before the new one). */
  empty: boolean;
}

export interface OpenApiSpec {
  version: string;
  /** The base path every operation's path is served under ("/api"), or "". */
  basePath: string;
  operations: OpenApiOperation[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Whether a parsed JSON/YAML document is an OpenAPI or Swagger document (a version key and paths). */
export function isOpenApiTree(root: JsonNode | undefined): boolean {
  if (root?.type !== 'object') return false;
  const version = findNodeAtLocation(root, ['openapi']) ?? findNodeAtLocation(root, ['swagger']);
  return typeof version?.value === 'string' && findNodeAtLocation(root, ['paths'])?.type === 'object';
}

/** The operations of an OpenAPI document, or undefined when the tree is not one. */
export function readOpenApiSpec(root: JsonNode | undefined, text: string): OpenApiSpec | undefined {
  if (!root || !isOpenApiTree(root)) return undefined;
  const lines = new LineIndex(text);
  const version = String((findNodeAtLocation(root, ['openapi']) ?? findNodeAtLocation(root, ['swagger']))?.value ?? '');
  const basePath = normalizeBase(version.startsWith('2') ? stringAt(root, ['basePath']) : serverPath(stringAt(root, ['servers', 0, 'url'])));
  const operations: OpenApiOperation[] = [];
  const paths = findNodeAtLocation(root, ['paths']);
  for (const pathProperty of paths?.children ?? []) {
    const [pathKey, pathItem] = pathProperty.children ?? [];
    if (typeof pathKey?.value !== 'string' || pathItem?.type !== 'object') continue;
    for (const operationProperty of pathItem.children ?? []) {
      const [methodKey, operation] = operationProperty.children ?? [];
      const method = typeof methodKey?.value === 'string' ? methodKey.value.toLowerCase() : '';
      if (!METHODS.includes(method) || operation?.type !== 'object' || !methodKey) continue;
      const responsesNode = findNodeAtLocation(operation, ['responses']);
      const responses: OpenApiResponse[] = [];
      let insertAfter = responsesNode ? responsesNode.offset + 1 : -1;
      let responseIndent: string | undefined;
      let quote = '"';
      for (const responseProperty of responsesNode?.type === 'object' ? responsesNode.children ?? [] : []) {
        const [keyNode, value] = responseProperty.children ?? [];
        if (!keyNode) continue;
        const key = responseKey(keyNode.value);
        insertAfter = contentEnd(text, responseProperty.offset, responseProperty.offset + responseProperty.length);
        if (responseIndent === undefined) {
          responseIndent = indentationAt(text, keyNode.offset);
          const first = text[keyNode.offset];
          quote = first === '"' || first === "'" ? first : '';
        }
        if (key === undefined) continue;
        const resolved = resolveLocalRef(root, value);
        const description = resolved?.type === 'object' ? findNodeAtLocation(resolved, ['description'])?.value : undefined;
        responses.push({ key, description: typeof description === 'string' ? description.trim() : '', line: lines.lineAt(keyNode.offset) });
      }
      const operationId = findNodeAtLocation(operation, ['operationId'])?.value;
      operations.push({
        method: method.toUpperCase(),
        path: basePath + pathKey.value,
        routePath: pathKey.value,
        ...(typeof operationId === 'string' ? { operationId } : {}),
        responses,
        line: lines.lineAt(methodKey.offset),
        ...(insertAfter >= 0 && responsesNode
          ? { insertion: insertionAt(text, lines, insertAfter, responseIndent ?? `${indentationOfLine(text, responsesNode.offset)}  `, quote, responses.length === 0 && responseIndent === undefined) }
          : {}),
      });
    }
  }
  return { version, basePath, operations };
}

/**
 * The catalog entries of a spec, for literals outside any matched handler: one per operation and declared code, the
 * response's description as the message and the operation as the description.
 */
export function openApiEntries(spec: OpenApiSpec): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const operation of spec.operations) {
    for (const response of operation.responses) {
      if (typeof response.key !== 'number') continue;
      entries.push({
        code: response.key,
        message: response.description || null,
        description: `${operation.method} ${operation.path}`,
        class: null,
        line: response.line,
      });
    }
  }
  return entries;
}

/**
 * The response an operation declares for a code: the code itself, else its class range ("4XX"), else "default";
 * an explicit code wins over its range, as runtime validators decide.
 */
export function declaredResponse(operation: OpenApiOperation, code: number): OpenApiResponse | undefined {
  return operation.responses.find((r) => r.key === code)
    ?? operation.responses.find((r) => r.key === `${Math.floor(code / 100)}XX`)
    ?? operation.responses.find((r) => r.key === 'default');
}

/** A response written as `$ref: '#/components/responses/NotFound'`: the object it points at (local refs only, 8 hops). */
function resolveLocalRef(root: JsonNode, value: JsonNode | undefined): JsonNode | undefined {
  let current = value;
  for (let hop = 0; hop < 8 && current?.type === 'object'; hop++) {
    const ref = findNodeAtLocation(current, ['$ref'])?.value;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
    const path = ref.slice(2).split('/').map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
    current = findNodeAtLocation(root, path);
  }
  return current;
}

function responseKey(value: unknown): number | string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^[1-5][0-9][0-9]$/.test(text)) return Number(text);
  if (/^[1-5]xx$/i.test(text)) return text.toUpperCase();
  if (text === 'default') return 'default';
  return undefined;
}

function stringAt(root: JsonNode, path: Array<string | number>): string {
  const node = findNodeAtLocation(root, path);
  const value = node ? getNodeValue(node) : undefined;
  return typeof value === 'string' ? value : '';
}

/** The path part of a server URL ("https://api.example.com/v1" → "/v1"; "/api" stays; variables kept). */
function serverPath(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
  return match ? match[1] ?? '' : url;
}

function normalizeBase(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  if (!trimmed || trimmed === '/') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function insertionAt(text: string, lines: LineIndex, offset: number, indent: string, quote: string, empty: boolean): ResponseInsertion {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  return { line: lines.lineAt(offset) - 1, character: offset - lineStart, indent, quote, empty };
}

/**
 * Where a node's written content ends: a YAML block map's range runs past its line break (up to the next key), and
 * a response inserted there would land at the start of the next line, joined to the key written there.
 */
function contentEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s]/.test(text[at - 1]!)) at--;
  return at;
}

/** The leading whitespace of the line an offset is on. */
function indentationOfLine(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n') start--;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

function indentationAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n') start--;
  const prefix = text.slice(start, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : '';
}
