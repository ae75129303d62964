/**
 * The detector's facade: reads a document once with a real parser (the TypeScript compiler for TS/JS/TSX/JSX,
 * the `yaml` package for YAML, a walk over jsonc-parser's scanner for JSON/JSONC), returns its status-code
 * literals and scope hints, and keeps what completion (`slotAt`) needs: the TypeScript and YAML trees; for JSON
 * nothing but the text (a completion parses the region around its offset).
 */
import { analyseJsonTree } from './findJsonLiterals';
import { explainJsonText, explainTypeScript, type Explanation } from './explain';
import * as ts from 'typescript';
import { analyseTypeScriptSteps, parseTypeScript, reparseTypeScript, type TypeScriptAnalysis } from './findTypeScriptLiterals';
import { jsonSlotAround } from './jsonSlot';
import { analyseJsonText } from './jsonStream';
import type { JsonStringTable } from './jsonStringTable';
import { findRouteScopesAndInputs, type RouteScopesAndInputs } from './routeScopes';
import { MAX_TYPESCRIPT_NESTING, blankDeepNesting } from './nestingGuard';
import { parseWithinStack, parseWithinStackSteps } from './stackSafeParse';
import { finishSteps, type Steps } from './steps';
import { createStatusNameRules } from './statusNames';
import { typeScriptSlotAt } from './statusSlot';
import type { DetectedDocument, DetectionOptions, DetectorLanguage, ScopeHints, StatusLiteral, StatusSlot } from './types';
import { forEachYamlComment, parseYaml, type YamlValueScalar } from './yamlTree';
import { yamlSlotAt } from './yamlSlot';

export type { DetectedDocument, DetectionOptions, DetectorLanguage, ScopeHints, StatusLiteral, StatusSlot } from './types';
export type { Explanation } from './explain';
export { DEFAULT_CALL_NAMES, DEFAULT_PROPERTY_NAMES } from './statusNames';

/** Receives an internal error, e.g. to log it; the detector itself never throws. */
export type DetectionErrorHandler = (error: unknown) => void;

const NO_HINTS: ScopeHints = { sdkServices: [], directives: [] };

/** Seams for tests: the incremental parse, which a test replaces with one that throws. */
export interface DetectionHooks {
  reparse?: (previous: ts.SourceFile, text: string) => ts.SourceFile;
}

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
  hooks: DetectionHooks = {},
): DetectedDocument {
  return finishSteps(detectDocumentSteps(text, languageId, options, onError, previous, hooks));
}

/**
 * `detectDocument` in slices of work: after each `yield` the caller may let other work run (the language server
 * answers requests on other documents between slices) and resume, or drop the generator to abandon the document.
 * The text must not change meanwhile (it is a string, so it cannot). A TS/JS document yields after its parse and
 * every 1,024 nodes of its walk (the parse itself is one call); JSON every ~8,000 tokens; YAML is one slice.
 */
export function* detectDocumentSteps(
  text: string,
  languageId: DetectorLanguage,
  options?: Partial<DetectionOptions>,
  onError: DetectionErrorHandler = () => undefined,
  previous?: DetectedDocument,
  hooks: DetectionHooks = {},
): Steps<DetectedDocument> {
  const names = createStatusNameRules(options);
  const literals: StatusLiteral[] = [];
  const isJson = languageId === 'json' || languageId === 'jsonc';
  let scopeHints = NO_HINTS;
  let slotAt: (offset: number) => StatusSlot | undefined = () => undefined;
  let explain: (offset: number) => Explanation | undefined = () => undefined;
  let syntaxTree: ts.SourceFile | undefined;
  let jsonStrings: JsonStringTable | undefined;
  let yamlScalars: YamlValueScalar[] | undefined;

  try {
    if (languageId === 'yaml') {
      // YAML is mapped onto the JSON tree shape: the JSON rules read it unchanged.
      const scalars: YamlValueScalar[] = [];
      const root = parseYaml(text, undefined, scalars);
      slotAt = (offset) => yamlSlotAt(text, root, names, offset);
      scopeHints = analyseJsonTree(text, root, names, literals, forEachYamlComment).scopeHints;
      // Only a detection that ran to its end may prove an edit inert.
      yamlScalars = scalars;
    } else if (isJson) {
      const analysis = yield* analyseJsonText(text, names, literals);
      const { containers } = analysis;
      slotAt = (offset) => jsonSlotAround(text, names, containers, offset);
      explain = (offset) => explainJsonText(text, names, offset);
      scopeHints = analysis.scopeHints;
      jsonStrings = analysis.strings;
    } else {
      const reusable = previous?.languageId === languageId ? asSourceFile(previous.syntaxTree) : undefined;
      const parsed = blankDeepNesting(text, MAX_TYPESCRIPT_NESTING, 'typescript');
      yield;
      const sourceFile = reusable
        ? reparseOrParse(reusable, parsed, languageId, hooks.reparse ?? reparseTypeScript, onError)
        : yield* parseWithinStackSteps(parsed, (part) => parseTypeScript(part, languageId), onError);
      syntaxTree = sourceFile;
      let analysis: TypeScriptAnalysis | undefined;
      slotAt = (offset) => (analysis ? typeScriptSlotAt(analysis, offset) : undefined);
      yield;
      analysis = yield* analyseTypeScriptSteps(sourceFile, names, literals);
      const done = analysis;
      explain = (offset) => explainTypeScript(done, offset);
      scopeHints = analysis.scopeHints;
    }
  } catch (error) {
    onError(error);
  }

  literals.sort((a, b) => a.start - b.start);
  const tree = syntaxTree;
  let routes: RouteScopesAndInputs | undefined;
  const routesOf = (sourceFile: ts.SourceFile): RouteScopesAndInputs =>
    (routes ??= safely(() => findRouteScopesAndInputs(sourceFile), onError) ?? { scopes: [], inputs: [] });
  return {
    languageId,
    literals,
    scopeHints,
    ...(tree ? { syntaxTree: tree, routeScopes: () => routesOf(tree).scopes, routeInputs: () => routesOf(tree).inputs } : {}),
    ...(jsonStrings ? { jsonStrings } : {}),
    ...(yamlScalars ? { yamlScalars } : {}),
    slotAt: (offset) => {
      try {
        return slotAt(offset);
      } catch (error) {
        onError(error);
        return undefined;
      }
    },
    explain: (offset) => {
      try {
        return explain(offset);
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

/**
 * The incremental parse, or a fresh one when it fails: TypeScript's incremental parser has asserted on
 * some edits (`Debug Failure. Expected 29 >= 48`), and a keystroke must never lose the document's literals.
 */
function reparseOrParse(
  previous: ts.SourceFile,
  text: string,
  languageId: DetectorLanguage,
  reparse: (previous: ts.SourceFile, text: string) => ts.SourceFile,
  onError: DetectionErrorHandler,
): ts.SourceFile {
  try {
    return reparse(previous, text);
  } catch (error) {
    onError(new Error(`incremental parse failed, parsed afresh: ${error instanceof Error ? error.message : String(error)}`));
    return parseWithinStack(text, (part) => parseTypeScript(part, languageId), onError);
  }
}

function asSourceFile(tree: object | undefined): ts.SourceFile | undefined {
  return tree && (tree as ts.Node).kind === ts.SyntaxKind.SourceFile ? (tree as ts.SourceFile) : undefined;
}
