/**
 * The diagnostics the server last published per document. A code action request carries diagnostics the
 * client says are in the document; only those matching one the server itself published are judged (at most
 * MAX_JUDGED per request), so 2,000 fabricated diagnostics cost nothing and a made-up range is never echoed
 * back as an edit range.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

/** More than a person can act on in one request; the rest of a flood is ignored. */
export const MAX_JUDGED = 100;

function keyOf(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return JSON.stringify([start.line, start.character, end.line, end.character, diagnostic.code ?? null, diagnostic.message]);
}

interface Published {
  version: number;
  byKey: Map<string, Diagnostic>;
}

export class OwnDiagnostics {
  private readonly published = new Map<string, Published>();

  /** Records what is being published for version `version` of `uri` (an empty list forgets it). */
  set(uri: string, version: number, diagnostics: readonly Diagnostic[]): void {
    if (diagnostics.length === 0) this.published.delete(uri);
    else this.published.set(uri, { version, byKey: new Map(diagnostics.map((diagnostic) => [keyOf(diagnostic), diagnostic])) });
  }

  delete(uri: string): void {
    this.published.delete(uri);
  }

  /**
   * The server's own published diagnostics that the client's list names, at most MAX_JUDGED of them: the
   * server's objects, so a client cannot alter their `data` either. Only those of the document's current
   * version: a fix computed from an older version's range would edit the wrong text.
   */
  filter(uri: string, version: number, fromClient: readonly unknown[]): Diagnostic[] {
    const published = this.published.get(uri);
    if (!published || published.version !== version) return [];
    const own = published.byKey;
    const result: Diagnostic[] = [];
    for (const candidate of fromClient) {
      if (result.length >= MAX_JUDGED) break;
      if (!isDiagnosticLike(candidate)) continue;
      const mine = own.get(keyOf(candidate));
      if (mine && !result.includes(mine)) result.push(mine);
    }
    return result;
  }
}

function isDiagnosticLike(value: unknown): value is Diagnostic {
  if (typeof value !== 'object' || value === null) return false;
  const { range, message } = value as { range?: { start?: unknown; end?: unknown }; message?: unknown };
  return typeof message === 'string' && typeof range === 'object' && range !== null && typeof range.start === 'object' && typeof range.end === 'object';
}
