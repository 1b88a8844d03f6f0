import { compareKeys } from '../name/name-similarity.ts';
import { sharedInt32 } from './frozen-map.ts';

/** A vocabulary as shared between threads: keys by id and frequencies in shared memory. */
export interface SharedVocabulary {
  keys: string[];
  frequencies: Int32Array;
}

/**
 * Interned token keys with document frequencies (for IDF weights, updated on every add and
 * remove) and a one-deletion neighbourhood for typo-tolerant lookup: a key's variants with one
 * character removed point back to it, so a query key reaches stored keys one edit away with a
 * few map lookups and no scan.
 */
export class TokenVocabulary {
  private readonly idByKey = new Map<string, number>();
  private readonly keys: string[] = [];
  private frequencies: Int32Array = new Int32Array(1024);
  private readonly deletions = new Map<string, number | number[]>();
  /** Two-deletion variants of long keys (two edits are allowed from eight letters on). */
  private readonly deletions2 = new Map<string, number | number[]>();

  /** Keys shorter than this get no typo neighbourhood (their edit budget is zero). */
  static readonly MIN_FUZZY_LENGTH = 4;
  /** Keys from this length on are reached two edits away (the edit budget allows two). */
  static readonly MIN_TWO_EDIT_LENGTH = 8;

  /**
   * The keys (few: thousands) and their frequencies in shared memory; a copy made with
   * {@link fromShared} rebuilds its typo neighbourhood from the keys and reads the frequencies.
   */
  toShared(): SharedVocabulary {
    const frequencies = sharedInt32(this.keys.length);
    frequencies.set(this.frequencies.subarray(0, this.keys.length));
    return { keys: [...this.keys], frequencies };
  }

  /** A vocabulary with the same ids as the one {@link toShared} copied; not to be grown. */
  static fromShared(shared: SharedVocabulary): TokenVocabulary {
    const vocabulary = new TokenVocabulary();
    for (const key of shared.keys) vocabulary.intern(key);
    vocabulary.frequencies = shared.frequencies;
    return vocabulary;
  }

  /** Number of keys ever interned (ids run from 0 to size - 1). */
  get size(): number {
    return this.keys.length;
  }

  /** Returns the id of `key`, or undefined when no entry ever held it. */
  idOf(key: string): number | undefined {
    return this.idByKey.get(key);
  }

  /** Returns the id of `key`, adding it (and its typo neighbourhood) on first sight. */
  intern(key: string): number {
    const known = this.idByKey.get(key);
    if (known !== undefined) return known;
    const id = this.keys.length;
    this.keys.push(key);
    this.idByKey.set(key, id);
    if (id >= this.frequencies.length) {
      const grown = new Int32Array(this.frequencies.length * 2);
      grown.set(this.frequencies);
      this.frequencies = grown;
    }
    if (key.length >= TokenVocabulary.MIN_FUZZY_LENGTH && !key.endsWith('#')) {
      for (const variant of deletionVariants(key)) addToBucket(this.deletions, variant, id);
    }
    if (key.length >= TokenVocabulary.MIN_TWO_EDIT_LENGTH && !key.endsWith('#')) {
      for (const variant of twoDeletionVariants(key)) addToBucket(this.deletions2, variant, id);
    }
    return id;
  }

  /** Returns the key of an id. */
  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }

  /** Returns how many live entries hold the key. */
  frequency(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Counts one more (delta 1) or one fewer (delta -1) entry holding the key. */
  count(id: number, delta: 1 | -1): void {
    this.frequencies[id] = (this.frequencies[id] ?? 0) + delta;
  }

  /** Returns the stored keys within the typo budget of `key` (itself excluded) with similarity. */
  neighbours(key: string): { id: number; sim: number }[] {
    if (key.length < TokenVocabulary.MIN_FUZZY_LENGTH - 1 || key.endsWith('#')) return [];
    const found = new Map<number, number>();
    const consider = (id: number | undefined): void => {
      if (id === undefined || found.has(id)) return;
      const other = this.keys[id];
      if (other === undefined || other === key) return;
      const sim = compareKeys(key, other);
      if (sim > 0) found.set(id, sim);
    };
    const considerBucket = (bucket: number | number[] | undefined): void => {
      if (bucket === undefined) return;
      if (typeof bucket === 'number') consider(bucket);
      else for (const id of bucket) consider(id);
    };
    considerBucket(this.deletions.get(key));
    if (key.length >= TokenVocabulary.MIN_FUZZY_LENGTH) {
      for (const variant of deletionVariants(key)) {
        consider(this.idByKey.get(variant));
        considerBucket(this.deletions.get(variant));
      }
    }
    // Two edits: a shared string at most two deletions from each side (symmetric deletion).
    if (key.length >= TokenVocabulary.MIN_TWO_EDIT_LENGTH) {
      considerBucket(this.deletions2.get(key));
      for (const variant of deletionVariants(key)) considerBucket(this.deletions2.get(variant));
      for (const variant of twoDeletionVariants(key)) {
        consider(this.idByKey.get(variant));
        considerBucket(this.deletions.get(variant));
        considerBucket(this.deletions2.get(variant));
      }
    }
    return [...found].map(([id, sim]) => ({ id, sim })).sort((a, b) => a.id - b.id);
  }
}

function addToBucket(map: Map<string, number | number[]>, variant: string, id: number): void {
  const bucket = map.get(variant);
  if (bucket === undefined) map.set(variant, id);
  else if (typeof bucket === 'number') {
    if (bucket !== id) map.set(variant, [bucket, id]);
  } else if (!bucket.includes(id)) bucket.push(id);
}

function twoDeletionVariants(key: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++)
      variants.add(key.slice(0, i) + key.slice(i + 1, j) + key.slice(j + 1));
  }
  return variants;
}

function deletionVariants(key: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i < key.length; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
  return variants;
}
