/**
 * An analysis carried through an edit without re-analysing: when the detector proves that an edit cannot change
 * any verdict (detection/editImpact.ts: typing inside a plain string, or spaces and tabs between two tokens of
 * TS/JS code), the previous analysis answers for the new text with its offsets shifted. Everything stays equal to
 * a fresh analysis of the new text: literals, scope, directive positions, and the completion context (which, next
 * to an edited token or in the trivia around edited blanks, is computed afresh).
 *
 * The shifts are kept as a short list of edited tokens of the base (the last real analysis), so an edit
 * costs a few comparisons rather than a pass over the literals; the shifted literal list is built only when a
 * feature asks for all of them (diagnostics).
 */
import { BLANKS, blankRunAt, stringEditIsInert, valueStringAt } from '../detection/editImpact';
import type { RouteScope, TextSpan } from '../detection/routeScopes';
import type { DetectedDocument, ScopeHints, StatusLiteral, StatusSlot } from '../detection/types';
import { type AnalyzedDocument, detectionOptionsOf, detector, literalIn } from './analysis';
import type { StatusCatalogSettings } from './settings';

/** One replacement in a document: the text's `[start, end)` (offsets before the edit) became `text`. */
export interface DocumentEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A token of the base text that has been edited: a plain string, or a run of blanks between two tokens. It keeps
 * how much longer it has become and its text now, so that an edit never reads the document's (a 12 MB text would
 * be copied every time).
 */
interface EditedToken {
  kind: 'string' | 'blanks';
  baseStart: number;
  baseEnd: number;
  delta: number;
  text: string;
  /** A string some rule may read as a reason phrase (editImpact.ts). */
  readsReasonPhrase: boolean;
  /** A YAML plain scalar: edited at its ends too, judged as one (editImpact.ts). */
  plain: boolean;
  /**
   * Blanks: the trivia around them in the base (token end to token start), over which a completion slot may read
   * the text; a slot asked for there is made afresh.
   */
  triviaStart: number;
  triviaEnd: number;
}

/** Past this many edited tokens, a real analysis is cheaper to keep than the shift list. */
const MAX_EDITED_TOKENS = 32;

/** Offsets between the base analysis's text and the current text. */
export class EditedOffsets {
  constructor(
    /** The detection of the last real analysis. */
    readonly base: DetectedDocument,
    readonly baseText: string,
    private readonly tokens: readonly EditedToken[],
  ) {}

  /** The base offset of a current offset outside every edited token (inside one: its base start). */
  toBase(offset: number): number {
    let shift = 0;
    for (const token of this.tokens) {
      const start = token.baseStart + shift;
      if (offset <= start) break;
      if (offset < token.baseEnd + shift + token.delta) return token.baseStart;
      shift += token.delta;
    }
    return offset - shift;
  }

  /** The current offset of a base offset outside every edited token. */
  toCurrent(offset: number): number {
    let shift = 0;
    for (const token of this.tokens) {
      if (token.baseEnd > offset) break;
      shift += token.delta;
    }
    return offset + shift;
  }

  /** Whether a current offset is inside or touches an edited token (where the completion context may differ). */
  touchesEditedToken(offset: number): boolean {
    let shift = 0;
    for (const token of this.tokens) {
      // Token and trivia boundaries lie outside every edited token, so they map exactly.
      const start = token.kind === 'blanks' ? this.toCurrent(token.triviaStart) : token.baseStart + shift;
      const end = token.kind === 'blanks' ? this.toCurrent(token.triviaEnd) : token.baseEnd + shift + token.delta;
      if (offset >= start - 1 && offset <= end + 1) return true;
      shift += token.delta;
    }
    return false;
  }

  /** The base literal under a current offset, shifted; none inside an edited token (those are never literals). */
  literalAt(offset: number): StatusLiteral | undefined {
    if (this.inEditedToken(offset)) return undefined;
    const literal = literalIn(this.base.literals, this.toBase(offset));
    return literal && this.shiftLiteral(literal);
  }

  shiftLiteral(literal: StatusLiteral): StatusLiteral {
    const start = this.toCurrent(literal.start);
    return start === literal.start ? literal : { ...literal, start, end: start + (literal.end - literal.start) };
  }

