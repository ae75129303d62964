/**
 * A document analysed once per version: its status literals, the catalogs it consults, and the locale.
 * Every feature reads this; none re-parses the text.
 */
import { finishSteps, type Steps } from '../detection/steps';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogRegistry } from '../catalog/registry';
import type * as Detection from '../detection/detectDocument';
import type { DetectedDocument, DetectionOptions, DetectorLanguage, StatusLiteral } from '../detection/types';
import type { EditedOffsets } from './editedAnalysis';
import type { RenderContext } from './renderStatus';
import { typescript } from '../compiler/typescriptCompiler';
import { detectorLanguageOf } from './documentLanguage';
import { resolveScope } from './scope';
import type { StatusCatalogSettings } from './settings';

export interface AnalyzedDocument extends RenderContext {
  /** The document as it was analysed (its version is the cache key). */
  document: TextDocument;
  detected: DetectedDocument;
  settings: StatusCatalogSettings;
  /**
   * The document version the analysis is of (the document object itself moves on with the editor). Absent when
   * the caller did not say; an analysis without it is never reused for another version.
   */
  version?: number;
  /** Set when this analysis is an earlier one carried through edits (editedAnalysis.ts): how offsets shifted. */
  offsets?: EditedOffsets;
  /** The text the detection was made from (for a carried analysis: its base's), so an edit can be judged against it. */
  analysedText?: string;
}

export { detectorLanguageOf, isSupportedLanguage } from './documentLanguage';

/** How an analysis is made: the editor's language, where internal errors go, and the previous version's analysis. */
export interface AnalysisOptions {
  /** The editor's language; the `statusCatalog.locale` setting wins over it. */
  clientLocale?: string;
  /** The analysis of the document's previous version: its syntax tree is reused where the text is unchanged. */
  previous?: AnalyzedDocument;
  /** Receives detector errors (the detector returns what it found before them, never throws). */
  onError?: (error: unknown) => void;
}

let detection: typeof Detection | undefined;

/**
 * The detector, loaded at its first use, and for a TS/JS document (`languageId` absent: any language) the TypeScript
 * compiler before it, through its loader with a code cache: the detector's modules then find it loaded. A JSON or
 * YAML document never loads the compiler (~125 ms): the bundle's `typescript` namespace only stands in for it until
 * the first TS/JS document (esbuild.mjs, typescriptExports).
 */
export function detector(languageId?: DetectorLanguage): typeof Detection {
  if (languageId === undefined || usesCompiler(languageId)) typescript();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  detection ??= require('../detection/detectDocument') as typeof Detection;
  return detection;
}

function usesCompiler(languageId: DetectorLanguage): boolean {
  return languageId !== 'json' && languageId !== 'jsonc' && languageId !== 'yaml';
}

/** The settings the detector reads; any other setting (catalogs, locale, severities) never changes what it finds. */
export function detectionOptionsOf(settings: StatusCatalogSettings): DetectionOptions {
  return { extraPropertyNames: settings.propertyNames, extraCallNames: settings.callNames };
}

function sameDetectionOptions(a: StatusCatalogSettings, b: StatusCatalogSettings): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((item, i) => item === y[i]);
  return same(a.propertyNames, b.propertyNames) && same(a.callNames, b.callNames);
}

/**
 * Analyses a document, read as the language its extension and language id say (detectorLanguageOf).
 * An unsupported language yields a document with no literals rather than an error.
 * Detection does not depend on catalogs: when `previous` is of the same version with the same detection
 * settings (a catalog reload, a locale or severity change), its detection is kept and only scope is resolved.
 */
export function analyzeDocument(
  document: TextDocument,
  settings: StatusCatalogSettings,
  registry: CatalogRegistry,
  options: AnalysisOptions = {},
): AnalyzedDocument {
  return finishSteps(analyzeDocumentSteps(document, settings, registry, options));
}

/**
 * `analyzeDocument` in slices (detectDocumentSteps): the language server runs it a few milliseconds at a time, so a
 * large document never keeps another one's requests waiting. The document's text and version are read at the start:
 * the editor's document object moves on with edits while the slices run.
 */
export function* analyzeDocumentSteps(
  document: TextDocument,
  settings: StatusCatalogSettings,
  registry: CatalogRegistry,
  { clientLocale = 'en', previous, onError }: AnalysisOptions = {},
): Steps<AnalyzedDocument> {
  const version = document.version;
  const detectorLanguage = detectorLanguageOf(document.languageId, document.uri);
  const languageId: DetectorLanguage = detectorLanguage ?? 'typescript';
  const reusable =
    previous !== undefined &&
    previous.version !== undefined &&
    previous.version === version &&
    previous.document.uri === document.uri &&
    previous.detected.languageId === languageId &&
    sameDetectionOptions(previous.settings, settings);
  const text = reusable ? previous.analysedText : document.getText();
  const detected = reusable
    ? previous.detected
    : detectorLanguage
      ? yield* detector(languageId).detectDocumentSteps(text!, languageId, detectionOptionsOf(settings), onError, previous?.detected)
      : emptyDetection(languageId);
  const scope = resolveScope(registry, settings.catalogs, detected.scopeHints, settings.bundledCatalogs);
  const analyzed: AnalyzedDocument = { document, detected, settings, registry, scope, locale: settings.locale || clientLocale || 'en', version };
  if (text !== undefined) analyzed.analysedText = text;
  if (reusable && previous.offsets) analyzed.offsets = previous.offsets;
  return analyzed;
}

/** The literal under an offset. A cursor just after a literal (`404|`) still counts, as editors place it there. */
export function literalAt(analyzed: AnalyzedDocument, offset: number): StatusLiteral | undefined {
  if (analyzed.offsets) return analyzed.offsets.literalAt(offset);
  return literalIn(analyzed.detected.literals, offset);
}

/** The literal of a sorted list that holds an offset (its end included), by binary search. */
export function literalIn(literals: readonly StatusLiteral[], offset: number): StatusLiteral | undefined {
  let low = 0;
  let high = literals.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const literal = literals[mid]!;
    if (offset < literal.start) high = mid - 1;
    else if (offset > literal.end) low = mid + 1;
    else return literal;
  }
  return undefined;
}

function emptyDetection(languageId: DetectorLanguage): DetectedDocument {
  return { languageId, literals: [], scopeHints: { sdkServices: [], directives: [] }, slotAt: () => undefined };
}
