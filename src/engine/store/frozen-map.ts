/**
 * A read-only map from strings to lists of integers held entirely in typed arrays over
 * SharedArrayBuffers, so worker threads can look identifiers up in one copy: keys as UTF-16 code
 * units, an open-addressing hash table (FNV-1a, linear probing, at most half full) over key
 * numbers, and each key's values in one pool.
 */

/** The typed arrays of a frozen map; every one is backed by a SharedArrayBuffer. */
export interface FrozenMapData {
  /** Code units of all keys, one after another. */
  chars: Uint16Array;
  /** Key k spans chars[keyStart[k], keyStart[k + 1]). */
  keyStart: Int32Array;
  /** Key k's values are values[valueStart[k], valueStart[k + 1]). */
  valueStart: Int32Array;
  values: Int32Array;
  /** Hash table: key number + 1, 0 for an empty cell; its length is a power of two. */
  table: Int32Array;
}

/** Allocates an Int32Array of `length` items over a SharedArrayBuffer. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4));
}

function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Freezes `entries` (each key once, with its values in the order given) into shared arrays. */
export function freezeMap(entries: Iterable<[string, number | readonly number[]]>): FrozenMapData {
  const keys: string[] = [];
  const lists: (number | readonly number[])[] = [];
  let charCount = 0;
  let valueCount = 0;
  for (const [key, value] of entries) {
    keys.push(key);
    lists.push(value);
    charCount += key.length;
    valueCount += typeof value === 'number' ? 1 : value.length;
  }
  const chars = new Uint16Array(new SharedArrayBuffer(Math.max(1, charCount) * 2));
  const keyStart = sharedInt32(keys.length + 1);
  const valueStart = sharedInt32(keys.length + 1);
  const values = sharedInt32(valueCount);
  let tableSize = 16;
  while (tableSize < keys.length * 2) tableSize *= 2;
  const table = sharedInt32(tableSize);
  let charAt = 0;
  let valueAt = 0;
  keys.forEach((key, k) => {
    keyStart[k] = charAt;
    for (let i = 0; i < key.length; i++) chars[charAt++] = key.charCodeAt(i);
    valueStart[k] = valueAt;
    const list = lists[k] ?? [];
    if (typeof list === 'number') values[valueAt++] = list;
    else for (const value of list) values[valueAt++] = value;
    let cell = hashOf(key) & (tableSize - 1);
    while (table[cell] !== 0) cell = (cell + 1) & (tableSize - 1);
    table[cell] = k + 1;
  });
  keyStart[keys.length] = charAt;
  valueStart[keys.length] = valueAt;
  return { chars, keyStart, valueStart, values, table };
}

/** Read-only lookups over a frozen map's arrays (in any thread that holds them). */
export class FrozenMap {
  constructor(private readonly data: FrozenMapData) {}

  /** Number of keys. */
  get size(): number {
    return this.data.keyStart.length - 1;
  }

  /** Calls `visit` for each value stored under `key`, in stored order. */
  forEach(key: string, visit: (value: number) => void): void {
    const k = this.find(key);
    if (k < 0) return;
    const { valueStart, values } = this.data;
    const end = valueStart[k + 1] ?? 0;
    for (let at = valueStart[k] ?? 0; at < end; at++) visit(values[at] ?? 0);
  }

  /** Returns the first value stored under `key`, or undefined. */
  first(key: string): number | undefined {
    const k = this.find(key);
    return k < 0 ? undefined : this.data.values[this.data.valueStart[k] ?? 0];
  }

  private find(key: string): number {
    const { chars, keyStart, table } = this.data;
    const mask = table.length - 1;
    for (let cell = hashOf(key) & mask; ; cell = (cell + 1) & mask) {
      const k = (table[cell] ?? 0) - 1;
      if (k < 0) return -1;
      const start = keyStart[k] ?? 0;
      if ((keyStart[k + 1] ?? 0) - start !== key.length) continue;
      let i = 0;
      while (i < key.length && chars[start + i] === key.charCodeAt(i)) i++;
      if (i === key.length) return k;
    }
  }
}
