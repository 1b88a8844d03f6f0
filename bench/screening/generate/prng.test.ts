import { describe, expect, it } from 'vitest';
import { createRng, createWeightedPicker, zipfWeights } from './prng.ts';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and streams', () => {
    const a = createRng(7, 1, 99);
    const b = createRng(7, 1, 99);
    const xs = Array.from({ length: 50 }, () => a.next());
    const ys = Array.from({ length: 50 }, () => b.next());
    expect(xs).toEqual(ys);
  });

  it('gives different sequences for neighbouring indices', () => {
    const a = createRng(7, 1, 99).next();
    const b = createRng(7, 1, 100).next();
    const c = createRng(7, 2, 99).next();
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('stays inside the requested ranges', () => {
    const rng = createRng(1);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.range(3, 5);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(5);
      expect(rng.int(4)).toBeLessThan(4);
    }
  });
});

describe('createWeightedPicker', () => {
  it('draws items in proportion to their weights', () => {
    const picker = createWeightedPicker(['a', 'b', 'c'], zipfWeights(3));
    const rng = createRng(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 60_000; i++) counts[picker.draw(rng) as 'a' | 'b' | 'c']++;
    // Zipf weights 1, 1/2, 1/3 → shares 6/11, 3/11, 2/11.
    expect(counts.a / 60_000).toBeCloseTo(6 / 11, 1);
    expect(counts.c / 60_000).toBeCloseTo(2 / 11, 1);
  });
});
