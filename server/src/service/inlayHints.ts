/**
 * Inlay hints: the meaning of a status literal written after it, `res.status(409⟨Conflict⟩)`. The label is, inside a
 * route handler matched to an OpenAPI operation, the description of the response that operation declares (as the
 * hover says first), else the message of the first catalog in scope that documents the code, else the standard
 * reason phrase; a click opens the definition (the response object, or the catalog row), and hovering it shows the hover text, resolved lazily: a file can hold thousands of
 * literals, and rendering each hover up front would cost more than the hints themselves.
 * Off unless `statusCatalog.inlayHints.enabled` is set, since many users find always-on hints noisy.
 */
import type { InlayHint, Location, Range } from 'vscode-languageserver-types';
import { type AnalyzedDocument, literalAt } from './analysis';
import { declaredResponse } from '../catalog/openApiSpec';
import { findDefinitionOfCode, responseLocation } from './definition';
import { operationAt } from './operations';
import { analysisStatusMarkdown, statusName } from './renderStatus';

/** What a hint carries to `inlayHint/resolve`: the document and the literal's offset. */
export interface InlayHintData {
  uri: string;
  version: number;
  offset: number;
}

/** Labels longer than this are cut with an ellipsis: a hint sits inside a line of code. */
const MAX_LABEL_LENGTH = 40;

export function doInlayHints(analyzed: AnalyzedDocument, range: Range): InlayHint[] {
  const { document, registry, scope, locale } = analyzed;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const literal of analyzed.detected.literals) {
    if (literal.end < start) continue;
    if (literal.start > end) break;
    if (typeof literal.code !== 'number') continue;
    const match = operationAt(analyzed, literal.start);
    const response = match ? declaredResponse(match.operation, literal.code) : undefined;
    const declared = response?.description;
    const message = declared
      || registry.documenting(literal.code, scope.ids, locale)[0]?.entries.find((entry) => entry.message)?.message
      || statusName(literal.code, analyzed);
    const label = message ? plainLabel(message) : '';
    if (!label) continue;
    const data: InlayHintData = { uri: document.uri, version: document.version, offset: literal.start };
    // The click goes where go to definition goes: the response object the label comes from, else the catalog row.
    const location = match && response && declared ? responseLocation(match, response) : definitionOf(analyzed, literal.code);
    hints.push({ position: document.positionAt(literal.end), label: [{ value: label, ...(location ? { location } : {}) }], paddingLeft: true, data });
  }
  return hints;
}

/**
 * Adds the tooltip (the hover's Markdown) to a hint, when the analysis is of the document version the hint was made
 * from; else the hint is returned as it is.
 */
export function resolveInlayHint(analyzed: AnalyzedDocument, hint: InlayHint): InlayHint {
  const data = hint.data as Partial<InlayHintData> | undefined;
  if (!data || typeof data.offset !== 'number' || data.version !== analyzed.document.version) return hint;
  const literal = literalAt(analyzed, data.offset);
  if (!literal || literal.start !== data.offset) return hint;
  const tooltip = { kind: 'markdown' as const, value: analysisStatusMarkdown(analyzed, literal.code) };
  const parts = Array.isArray(hint.label) ? hint.label : [{ value: hint.label }];
  return { ...hint, label: parts.map((part) => ({ ...part, tooltip })) };
}

/** The first catalog row documenting the code, else its standard row: where a click on the hint goes. */
function definitionOf(analyzed: AnalyzedDocument, code: number): Location | undefined {
  return findDefinitionOfCode(analyzed, code)[0];
}

/** Catalog text as a one-line plain label: controls and line breaks become spaces, long text is cut. */
function plainLabel(text: string): string {
  // Bidi and zero-width controls would reorder or hide the code around the hint.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL_LENGTH ? `${flat.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…` : flat;
}
