/**
 * Seeded pseudo-random numbers for the screening benchmark: sfc32 seeded through splitmix32, so that
 * any (seed, stream, index) triple gives its own independent, reproducible sequence. Generating entry
 * i never depends on entries 0..i-1, which lets the harness stream a million entries without keeping them.
 */

/** A reproducible random source with the few draws the generator needs. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/** Mixes one 32-bit word into a well-spread 32-bit word (splitmix32 finaliser). */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** Creates an sfc32 generator for a seed and any number of stream/index words. */
export function createRng(seed: number, ...streams: number[]): Rng {
  let h = mix32(seed >>> 0);
  for (const s of streams) h = mix32(h ^ (s >>> 0)) ^ Math.imul(s >>> 0, 0x85ebca6b);
  let a = mix32(h ^ 0x1b873593);
  let b = mix32(a ^ 0xcc9e2d51);
  let c = mix32(b ^ 0xe6546b64);
  let d = 1;
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm-up rounds decorrelate nearby seeds (documented practice for sfc32).
  for (let i = 0; i < 12; i++) nextU32();
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** A sampler over items with fixed weights (cumulative table + binary search). */
export interface WeightedPicker<T> {
  /** Draws one item with probability proportional to its weight. */
  draw(rng: Rng): T;
  /** Number of distinct items. */
  readonly size: number;
  /** Probability of the item at a position of the list given at creation. */
  probabilityAt(index: number): number;
}

/** Builds a weighted sampler; weights need not be normalised. */
export function createWeightedPicker<T>(
  items: readonly T[],
  weights: readonly number[],
): WeightedPicker<T> {
  if (items.length === 0 || items.length !== weights.length)
    throw new Error('items and weights must match and be non-empty');
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += weights[i] ?? 0;
    cumulative[i] = total;
  }
  return {
    size: items.length,
    probabilityAt: (index) => (weights[index] ?? 0) / total,
    draw(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = items.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] ?? 0) > target) hi = mid;
        else lo = mid + 1;
      }
      return items[lo] as T;
    },
  };
}

/** Zipf-like weights 1/(rank+offset)^exponent for ranks 1..n: a few very common names, a long tail. */
export function zipfWeights(n: number, exponent = 1, offset = 0): number[] {
  const weights: number[] = [];
  for (let rank = 1; rank <= n; rank++) weights.push(1 / Math.pow(rank + offset, exponent));
  return weights;
}
