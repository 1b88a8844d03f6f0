import { sharedInt32 } from './frozen-map.ts';

/** Posting lists in shared memory (see {@link PostingLists.toShared}). */
export interface SharedPostings {
  offsets: Int32Array;
  slots: Int32Array;
}

/**
 * Inverted lists from a token key id to the entry slots holding it, one growable Int32Array per
 * key: four bytes per posting instead of an object, and slots stay in ascending order because
 * slots are never reused before a compaction.
 */
export class PostingLists {
  private lists: (Int32Array | undefined)[] = [];
  private lengths = new Int32Array(1024);

  /**
   * Copies every list (dead slots included, so retrieval reads exactly what it reads here) into
   * two shared arrays: key k's postings are `slots[offsets[k], offsets[k + 1])`.
   */
  toShared(): SharedPostings {
    const keys = this.lists.length;
    const offsets = sharedInt32(keys + 1);
    let total = 0;
    for (let k = 0; k < keys; k++) total += this.lengths[k] ?? 0;
    const slots = sharedInt32(total);
    let at = 0;
    for (let k = 0; k < keys; k++) {
      offsets[k] = at;
      const length = this.lengths[k] ?? 0;
      const list = this.lists[k];
      if (list !== undefined && length > 0) slots.set(list.subarray(0, length), at);
      at += length;
    }
    offsets[keys] = at;
    return { offsets, slots };
  }

  /** Read-only lists over the shared arrays of {@link toShared}. */
  static fromShared(shared: SharedPostings): PostingLists {
    const postings = new PostingLists();
    const keys = shared.offsets.length - 1;
    postings.lengths = new Int32Array(Math.max(1, keys));
    for (let k = 0; k < keys; k++) {
      const start = shared.offsets[k] ?? 0;
      const end = shared.offsets[k + 1] ?? 0;
      postings.lengths[k] = end - start;
      postings.lists[k] = end > start ? shared.slots.subarray(start, end) : undefined;
    }
    return postings;
  }

  /** Appends `slot` to the list of `keyId` (slots arrive in ascending order). */
  add(keyId: number, slot: number): void {
    if (keyId >= this.lengths.length) {
      const grown = new Int32Array(Math.max(keyId + 1, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    const length = this.lengths[keyId] ?? 0;
    let list = this.lists[keyId];
    if (list === undefined || length === list.length) {
      const grown = new Int32Array(list === undefined ? 2 : Math.ceil(list.length * 1.5) + 2);
      if (list !== undefined) grown.set(list);
      list = grown;
      this.lists[keyId] = list;
    }
    list[length] = slot;
    this.lengths[keyId] = length + 1;
  }

  /** Returns the backing array of `keyId` (read only its first {@link length} items). */
  list(keyId: number): Int32Array | undefined {
    return this.lists[keyId];
  }

  /** Returns how many postings `keyId` holds, dead slots included. */
  length(keyId: number): number {
    return this.lengths[keyId] ?? 0;
  }

  /** Drops postings of dead slots and renumbers live ones through `remap` (-1 = dead). */
  compact(remap: Int32Array): void {
    this.lists.forEach((list, keyId) => {
      if (list === undefined) return;
      const length = this.lengths[keyId] ?? 0;
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const slot = remap[list[i] ?? 0] ?? -1;
        if (slot >= 0) list[kept++] = slot;
      }
      this.lengths[keyId] = kept;
      this.lists[keyId] = kept === 0 ? undefined : list.slice(0, kept + (kept >> 3) + 1);
    });
  }
}
