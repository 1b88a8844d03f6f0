import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { levenshtein, prepareDistance } from './edit-distance.ts';

describe('prepareDistance', () => {
  it.each([
    ['bumidaja', 'bumidaya', 1],
    ['pagaralam', 'pagaralam', 0],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['palas', 'palasah', 2],
    ['a'.repeat(32), 'a'.repeat(30) + 'bb', 2],
  ])('measures %s → %s as %i edits', (query, text, expected) => {
    expect(prepareDistance(query)(text)).toBe(expected);
  });

  it('agrees with the textbook dynamic programme on random strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 40 });
    fc.assert(
      fc.property(word, word, (query, text) => {
        expect(prepareDistance(query)(text)).toBe(levenshtein(query, text));
      }),
      { numRuns: 500 },
    );
  });
});
