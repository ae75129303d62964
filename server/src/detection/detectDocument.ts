/**
 * The detector's facade: parses a document once with a real parser (the TypeScript compiler for
 * TS/JS/TSX/JSX, jsonc-parser for JSON/JSONC), returns its status-code literals and scope hints, and
 * keeps the parse so completion (`slotAt`) never parses again.
 */
import { analyseJson, parseJson } from './findJsonLiterals';
import * as ts from 'typescript';
import { analyseTypeScript, parseTypeScript, reparseTypeScript, type TypeScriptAnalysis } from './findTypeScriptLiterals';
import { jsonSlotAt } from './jsonSlot';
import { findRouteScopes, type RouteScope } from './routeScopes';
import { createStatusNameRules } from './statusNames';
import { typeScriptSlotAt } from './statusSlot';
import type { DetectedDocument, DetectionOptions, DetectorLanguage, ScopeHints, StatusLiteral, StatusSlot } from './types';

export type { DetectedDocument, DetectionOptions, DetectorLanguage, ScopeHints, StatusLiteral, StatusSlot } from './types';
export { DEFAULT_CALL_NAMES, DEFAULT_PROPERTY_NAMES } from './statusNames';

/** Receives an internal error, e.g. to log it; the detector itself never throws. */
export type DetectionErrorHandler = (error: unknown) => void;

const NO_HINTS: ScopeHints = { sdkServices: [], directives: [] };

/**
 * Finds the status-code literals of a document. Pure: same text, language and options, same result.
 * Never throws: on an internal error it reports it to `onError` and returns what was found before it.
 * `previous`, the result for the document's previous version, lets the parser reuse its tree (TS/JS only).
 */
export function detectDocument(
  text: string,
  languageId: DetectorLanguage,
  options?: Partial<DetectionOptions>,
  onError: DetectionErrorHandler = () => undefined,
  previous?: DetectedDocument,
): DetectedDocument {
  const names = createStatusNameRules(options);
  const literals: StatusLiteral[] = [];
  const isJson = languageId === 'json' || languageId === 'jsonc';
  let scopeHints = NO_HINTS;
  let slotAt: (offset: number) => StatusSlot | undefined = () => undefined;
  let syntaxTree: ts.SourceFile | undefined;

  try {
    if (isJson) {
      const root = parseJson(text);
      slotAt = (offset) => jsonSlotAt(text, root, names, offset);
      scopeHints = analyseJson(text, root, names, literals).scopeHints;
    } else {
      const reusable = previous?.languageId === languageId ? asSourceFile(previous.syntaxTree) : undefined;
      const sourceFile = reusable ? reparseTypeScript(reusable, text) : parseTypeScript(text, languageId);
      syntaxTree = sourceFile;
      let analysis: TypeScriptAnalysis | undefined;
      slotAt = (offset) => (analysis ? typeScriptSlotAt(analysis, offset) : undefined);
      analysis = analyseTypeScript(sourceFile, names, literals);
      scopeHints = analysis.scopeHints;
    }
  } catch (error) {
    onError(error);
  }

  literals.sort((a, b) => a.start - b.start);
  const tree = syntaxTree;
  let routes: readonly RouteScope[] | undefined;
  return {
    languageId,
    literals,
    scopeHints,
    ...(tree ? { syntaxTree: tree, routeScopes: () => (routes ??= safely(() => findRouteScopes(tree), onError) ?? []) } : {}),
    slotAt: (offset) => {
      try {
        return slotAt(offset);
      } catch (error) {
        onError(error);
        return undefined;
      }
    },
  };
}

function safely<T>(run: () => T, onError: DetectionErrorHandler): T | undefined {
  try {
    return run();
  } catch (error) {
    onError(error);
    return undefined;
  }
}

function asSourceFile(tree: object | undefined): ts.SourceFile | undefined {
  return tree && (tree as ts.Node).kind === ts.SyntaxKind.SourceFile ? (tree as ts.SourceFile) : undefined;
}
