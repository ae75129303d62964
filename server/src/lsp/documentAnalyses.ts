/**
 * Analyses keyed by document uri, version and catalog generation: a document is parsed once per version,
 * and every hover, completion and code action on that version reads the same analysis.
 *
 * On a keystroke the cached analysis is carried through the edit when the detector proves nothing can change
 * (service/editedAnalysis.ts), so the next request is answered at once; otherwise it stays as the previous
 * analysis whose syntax tree the next one reuses. A carried analysis is exact, not an estimate; it is replaced
 * by a real one once typing pauses (`settleMs`) on documents small enough for that to be cheap, so the list of
 * shifts stays short.
 */
import type { Steps } from '../detection/steps';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisAfterEdit } from '../service/editedAnalysis';
import type { AnalyzedDocument } from '../service/languageService';
import type { DocumentChange } from './editTracking';
import { SliceScheduler, type SlicedJob } from './slicedJob';

interface CachedAnalysis {
  version: number;
  generation: number;
  analyzed: AnalyzedDocument;
  /** True when carried through edits rather than made from the text. */
  carried: boolean;
}

/** The one analysis under way for a document: of this version and generation. */
interface RunningAnalysis {
  version: number;
  generation: number;
  job: SlicedJob<AnalyzedDocument>;
}

/** Documents up to this size are re-analysed when typing pauses. */
const SETTLE_MAX_CHARACTERS = 1024 * 1024;

export interface DocumentAnalysesOptions {
  /** Quiet time after the last carried edit before `onSettle` asks for a real analysis. */
  settleMs?: number;
  onSettle?: (uri: string) => void;
  /** Milliseconds of analysis per turn of the event loop (slicedJob.ts). */
  sliceMs?: number;
}

export class DocumentAnalyses {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly settleTimers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, RunningAnalysis>();
  private readonly scheduler: SliceScheduler;

  constructor(private readonly options: DocumentAnalysesOptions = {}) {
    this.scheduler = new SliceScheduler(options.sliceMs);
  }

  /**
   * The cached analysis of this exact version and generation, or a fresh one from `analyze`, which is handed
   * the document's previous analysis (if any) so that it can reuse its syntax tree and, for the same version,
   * its detection. `fresh` replaces a carried analysis with a real one.
   *
   * `analyze` runs as a sliced job (slicedJob.ts): one per document, which every request for that version and
   * generation awaits. A job for another version or generation cancels the one under way; its awaiters see
   * `JobCancelled` and ask again for what the document is now. `urgent` (a request waits) runs it before the
   * jobs of diagnostics and settling.
   */
  get(
    document: TextDocument,
    generation: number,
    analyze: (previous: AnalyzedDocument | undefined) => Steps<AnalyzedDocument>,
    { fresh = false, urgent = false }: { fresh?: boolean; urgent?: boolean } = {},
  ): Promise<AnalyzedDocument> {
    const { uri, version } = document;
    const cached = this.cache.get(uri);
    if (cached && cached.version === version && cached.generation === generation && !(fresh && cached.carried)) {
      return Promise.resolve(cached.analyzed);
    }
    const running = this.running.get(uri);
    if (running && running.version === version && running.generation === generation) {
      if (urgent) running.job.hurry();
      return running.job.result;
    }
    running?.job.cancel();
    // A carried analysis handed back for the same version would only be kept as it is: forget it first.
    const previous = fresh && cached?.carried && cached.version === version ? withoutCarry(cached.analyzed) : cached?.analyzed;
    const entry: RunningAnalysis = { version, generation, job: this.scheduler.start(analyze(previous), { urgent }) };
    this.running.set(uri, entry);
    return entry.job.result.then(
      (analyzed) => {
        if (this.running.get(uri) === entry) this.running.delete(uri);
        // Kept unless the cache moved on meanwhile (an edit carried the old analysis to a newer version).
        if (this.cache.get(uri) === cached) {
          this.cache.set(uri, { version, generation, analyzed, carried: analyzed.offsets !== undefined });
          this.cancelSettle(uri);
        }
        return analyzed;
      },
      (error: unknown) => {
        if (this.running.get(uri) === entry) this.running.delete(uri);
        throw error;
      },
    );
  }

  /** The cached analysis of a document if it is of `version`, of whatever catalog generation (literals do not depend on catalogs). */
  latestOf(uri: string, version: number): AnalyzedDocument | undefined {
    const cached = this.cache.get(uri);
    return cached?.version === version ? cached.analyzed : undefined;
  }

  /**
   * A document changed: stops the analysis of an older version still under way, and carries the cached analysis
   * through the edits when none can change what detection finds. Returns whether it did; when not, the next
   * request analyses the new text.
   */
  carry(change: DocumentChange, currentText: () => string): boolean {
    // At the keystroke, not when the next request or validation starts one: typing into a 12 MB document must not
    // spend the pause before that finishing a pass over a text already gone. Its awaiters see `JobCancelled`.
    const running = this.running.get(change.uri);
    if (running && running.version !== change.toVersion) {
      running.job.cancel();
      this.running.delete(change.uri);
    }
    const cached = this.cache.get(change.uri);
    if (!cached || cached.version !== change.fromVersion) return false;
    let analyzed: AnalyzedDocument | undefined = cached.analyzed;
    for (const edit of change.edits) {
      analyzed = analysisAfterEdit(analyzed, edit, change.toVersion, currentText);
      if (!analyzed) return false;
    }
    this.cache.set(change.uri, { version: change.toVersion, generation: cached.generation, analyzed, carried: true });
    // A carried analysis is exact, so settling is housekeeping: worth a pause's worth of work on a small document,
    // not the seconds a 12 MB one would block the server for (its shift list is bounded anyway).
    if ((analyzed.analysedText?.length ?? 0) <= SETTLE_MAX_CHARACTERS) this.scheduleSettle(change.uri);
    return true;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
    this.cancelSettle(uri);
    this.running.get(uri)?.job.cancel();
    this.running.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    for (const { job } of this.running.values()) job.cancel();
    this.running.clear();
    for (const timer of this.settleTimers.values()) clearTimeout(timer);
    this.settleTimers.clear();
  }

  private scheduleSettle(uri: string): void {
    const { onSettle, settleMs = 1000 } = this.options;
    if (!onSettle) return;
    this.cancelSettle(uri);
    const timer = setTimeout(() => {
      this.settleTimers.delete(uri);
      onSettle(uri);
    }, settleMs);
    timer.unref?.();
    this.settleTimers.set(uri, timer);
  }

  private cancelSettle(uri: string): void {
    clearTimeout(this.settleTimers.get(uri));
    this.settleTimers.delete(uri);
  }
}

/** The carried analysis as a previous one to re-analyse from: its syntax tree, not its detection. */
function withoutCarry(analyzed: AnalyzedDocument): AnalyzedDocument {
  const { version: _version, offsets: _offsets, ...rest } = analyzed;
  return rest;
}
