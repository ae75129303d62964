/**
 * What features render from one analysis, kept with it: a hover asked again on the same literal of an unchanged
 * document (the editor asks on every pause of the mouse) is answered without rendering it anew.
 *
 * An analysis is immutable and made anew whenever what a hover shows may change: a new document version (a carried
 * edit too: editedAnalysis.ts spreads it into a new object), a catalog reload or a settings change (a new generation
 * in the server's cache), a fresh analysis once typing pauses. So the analysis object is the key, held weakly: its
 * memo goes with it when the server drops it (document closed, cache replaced), and nothing here needs invalidating.
 * (A registry is not changed once analyses read it: a reload builds a new one, and with it new analyses.)
 * Within an analysis each memo is a small LRU, so a long hover session over a large file keeps a bounded number of
 * answers.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from './analysis';
import { BoundedMemo } from './boundedMemo';

/** The memos of one analysis, one per kind of answer. */
export interface AnalysisMemos {
  /** Rendered hovers by the literal's offsets in the analysis's text. */
  hovers: BoundedMemo<string, Hover>;
  /** A code's Markdown in the analysis's scope (completion documentation, inlay hint tooltips), by code. */
  statusMarkdown: BoundedMemo<number | string, string>;
}

/** Hovers kept per analysis: the literals a reader moves between, not every literal of a generated file. */
const HOVER_LIMIT = 32;
/** Codes kept per analysis: every code a completion list offers (about 60 with the bundled catalogs). */
const STATUS_MARKDOWN_LIMIT = 128;

const memos = new WeakMap<AnalyzedDocument, AnalysisMemos>();

/** The memos kept with `analyzed`, made at first use. */
export function memosOf(analyzed: AnalyzedDocument): AnalysisMemos {
  let memo = memos.get(analyzed);
  if (!memo) {
    memo = { hovers: new BoundedMemo(HOVER_LIMIT), statusMarkdown: new BoundedMemo(STATUS_MARKDOWN_LIMIT) };
    memos.set(analyzed, memo);
  }
  return memo;
}
