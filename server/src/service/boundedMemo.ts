/** A small least-recently-used memo: the caches of rendered text keep a bounded number of answers. */

/** A map that keeps its `limit` most recently used keys. */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value of `key`, made by `make` when absent; either way it becomes the most recently used. */
  get(key: K, make: () => V): V {
    const entries = this.entries;
    if (entries.has(key)) {
      const value = entries.get(key) as V;
      // Map keeps insertion order: moving the key to the end makes the first key the least recently used.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = make();
    entries.set(key, value);
    if (entries.size > this.limit) entries.delete(entries.keys().next().value as K);
    return value;
  }
}
