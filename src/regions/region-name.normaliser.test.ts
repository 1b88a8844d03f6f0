import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  compactRegionName,
  normaliseRegionName,
  stripLevelPrefix,
} from './region-name.normaliser.ts';

describe('normaliseRegionName', () => {
  it.each([
    ['Bumi Daya', 'bumi daya'],
    ['  PAGAR   ALAM ', 'pagar alam'],
    ["Pasi Kuala Ba'u", 'pasi kuala bau'],
    ['Regapu’u', 'regapuu'],
    ['Siurai-Urai', 'siurai urai'],
    ['Lubuk Pakam I,II', 'lubuk pakam i ii'],
    ['Matang Glumpang Dua Mns. Timu (X)', 'matang glumpang dua mns timu x'],
    ['Soka"an', 'soka an'],
    ['Kab.Bekasi', 'kab bekasi'],
    ['Bénoa', 'benoa'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseRegionName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = normaliseRegionName(text);
        expect(normaliseRegionName(once)).toBe(once);
      }),
    );
  });

  it('ignores letter case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(normaliseRegionName(text.toUpperCase())).toBe(
          normaliseRegionName(text.toLowerCase()),
        );
      }),
    );
  });

  it('only ever yields lower-case letters, digits and single inner spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(normaliseRegionName(text)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('compactRegionName', () => {
  it('makes "Bumidaya" and "Bumi Daya" equal', () => {
    expect(compactRegionName('Bumidaya')).toBe(compactRegionName('Bumi Daya'));
  });

  it('ignores spaces wherever they are inserted', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(word, fc.array(fc.nat({ max: 20 }), { maxLength: 5 }), (text, cuts) => {
        let spaced = text;
        for (const cut of cuts) spaced = `${spaced.slice(0, cut)} ${spaced.slice(cut)}`;
        expect(compactRegionName(spaced)).toBe(compactRegionName(text));
      }),
    );
  });
});

describe('stripLevelPrefix', () => {
  it.each([
    ['desa bumidaya', 'bumidaya', 'desa'],
    ['kel dempo makmur', 'dempo makmur', 'kelurahan'],
    ['kelurahan dempo makmur', 'dempo makmur', 'kelurahan'],
    ['kec palas', 'palas', 'kecamatan'],
    ['kecamatan palas', 'palas', 'kecamatan'],
    ['distrik sentani', 'sentani', 'kecamatan'],
    ['kab bekasi', 'bekasi', 'kabupaten'],
    ['kabupaten administrasi kepulauan seribu', 'kepulauan seribu', 'kabupaten'],
    ['kota bekasi', 'bekasi', 'kota'],
    ['kota administrasi jakarta pusat', 'jakarta pusat', 'kota'],
    ['provinsi lampung', 'lampung', 'provinsi'],
    ['prov lampung', 'lampung', 'provinsi'],
    ['desa adat yoboi', 'yoboi', 'desa'],
  ])('reads %j as %j with level %s', (input, name, level) => {
    expect(stripLevelPrefix(input)).toEqual({ name, level });
  });

  it.each(['kelurahan', 'palas', 'pagar desa', 'desa'])('keeps %j whole', (input) => {
    expect(stripLevelPrefix(input)).toEqual({ name: input });
  });
});
