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

/** Kinds of the builder's open containers. */
const ARRAY = 0;
const OBJECT = 1;
const OBJECT_BESIDE_CODE = 2;

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
  /**
   * The open containers as plain numbers, not an object each (a large log opens one per record): per container its
   * kind (`ARRAY`, `OBJECT`, `OBJECT_BESIDE_CODE` once a code key is read) and where its value strings start in
   * `values`, the table indices of the value strings of the open objects, innermost last.
   */
  private readonly frameKinds: number[] = [];
  private readonly frameValueStarts: number[] = [];
  private readonly values: number[] = [];
  /** How many of `values` are in use (the list is overwritten, not shortened: setting a length costs a call). */
  private valueCount = 0;

  constructor(private readonly text: string) {}

  /** A string token; `isValue` when it follows a colon (the walk tells: it sees every token, the table only these). */
  add(offset: number, length: number, isValue: boolean): void {
    const end = offset + length;
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
    // Arrays' strings are never read as phrases (and a string outside any container is no member).
    if (isValue && this.frameKinds.length > 0 && this.frameKinds[this.frameKinds.length - 1] !== ARRAY) this.values[this.valueCount++] = this.count;
    this.count++;
  }

  /** The last string token added is a key. */
  markLastAsKey(): void {
    if (this.lastKept) this.count--;
    this.lastKept = false;
    const top = this.frameKinds.length - 1;
    if (top >= 0 && this.frameKinds[top] === OBJECT && isCodeKeyText(this.text, this.lastStart + 1, this.lastEnd - 1)) this.frameKinds[top] = OBJECT_BESIDE_CODE;
  }

  /** A container opens. */
  open(isObject: boolean): void {
    this.frameKinds.push(isObject ? OBJECT : ARRAY);
    this.frameValueStarts.push(this.valueCount);
  }

  /** The table, trimmed to its size (the builder is not used afterwards). */
  finish(): JsonStringTable {
    // Objects left open (a document being typed) are judged by the keys seen so far, conservatively: all beside codes
    // (what `values` still holds is exactly theirs).
    for (let i = 0; i < this.valueCount; i++) this.besideCodeKey[this.values[i]!] = 1;
    return {
      starts: this.starts.slice(0, this.count),
      ends: this.ends.slice(0, this.count),
      besideCodeKey: this.besideCodeKey.slice(0, this.count),
    };
  }

  /** A container closes; a close with none open (stray text after the first value) closes nothing. */
  close(): void {
    const kind = this.frameKinds.pop();
    if (kind === undefined) return;
    const start = this.frameValueStarts.pop()!;
    const values = this.values;
    if (kind === OBJECT_BESIDE_CODE) for (let i = start; i < this.valueCount; i++) this.besideCodeKey[values[i]!] = 1;
    this.valueCount = start;
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