  /**
   * The offsets after one more edit, or undefined when the edit may change detection. `edit` is in the current
   * text's offsets.
   */
  after(edit: DocumentEdit): EditedOffsets | undefined {
    const languageId = this.base.languageId;
    let shift = 0;
    let index = 0;
    let token: StringTokenSpan | undefined;
    for (; index < this.tokens.length; index++) {
      const edited = this.tokens[index]!;
      const start = edited.baseStart + shift;
      const end = edited.baseEnd + shift + edited.delta;
      if (edit.start < start) break;
      // Blanks and plain scalars are edited at their ends too (typing a space after a space, a letter after a word).
      if (edit.start < end || ((edited.kind === 'blanks' || edited.plain) && edit.start === end)) {
        token = { ...edited, start, end, known: true };
        break;
      }
      shift += edited.delta;
    }
    if (!token) token = this.unknownTokenAt(edit.start - shift, shift);
    if (!token) return undefined;
    const growth = edit.text.length - (edit.end - edit.start);
    const before = token.text;
    const after = before.slice(0, Math.max(edit.start - token.start, 0)) + edit.text + before.slice(edit.end - token.start);
    if (token.kind === 'string') {
      // Strictly inside the quotes; a plain scalar anywhere from its first character to just past its last.
      const within = token.plain ? edit.start >= token.start && edit.end <= token.end : edit.start > token.start && edit.end < token.end;
      if (!within) return undefined;
      if (!stringEditIsInert(languageId, token, before, after)) return undefined;
    } else {
      // Within the run, blanks for blanks, and never none (two tokens could join: `return x`, `a - -b`).
      if (!(edit.start >= token.start && edit.end <= token.end) || !BLANKS.test(edit.text) || after.length === 0) return undefined;
    }
    const tokens = [...this.tokens];
    const { start: _start, end: _end, known: _known, ...kept } = token;
    const updated: EditedToken = { ...kept, delta: token.delta + growth, text: after };
    if (token.known) tokens[index] = updated;
    else tokens.splice(index, 0, updated);
    if (tokens.length > MAX_EDITED_TOKENS) return undefined;
    return new EditedOffsets(this.base, this.baseText, tokens);
  }

  /** The string or blank run of the base at `baseOffset`, not edited yet; `shift` maps it to current offsets. */
  private unknownTokenAt(baseOffset: number, shift: number): StringTokenSpan | undefined {
    const found = valueStringAt(this.base, baseOffset);
    if (found) {
      return {
        kind: 'string', baseStart: found.start, baseEnd: found.end, start: found.start + shift, end: found.end + shift, delta: 0,
        text: this.baseText.slice(found.start, found.end), readsReasonPhrase: found.readsReasonPhrase, plain: found.plain === true,
        triviaStart: found.start, triviaEnd: found.end, known: false,
      };
    }
    const blanks = blankRunAt(this.base, baseOffset);
    if (!blanks) return undefined;
    return {
      kind: 'blanks', baseStart: blanks.start, baseEnd: blanks.end, start: blanks.start + shift, end: blanks.end + shift, delta: 0,
      text: this.baseText.slice(blanks.start, blanks.end), readsReasonPhrase: false, plain: false, triviaStart: blanks.triviaStart,
      triviaEnd: blanks.triviaEnd, known: false,
    };
  }

  /** Whether an edited string overlaps one of these base spans (sorted by start). */
  editsStringIn(spans: readonly TextSpan[]): boolean {
    return this.tokens.some((token) => token.kind === 'string' && overlapsAny(spans, token.baseStart, token.baseEnd));
  }

  private inEditedToken(offset: number): boolean {
    let shift = 0;
    for (const token of this.tokens) {
      const start = token.baseStart + shift;
      const end = token.baseEnd + shift + token.delta;
      if (offset <= start) return false;
      if (offset < end) return true;
      shift += token.delta;
    }
    return false;
  }
}

/** Whether `[start, end)` overlaps a span of `spans` (sorted by start): a binary search for the last span starting before `end`. */
function overlapsAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < end) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  // Strings do not overlap one another, so only the last span starting before `end` can reach past `start`.
  return last >= 0 && spans[last]!.end > start;
}

