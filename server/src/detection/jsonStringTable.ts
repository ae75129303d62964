/**
 * The string tokens of a JSON text that an edit may land in, as a compact table (two typed arrays), built during
 * detection's own walk so that the first keystroke after a large file opens does not scan the text again.
 * Only value strings that are closed on their line are kept: keys (a string followed by `:`) and unterminated
 * strings are never an inert edit (editImpact.ts), and an offset that finds no token is answered the same way.
 */

/** String tokens in text order: `starts[i]` at the opening quote, `ends[i]` just past the closing one. */
export interface JsonStringTable {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const INITIAL_CAPACITY = 1024;

export class JsonStringTableBuilder {
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private count = 0;
  /** Whether the last token added is still in the table (a later colon makes it a key and removes it). */
  private lastKept = false;

  constructor(private readonly text: string) {}

  add(offset: number, length: number): void {
    const end = offset + length;
    this.lastKept = length >= 2 && this.text.charCodeAt(end - 1) === 0x22 /* " */;
    if (!this.lastKept) return;
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = offset;
    this.ends[this.count] = end;
    this.count++;
  }

  /** The last string token added is a key. */
  markLastAsKey(): void {
    if (this.lastKept) this.count--;
    this.lastKept = false;
  }

  /** The table, trimmed to its size (the builder is not used afterwards). */
  finish(): JsonStringTable {
    return { starts: this.starts.slice(0, this.count), ends: this.ends.slice(0, this.count) };
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}

/** The token of the table whose inside (quotes excluded) holds `offset`, by binary search. */
export function stringTokenAt(table: JsonStringTable, offset: number): { start: number; end: number } | undefined {
  const { starts, ends } = table;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset <= starts[mid]!) high = mid - 1;
    else if (offset >= ends[mid]!) low = mid + 1;
    else return { start: starts[mid]!, end: ends[mid]! };
  }
  return undefined;
}
