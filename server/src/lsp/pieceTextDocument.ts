/**
 * A text document that applies an edit without copying its text. `TextDocument.update` rebuilds the whole string on
 * every keystroke (a 12 MB document copies 12 MB, and leaves 12 MB of garbage, per character typed); this one keeps
 * the text as pieces of the last full text and the inserted strings, and joins them only when someone reads the
 * whole text (an analysis, a completion). Positions behave exactly as `TextDocument`'s, line offsets included;
 * test/unit/lsp/pieceTextDocument.test.ts compares the two over random edits.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A run of characters: `source.slice(start, end)`. */
interface Piece {
  source: string;
  start: number;
  end: number;
}

/** Past this many pieces the text is joined again, so that reading a character stays cheap. */
const MAX_PIECES = 48;

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export class PieceTextDocument implements TextDocument {
  private pieces: Piece[];
  private length: number;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.pieces = [{ source: content, start: 0, end: content.length }];
    this.length = content.length;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (range) {
      // As String.prototype.substring, which TextDocument uses: a reversed range reads the same text.
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this.substring(Math.min(start, end), Math.max(start, end));
    }
    const only = this.pieces.length === 1 ? this.pieces[0]! : undefined;
    if (only && only.start === 0 && only.end === only.source.length) return only.source;
    const text = this.substring(0, this.length);
    this.pieces = [{ source: text, start: 0, end: text.length }];
    return text;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]!);
    return { line, character: offset - lineOffsets[line]! };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line]!;
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1]! : this.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.beforeLineBreak(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lineOffsets[last]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line]!;
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.length;
    return this.substring(this.beforeLineBreak(next, lineOffsets[line]!), next);
  }

  /** Applies changes in order, as `TextDocument.update` does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.applyIncremental(change.range, change.text);
      else {
        this.pieces = [{ source: change.text, start: 0, end: change.text.length }];
        this.length = change.text.length;
        this.lineOffsets = undefined;
      }
    }
    this.currentVersion = version;
  }

  private applyIncremental(unordered: Range, text: string): void {
    const range = wellFormed(unordered);
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.replace(startOffset, endOffset, text);
    const insertedEnd = startOffset + text.length;
    const crlfAtStart = this.charCodeAt(startOffset - 1) === CARRIAGE_RETURN && this.charCodeAt(startOffset) === LINE_FEED;
    const crlfAtEnd = this.charCodeAt(insertedEnd - 1) === CARRIAGE_RETURN && this.charCodeAt(insertedEnd) === LINE_FEED;
    if (crlfAtStart || crlfAtEnd || !this.lineOffsets) {
      // A CR LF pair across the edit's boundary: the inserted text's own line breaks do not tell.
      this.lineOffsets = undefined;
      return;
    }
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    let lineOffsets = this.lineOffsets;
    const added = lineStarts(text, false, startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i]!;
    } else if (added.length < 10_000) {
      lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
    }
    const diff = text.length - (endOffset - startOffset);
    if (diff !== 0) {
      for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] = lineOffsets[i]! + diff;
    }
  }

  /** Replaces `[start, end)` by `text` in the pieces. */
  private replace(start: number, end: number, text: string): void {
    const next: Piece[] = [];
    let position = 0;
    let inserted = false;
    for (const piece of this.pieces) {
      const pieceLength = piece.end - piece.start;
      const pieceStart = position;
      const pieceEnd = position + pieceLength;
      position = pieceEnd;
      // The part before the replaced range.
      if (pieceStart < start) next.push({ source: piece.source, start: piece.start, end: piece.start + Math.min(pieceLength, start - pieceStart) });
      if (!inserted && pieceEnd >= start) {
        if (text) next.push({ source: text, start: 0, end: text.length });
        inserted = true;
      }
      // The part after it.
      if (pieceEnd > end) next.push({ source: piece.source, start: piece.start + Math.max(0, end - pieceStart), end: piece.end });
    }
    if (!inserted && text) next.push({ source: text, start: 0, end: text.length });
    this.pieces = next.filter((piece) => piece.end > piece.start);
    this.length += text.length - (end - start);
    if (this.pieces.length > MAX_PIECES) this.getText();
  }

  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    let position = 0;
    for (const piece of this.pieces) {
      const pieceLength = piece.end - piece.start;
      if (offset < position + pieceLength) return piece.source.charCodeAt(piece.start + offset - position);
      position += pieceLength;
    }
    return NaN;
  }

  private substring(start: number, end: number): string {
    const parts: string[] = [];
    let position = 0;
    for (const piece of this.pieces) {
      const pieceLength = piece.end - piece.start;
      const from = Math.max(start, position);
      const to = Math.min(end, position + pieceLength);
      if (from < to) parts.push(piece.source.slice(piece.start + from - position, piece.start + to - position));
      position += pieceLength;
      if (position >= end) break;
    }
    return parts.length === 1 ? parts[0]! : parts.join('');
  }

  private getLineOffsets(): number[] {
    return (this.lineOffsets ??= lineStarts(this.getText(), true, 0));
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function isLineBreak(code: number): boolean {
  return code === CARRIAGE_RETURN || code === LINE_FEED;
}

/** Offsets where lines start in `text` (CR LF, CR and LF each end a line), shifted by `offset`. */
function lineStarts(text: string, atLineStart: boolean, offset: number): number[] {
  const starts = atLineStart ? [offset] : [];
  // Most texts have no CR: then the engine's own search finds each LF, several times faster than a loop over every
  // character (53 ms of a 12 MB document's first analysis went here).
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(offset + i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CARRIAGE_RETURN || code === LINE_FEED) {
      if (code === CARRIAGE_RETURN && i + 1 < text.length && text.charCodeAt(i + 1) === LINE_FEED) i++;
      starts.push(offset + i + 1);
    }
  }
  return starts;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
