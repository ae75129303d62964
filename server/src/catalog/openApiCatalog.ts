/**
 * An OpenAPI document in a catalog folder becomes a catalog: its entries are the declared responses of every
 * operation (for literals outside any matched handler), and it keeps the operations themselves so that a literal
 * inside a route handler is judged by its own operation.
 */
import { findNodeAtLocation, type Node as JsonNode, parseTree } from 'jsonc-parser';
import { findExcessiveNesting } from './jsonDepth';
import { parseYaml } from '../detection/yamlTree';
import { isOpenApiTree, openApiEntries, readOpenApiSpec } from './openApiSpec';
import type { Catalog, CatalogInfo } from './types';

/** Whether a JSON text is an OpenAPI/Swagger document (checked before reading it as a JSON catalog). */
export function parseOpenApiJson(text: string): JsonNode | undefined {
  // jsonc-parser's tree is built recursively: a document nested too deep is left to the JSON catalog reader,
  // which reports it (jsonDepth.ts) instead of overflowing the stack here.
  if (findExcessiveNesting(text) !== undefined || !/"(openapi|swagger)"\s*:/.test(text)) return undefined;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  return isOpenApiTree(root) ? root : undefined;
}

/** The catalog of an OpenAPI document's parsed tree; its title is the spec's `info.title` unless one was given. */
export function openApiCatalog(root: JsonNode, text: string, info: CatalogInfo, titleGiven: boolean): Catalog | undefined {
  const spec = readOpenApiSpec(root, text);
  if (!spec) return undefined;
  const title = findNodeAtLocation(root, ['info', 'title'])?.value;
  return {
    info: { ...info, format: 'openapi', title: !titleGiven && typeof title === 'string' && title.trim() ? title.trim() : info.title },
    entries: openApiEntries(spec),
    problems: [],
    operations: spec.operations,
  };
}

/** The catalog of an OpenAPI document written in YAML, or undefined when the text is not one. */
export function openApiYamlCatalog(text: string, info: CatalogInfo, titleGiven: boolean): Catalog | undefined {
  if (!/^\s*["']?(openapi|swagger)["']?\s*:/m.test(text)) return undefined;
  const root = parseYaml(text);
  if (!root || !isOpenApiTree(root)) return undefined;
  return openApiCatalog(root, text, info, titleGiven);
}

