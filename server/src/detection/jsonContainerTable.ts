/**
 * The containers of a JSON text as detection's walk met them, in a compact table (typed arrays, 16 bytes a
 * container), so that a completion can find the container around its offset and the keys above it without
 * walking or parsing the text again.
 */

export interface JsonContainerTable {
  /** Offsets of the opening brackets, in document order. */
  readonly starts: Int32Array;
  /** Offsets of the closing brackets (the text's length for a container left open). */
  readonly closes: Int32Array;
  /** Index of the container each one is a member of; -1 for the outermost. */
  readonly parents: Int32Array;
  /** Offset of the key a container is the value of; -1 for an array element or the outermost. */
  readonly keys: Int32Array;
}

export class JsonContainerTableBuilder {
  private starts = new Int32Array(256);
  private closes = new Int32Array(256);
  private parents = new Int32Array(256);
  private keys = new Int32Array(256);
  private count = 0;

  /** A container opens; returns its index (for `close`). */
  open(start: number, parent: number, keyOffset: number): number {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.closes = grow(this.closes);
      this.parents = grow(this.parents);
      this.keys = grow(this.keys);
    }
    const index = this.count++;
    this.starts[index] = start;
    this.closes[index] = -1;
    this.parents[index] = parent;
    this.keys[index] = keyOffset;
    return index;
  }

  close(index: number, offset: number): void {
    this.closes[index] = offset;
  }

  finish(): JsonContainerTable {
    const size = this.count;
    return { starts: this.starts.slice(0, size), closes: this.closes.slice(0, size), parents: this.parents.slice(0, size), keys: this.keys.slice(0, size) };
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}

/**
 * The innermost container open at `offset`: opened before it, closed at or after it (-1 when none is). Containers
 * nest, so it is the last one opened before the offset or one of its ancestors.
 */
export function containerOpenAt(table: JsonContainerTable, offset: number): number {
  const { starts, closes, parents } = table;
  let low = 0;
  let high = starts.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  let index = last;
  while (index >= 0 && closes[index]! < offset) index = parents[index]!;
  return index;
}