interface StringTokenSpan extends EditedToken {
  /** Current offsets. */
  start: number;
  end: number;
  known: boolean;
}

/**
 * The analysis after `edit`, carried over from `previous` (the analysis of the text before it), or undefined when
 * the edit may change what the detector finds: the caller then analyses afresh. `currentText` gives the text after
 * the edit, read only if a completion next to an edited string needs a fresh detection.
 */
export function analysisAfterEdit(
  previous: AnalyzedDocument,
  edit: DocumentEdit,
  version: number,
  currentText: () => string,
): AnalyzedDocument | undefined {
  if (edit.start === edit.end && edit.text === '') return { ...previous, version };
  const baseText = previous.offsets?.baseText ?? previous.analysedText;
  if (baseText === undefined) return undefined;
  const offsets = (previous.offsets ?? new EditedOffsets(previous.detected, baseText, [])).after(edit);
  if (!offsets) return undefined;
  return { ...previous, version, offsets, detected: mappedDetection(offsets, currentText, previous.settings) };
}

/** The base detection seen through the shifts. */
function mappedDetection(offsets: EditedOffsets, currentText: () => string, settings: StatusCatalogSettings): DetectedDocument {
  const base = offsets.base;
  let literals: StatusLiteral[] | undefined;
  let fresh: DetectedDocument | undefined;
  let routes: readonly RouteScope[] | undefined;
  let routeInputs: readonly TextSpan[] | undefined;
  const freshDetection = (): DetectedDocument =>
    (fresh ??= detector(base.languageId).detectDocument(currentText(), base.languageId, detectionOptionsOf(settings)));
  return {
    languageId: base.languageId,
    get literals(): StatusLiteral[] {
      return (literals ??= base.literals.map((literal) => offsets.shiftLiteral(literal)));
    },
    scopeHints: shiftHints(base.scopeHints, offsets),
    ...(base.syntaxTree ? { syntaxTree: base.syntaxTree } : {}),
    // Route handlers are asked on every hover with an OpenAPI catalog in scope: they are shifted like literals unless
    // an edited string is one they were read from (a route's path), which needs a fresh detection of the text.
    ...(base.routeScopes
      ? {
          routeScopes: () => (routes ??= carriedRouteSpans(offsets, base.routeScopes) ?? freshDetection().routeScopes?.() ?? []),
          routeInputs: () => (routeInputs ??= carriedRouteSpans(offsets, base.routeInputs) ?? freshDetection().routeInputs?.() ?? []),
        }
      : {}),
    // Explanations are asked rarely (`list --explain`): a fresh detection of the current text.
    ...(base.explain ? { explain: (offset: number) => freshDetection().explain?.(offset) } : {}),
    slotAt(offset: number): StatusSlot | undefined {
      if (offsets.touchesEditedToken(offset)) return freshDetection().slotAt(offset);
      const slot = base.slotAt(offsets.toBase(offset));
      if (!slot) return undefined;
      const start = offsets.toCurrent(slot.start);
      return { ...slot, start, end: start + (slot.end - slot.start) };
    },
  };
}

/**
 * The base's route scopes, or the spans they were read from, at their current offsets; undefined when an edit touches
 * one of those strings (the scopes may have changed). A span starts at a token's start and ends at a token's end:
 * never inside an edited string or run of blanks.
 */
function carriedRouteSpans<T extends TextSpan>(offsets: EditedOffsets, spans: (() => readonly T[]) | undefined): T[] | undefined {
  const inputs = offsets.base.routeInputs?.();
  if (!inputs || !spans || offsets.editsStringIn(inputs)) return undefined;
  return spans().map((span) => ({ ...span, start: offsets.toCurrent(span.start), end: offsets.toCurrent(span.end) }));
}

function shiftHints(hints: ScopeHints, offsets: EditedOffsets): ScopeHints {
  if (!hints.directiveIds?.length) return hints;
  return {
    ...hints,
    directiveIds: hints.directiveIds.map((directive) => {
      const start = offsets.toCurrent(directive.start);
      return { ...directive, start, end: start + (directive.end - directive.start) };
    }),
  };
}

