/**
 * A document analysed once per version: its status literals, the catalogs it consults, and the locale.
 * Every feature reads this; none re-parses the text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogRegistry } from '../catalog/registry';
import { detectDocument } from '../detection/detectDocument';
import type { DetectedDocument, DetectorLanguage, StatusLiteral } from '../detection/types';
import type { RenderContext } from './renderStatus';
import { detectorLanguageOf } from './documentLanguage';
import { resolveScope } from './scope';
import type { StatusCatalogSettings } from './settings';

export interface AnalyzedDocument extends RenderContext {
  /** The document as it was analysed (its version is the cache key). */
  document: TextDocument;
  detected: DetectedDocument;
  settings: StatusCatalogSettings;
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

/**
 * Analyses a document, read as the language its extension and language id say (detectorLanguageOf).
 * An unsupported language yields a document with no literals rather than an error.
 */
export function analyzeDocument(
  document: TextDocument,
  settings: StatusCatalogSettings,
  registry: CatalogRegistry,
  { clientLocale = 'en', previous, onError }: AnalysisOptions = {},
): AnalyzedDocument {
  const detectorLanguage = detectorLanguageOf(document.languageId, document.uri);
  const languageId: DetectorLanguage = detectorLanguage ?? 'typescript';
  const detected = detectorLanguage
    ? detectDocument(
        document.getText(),
        languageId,
        { extraPropertyNames: settings.propertyNames, extraCallNames: settings.callNames },
        onError,
        previous?.detected,
      )
    : emptyDetection(languageId);
  const scope = resolveScope(registry, settings.catalogs, detected.scopeHints);
  return { document, detected, settings, registry, scope, locale: settings.locale || clientLocale || 'en' };
}

/** The literal under an offset. A cursor just after a literal (`404|`) still counts, as editors place it there. */
export function literalAt(analyzed: AnalyzedDocument, offset: number): StatusLiteral | undefined {
  const literals = analyzed.detected.literals;
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
