/**
 * THE ORACLE, NOT PRODUCT CODE: the walk's table of value strings as it was before the lean walk (server/src/detection/jsonStringTable.ts at cf3847f, imports redirected),
 * kept so that jsonStreamLean.test.ts can compare the restructured walk with it on random JSON. Do not edit it to
 * follow the product: it is the reference the product must keep agreeing with.
 */
/**
 * The string tokens of a JSON text that an edit may land in, as a compact table (two typed arrays), built during
 * detection's own walk so that the first keystroke after a large file opens does not scan the text again.
 * Only value strings that are closed on their line are kept: keys (a string followed by `:`) and unterminated
 * strings are never an inert edit (editImpact.ts), and an offset that finds no token is answered the same way.
 */

/**
 * String tokens in text order: `starts[i]` at the opening quote, `ends[i]` just past the closing one, and
 * `besideCodeKey[i]` set when the string is a member value of an object with a `code` or three-digit key, the only
 * place a JSON rule reads a reason phrase (response.code-property, table.reason-phrase-keyed).
 */
export interface JsonStringTable {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly besideCodeKey: Uint8Array;
}

/** An open container of the walk: for an object, its value strings (table indices) and whether it has a code key. */
interface ObjectFrame {
  values: number[];
  hasCodeKey: boolean;
}

/**
 * Whether the key text `text[start, end)` is one beside which a string may be read as a reason phrase: `code`,
 * three digits, or anything escaped (escapes may spell `code`). Read in place: every key of a large file asks.
 */
function isCodeKeyText(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 4 && text.startsWith('code', start)) return true;
  if (length === 3 && isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2))) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x5c /* \\ */) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const INITIAL_CAPACITY = 1024;

export class JsonStringTableBuilder {
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private besideCodeKey = new Uint8Array(INITIAL_CAPACITY);
  private count = 0;
  /** Whether the last token added is still in the table (a later colon makes it a key and removes it). */
  private lastKept = false;
  /** The last string token's span, kept to read a key's text when its colon comes. */
  private lastStart = 0;
  private lastEnd = 0;
  /** Whether the previous significant token was a colon: a string after it is a member value. */
  private afterColon = false;
  /** One entry per open container (undefined for arrays, whose strings no rule reads as phrases). */
  private readonly frames: Array<ObjectFrame | undefined> = [];

  constructor(private readonly text: string) {}

  add(offset: number, length: number): void {
    const end = offset + length;
    const wasValue = this.afterColon;
    this.afterColon = false;
    this.lastStart = offset;
    this.lastEnd = end;
    this.lastKept = length >= 2 && this.text.charCodeAt(end - 1) === 0x22 /* " */;
    if (!this.lastKept) return;
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      const wider = new Uint8Array(this.besideCodeKey.length * 2);
      wider.set(this.besideCodeKey);
      this.besideCodeKey = wider;
    }
    this.starts[this.count] = offset;
    this.ends[this.count] = end;
    if (wasValue) this.frames.at(-1)?.values.push(this.count);
    this.count++;
  }

  /** The last string token added is a key. */
  markLastAsKey(): void {
    if (this.lastKept) this.count--;
    this.lastKept = false;
    const frame = this.frames.at(-1);
    if (frame && isCodeKeyText(this.text, this.lastStart + 1, this.lastEnd - 1)) frame.hasCodeKey = true;
  }

  /** Any other significant token: a colon, a container opening or closing, a number, a keyword. */
  other(kind: 'colon' | 'open-object' | 'open-array' | 'close' | 'value'): void {
    this.afterColon = kind === 'colon';
    if (kind === 'open-object') this.frames.push({ values: [], hasCodeKey: false });
    else if (kind === 'open-array') this.frames.push(undefined);
    else if (kind === 'close') this.closeFrame(this.frames.pop());
  }

  /** The table, trimmed to its size (the builder is not used afterwards). */
  finish(): JsonStringTable {
    // Objects left open (a document being typed) are judged by the keys seen so far, conservatively: all beside codes.
    while (this.frames.length) for (const value of this.frames.pop()?.values ?? []) this.besideCodeKey[value] = 1;
    return {
      starts: this.starts.slice(0, this.count),
      ends: this.ends.slice(0, this.count),
      besideCodeKey: this.besideCodeKey.slice(0, this.count),
    };
  }

  private closeFrame(frame: ObjectFrame | undefined): void {
    if (frame?.hasCodeKey) for (const value of frame.values) this.besideCodeKey[value] = 1;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}

/** The token of the table whose inside (quotes excluded) holds `offset`, by binary search. */
export function stringTokenAt(table: JsonStringTable, offset: number): { start: number; end: number; besideCodeKey: boolean } | undefined {
  const { starts, ends } = table;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset <= starts[mid]!) high = mid - 1;
    else if (offset >= ends[mid]!) low = mid + 1;
    else return { start: starts[mid]!, end: ends[mid]!, besideCodeKey: table.besideCodeKey[mid] === 1 };
  }
  return undefined;
}
