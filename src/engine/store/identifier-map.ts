import { FrozenMap, freezeMap, type FrozenMapData } from './frozen-map.ts';

/**
 * A map from an exact identifier (NIK, passport number, phone, registration number) to the entry
 * slots holding it; one slot is stored as a bare number, so the common case allocates nothing.
 */
export class IdentifierMap {
  private readonly slots = new Map<string, number | number[]>();
  /** Set in a read-only copy attached to shared memory ({@link fromShared}). */
  private frozen: FrozenMap | null = null;

  /** A read-only map over the shared arrays of {@link toShared}. */
  static fromShared(data: FrozenMapData): IdentifierMap {
    const map = new IdentifierMap();
    map.frozen = new FrozenMap(data);
    return map;
  }

  /** Copies the map into shared arrays (each value's slots in their current order). */
  toShared(): FrozenMapData {
    if (this.frozen !== null) throw new Error('a shared identifier map is already frozen');
    return freezeMap(this.slots);
  }

  /** Records that `slot` holds `value`. */
  add(value: string, slot: number): void {
    this.assertMutable();
    const bucket = this.slots.get(value);
    if (bucket === undefined) this.slots.set(value, slot);
    else if (typeof bucket === 'number') {
      if (bucket !== slot) this.slots.set(value, [bucket, slot]);
    } else if (!bucket.includes(slot)) bucket.push(slot);
  }

  /** Forgets that `slot` holds `value`. */
  delete(value: string, slot: number): void {
    this.assertMutable();
    const bucket = this.slots.get(value);
    if (bucket === undefined) return;
    if (typeof bucket === 'number') {
      if (bucket === slot) this.slots.delete(value);
      return;
    }
    const rest = bucket.filter((s) => s !== slot);
    if (rest.length === 0) this.slots.delete(value);
    else this.slots.set(value, rest.length === 1 ? (rest[0] ?? slot) : rest);
  }

  /** Calls `visit` for every slot holding `value`. */
  forEach(value: string, visit: (slot: number) => void): void {
    if (this.frozen !== null) {
      this.frozen.forEach(value, visit);
      return;
    }
    const bucket = this.slots.get(value);
    if (bucket === undefined) return;
    if (typeof bucket === 'number') visit(bucket);
    else for (const slot of bucket) visit(slot);
  }

  /** Renumbers slots after a compaction (`remap[old]` = new slot, -1 = dead). */
  remap(remap: Int32Array): void {
    this.assertMutable();
    for (const [value, bucket] of this.slots) {
      if (typeof bucket === 'number') {
        const slot = remap[bucket] ?? -1;
        if (slot < 0) this.slots.delete(value);
        else this.slots.set(value, slot);
      } else {
        const moved = bucket.map((s) => remap[s] ?? -1).filter((s) => s >= 0);
        if (moved.length === 0) this.slots.delete(value);
        else this.slots.set(value, moved.length === 1 ? (moved[0] ?? 0) : moved);
      }
    }
  }

  private assertMutable(): void {
    if (this.frozen !== null) throw new Error('a shared identifier map is read-only');
  }
}
