import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as S from './name-stock.data.ts';
import { createRng } from './prng.ts';
import { nicknameOf } from './population.ts';
import {
  isMuhammadToken,
  swapChineseSpelling,
  toModernSpelling,
  toOldSpelling,
} from './spelling.ts';

describe('toOldSpelling', () => {
  it.each([
    ['Suharto', 'Soeharto'],
    ['Cahyono', 'Tjahjono'],
    ['Yusuf', 'Joesoef'],
    ['Joko', 'Djoko'],
    ['Syamsul', 'Sjamsoel'],
    ['Nyoman', 'Njoman'],
    ['Khadijah', 'Chadidjah'],
    ['Dewi', 'Dewi'],
  ])('writes %s as %s before 1972', (modern, old) => {
    expect(toOldSpelling(modern, createRng(1), 1)).toBe(old);
  });

  it('round-trips every unambiguous modern pool token through old and back', () => {
    // ty/dy become tj/dj in the old spelling, which reads back as c/j: a real ambiguity of the reform.
    const tokens = [
      ...S.JAVANESE_MALE,
      ...S.JAVANESE_FEMALE,
      ...S.ARABIC_MALE,
      ...S.SUNDANESE_MALE,
      ...S.MALAY_FEMALE,
    ].filter((t) => !/kh|oe|ch|ty|dy/i.test(t));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: tokens.length - 1 }), fc.integer(), (i, seed) => {
        const token = tokens[i] ?? '';
        expect(toModernSpelling(toOldSpelling(token, createRng(seed), 1))).toBe(token);
      }),
    );
  });
});

describe('spelling helpers', () => {
  it('recognises Muhammad abbreviations and not other names', () => {
    expect(['Moh.', 'M.', 'Mochammad', 'MUHAMAD'].every(isMuhammadToken)).toBe(true);
    expect(isMuhammadToken('Mahmud')).toBe(false);
  });

  it('swaps Hokkien spellings within their group only', () => {
    expect(['Lim']).toContain(swapChineseSpelling('Liem', createRng(2)));
    expect(swapChineseSpelling('Budi', createRng(2))).toBeNull();
  });
});

describe('nicknameOf', () => {
  it.each([
    [['Sugianto', 'Wibowo'], 'Anto Wibowo'],
    [['Harningrum', 'Sumiati'], 'Ningrum Sumiati'],
    [['Siti', 'Nurhayati'], 'Siti Yati'],
    [['Endang'], null],
  ])('shortens %j to %s', (tokens, expected) => {
    expect(nicknameOf(tokens)).toBe(expected);
  });
});
