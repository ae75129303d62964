/**
 * An OpenAPI document in a catalog folder (or named by a config's `openapi`) becomes a catalog: its entries are the
 * declared responses of every operation (for literals outside any matched handler), and it keeps the operations
 * themselves so that a literal inside a route handler is judged by its own operation. Syntax errors the parsers
 * recovered from are the catalog's problems, with their lines: a response lost to a typo would otherwise vanish
 * from the hover without a word.
 */
import { findNodeAtLocation, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { findExcessiveNesting } from './jsonDepth';
import { parseYaml, type YamlSyntaxError } from '../detection/yamlTree';
import { LineIndex } from './parsers/lineIndex';
import { isOpenApiTree, openApiEntries, readOpenApiSpec } from './openApiSpec';
import type { Catalog, CatalogInfo, ParseProblem } from './types';

/** A parsed OpenAPI document and the syntax errors its parser recovered from. */
export interface OpenApiTree {
  root: JsonNode;
  problems: ParseProblem[];
}

/** The tree of a JSON text when it is an OpenAPI/Swagger document (checked before reading it as a JSON catalog). */
export function parseOpenApiJson(text: string): OpenApiTree | undefined {
  // jsonc-parser's tree is built recursively: a document nested too deep is left to the JSON catalog reader,
  // which reports it (jsonDepth.ts) instead of overflowing the stack here.
  if (findExcessiveNesting(text) !== undefined || !/"(openapi|swagger)"\s*:/.test(text)) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || !isOpenApiTree(root)) return undefined;
  const words = (error: ParseError) => printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { root, problems: syntaxProblems(text, errors.map((error) => ({ offset: error.offset, message: words(error) })), 'JSON') };
}

/** The catalog of an OpenAPI document's parsed tree; its title is the spec's `info.title` unless one was given. */
export function openApiCatalog(tree: OpenApiTree, text: string, info: CatalogInfo, titleGiven: boolean): Catalog | undefined {
  const spec = readOpenApiSpec(tree.root, text);
  if (!spec) return undefined;
  const title = findNodeAtLocation(tree.root, ['info', 'title'])?.value;
  return {
    info: { ...info, format: 'openapi', title: !titleGiven && typeof title === 'string' && title.trim() ? title.trim() : info.title },
    entries: openApiEntries(spec),
    problems: tree.problems,
    operations: spec.operations,
  };
}

/** The catalog of an OpenAPI document written in YAML, or undefined when the text is not one. */
export function openApiYamlCatalog(text: string, info: CatalogInfo, titleGiven: boolean): Catalog | undefined {
  if (!/^\s*["']?(openapi|swagger)["']?\s*:/m.test(text)) return undefined;
  const errors: YamlSyntaxError[] = [];
  const root = parseYaml(text, errors);
  if (!root || !isOpenApiTree(root)) return undefined;
  return openApiCatalog({ root, problems: syntaxProblems(text, errors, 'YAML') }, text, info, titleGiven);
}

/** One problem per line with a syntax error (a broken line often yields several), at most MAX_SYNTAX_PROBLEMS. */
const MAX_SYNTAX_PROBLEMS = 10;

function syntaxProblems(text: string, errors: ReadonlyArray<{ offset: number; message: string }>, language: string): ParseProblem[] {
  if (errors.length === 0) return [];
  const lines = new LineIndex(text);
  // An error at the end of the text (a bracket never closed) is shown on the last written line, not after it.
  const lastWritten = Math.max(0, text.trimEnd().length - 1);
  const problems: ParseProblem[] = [];
  for (const error of errors) {
    const line = lines.lineAt(Math.min(error.offset, lastWritten));
    if (problems.some((problem) => problem.line === line)) continue;
    const message = error.message.split('\n')[0]!.replace(/:$/, '');
    problems.push({ line, message: `${language} syntax error: ${message}; the responses after it may be missing` });
    if (problems.length === MAX_SYNTAX_PROBLEMS) break;
  }
  return problems;
}
