/**
 * Analyses keyed by document uri, version and catalog generation: a document is parsed once per version,
 * and every hover, completion and code action on that version reads the same analysis.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzedDocument } from '../service/languageService';

interface CachedAnalysis {
  version: number;
  generation: number;
  analyzed: AnalyzedDocument;
}

export class DocumentAnalyses {
  private readonly cache = new Map<string, CachedAnalysis>();

  /**
   * The cached analysis of this exact version and generation, or a fresh one from `analyze`, which is handed
   * the document's previous analysis (if any) so that it can reuse its syntax tree.
   */
  get(
    document: TextDocument,
    generation: number,
    analyze: (previous: AnalyzedDocument | undefined) => AnalyzedDocument,
  ): AnalyzedDocument {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.analyzed;
    const analyzed = analyze(cached?.analyzed);
    this.cache.set(document.uri, { version: document.version, generation, analyzed });
    return analyzed;
  }

  /** The latest analysis made of a document, whatever its version: what the workspace index shows for open files. */
  latest(uri: string): AnalyzedDocument | undefined {
    return this.cache.get(uri)?.analyzed;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
