/**
 * Keeps the `k` slots with the highest weights (ties: lower slot first) of a stream of
 * (slot, weight) offers with a bounded min-heap: O(n log k) and no sort of the whole stream.
 * Weights are kept as float32, as retrieval accumulates them.
 */
export class TopSlots {
  private readonly heap: Int32Array;
  private readonly weights: Float32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.heap = new Int32Array(k);
    this.weights = new Float32Array(k);
  }

  /** Offers a slot with its weight. */
  offer(slot: number, weight: number): void {
    const { heap, weights } = this;
    if (this.size < this.k) {
      let i = this.size++;
      heap[i] = slot;
      weights[i] = weight;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (this.k === 0) return;
    const rootWeight = weights[0] ?? 0;
    const rootSlot = heap[0] ?? 0;
    // Replace the worst kept slot when the offer is better than it.
    const fweight = Math.fround(weight);
    if (!(rootWeight < fweight || (rootWeight === fweight && rootSlot > slot))) return;
    heap[0] = slot;
    weights[0] = fweight;
    this.siftDown(0);
  }

  /** The kept slots (in heap order). */
  slots(): number[] {
    return Array.from(this.heap.subarray(0, this.size));
  }

  /** "Worse" = lower weight, or equal weight and higher slot. */
  private worse(a: number, b: number): boolean {
    const wa = this.weights[a] ?? 0;
    const wb = this.weights[b] ?? 0;
    return wa < wb || (wa === wb && (this.heap[a] ?? 0) > (this.heap[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    const { heap, weights } = this;
    const slot = heap[a] ?? 0;
    const weight = weights[a] ?? 0;
    heap[a] = heap[b] ?? 0;
    weights[a] = weights[b] ?? 0;
    heap[b] = slot;
    weights[b] = weight;
  }

  private siftDown(from: number): void {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
