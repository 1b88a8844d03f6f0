/**
 * Picks the `k` slots with the highest weights (ties: lower slot first) from the first `count`
 * items of `slots`, with a bounded min-heap: O(n log k) and no sort of the whole list.
 */
export function selectTop(
  slots: Int32Array,
  count: number,
  weights: Float32Array,
  k: number,
): number[] {
  if (count <= k) return Array.from(slots.subarray(0, count));
  const heap = new Int32Array(k);
  let size = 0;
  // "worse" = lower weight, or equal weight and higher slot.
  const worse = (a: number, b: number): boolean => {
    const wa = weights[a] ?? 0;
    const wb = weights[b] ?? 0;
    return wa < wb || (wa === wb && a > b);
  };
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < size && worse(heap[left] ?? 0, heap[worst] ?? 0)) worst = left;
      if (right < size && worse(heap[right] ?? 0, heap[worst] ?? 0)) worst = right;
      if (worst === i) return;
      const tmp = heap[i] ?? 0;
      heap[i] = heap[worst] ?? 0;
      heap[worst] = tmp;
      i = worst;
    }
  };
  for (let n = 0; n < count; n++) {
    const slot = slots[n] ?? 0;
    if (size < k) {
      heap[size] = slot;
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break;
        const tmp = heap[i] ?? 0;
        heap[i] = heap[parent] ?? 0;
        heap[parent] = tmp;
        i = parent;
      }
    } else if (worse(heap[0] ?? 0, slot)) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return Array.from(heap.subarray(0, size));
}
