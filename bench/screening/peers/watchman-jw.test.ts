import { describe, expect, it } from 'vitest';
import { bestPairsJaroWinkler, customJaroWinkler, jaro, prepareName } from './watchman-jw.ts';

describe('jaro', () => {
  it.each([
    ['martha', 'marhta', 0.9444],
    ['dixon', 'dicksonx', 0.7667],
    ['abc', 'xyz', 0],
    ['same', 'same', 1],
  ])('scores %s ~ %s as %f', (a, b, expected) => {
    expect(jaro(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('customJaroWinkler', () => {
  it('boosts a shared prefix like plain Jaro-Winkler', () => {
    expect(customJaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
  });

  it('takes 10 % off when the first letters are in different phonetic classes', () => {
    // d (d t) and j (c g j k q s x z) differ; length ratio 4/5 costs another 6 %.
    expect(customJaroWinkler('djoko', 'joko')).toBeCloseTo(jaro('djoko', 'joko') * 0.94 * 0.9, 10);
    // o and u are both vowels: only the length penalty (ratio 5/6) applies.
    expect(customJaroWinkler('oetomo', 'utomo')).toBeCloseTo(
      jaro('oetomo', 'utomo') * (1 - (1 - 5 / 6) * 0.3),
      10,
    );
  });

  it('penalises very different lengths', () => {
    expect(customJaroWinkler('nur', 'nurhayati')).toBeLessThan(
      jaro('nur', 'nurhayati') + 0.1 * 3 * (1 - jaro('nur', 'nurhayati')),
    );
  });
});

describe('bestPairsJaroWinkler', () => {
  it('gives 1 for the same tokens in any order', () => {
    expect(bestPairsJaroWinkler(['budi', 'santoso'], ['santoso', 'budi'])).toBeCloseTo(1, 10);
  });

  it('scales down when index tokens stay unmatched', () => {
    const full = bestPairsJaroWinkler(['siti', 'aminah'], ['siti', 'aminah']);
    const extra = bestPairsJaroWinkler(['siti', 'aminah'], ['siti', 'aminah', 'binti', 'ahmad']);
    expect(extra).toBeLessThan(full);
    expect(extra).toBeGreaterThanOrEqual(0.85);
  });
});

describe('prepareName', () => {
  it('reorders "Last, First", drops accents and punctuation, lowercases', () => {
    expect(prepareName('Santoso, Budi')).toEqual(['budi', 'santoso']);
    expect(prepareName("H. Ma'ruf Amin")).toEqual(['h', 'ma', 'ruf', 'amin']);
    expect(prepareName('José')).toEqual(['jose']);
  });
});
