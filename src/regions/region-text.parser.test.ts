import { describe, it, expect } from 'vitest';
import { splitAtKnownTail, splitPlaceText } from './region-text.parser.ts';

const KNOWN = new Set([
  'kotabaru',
  'pagardesa',
  'desabaru',
  'pasarkotabakti',
  'indramayu',
  'juntinyuat',
  'lubukpakamiii',
]);
const split = (text: string): string[] =>
  splitPlaceText(text, (compact) => KNOWN.has(compact)).map((p) => p.text);

describe('splitPlaceText', () => {
  it.each([
    [
      'Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda',
      ['Desa Bumidaya', 'Kecamatan Palas', 'Kabupaten Kalianda'],
    ],
    ['Bumidaya; Palas\nLampung Selatan', ['Bumidaya', 'Palas', 'Lampung Selatan']],
    [
      'Desa Bumidaya Kec. Palas Kab. Lampung Selatan',
      ['Desa Bumidaya', 'Kec. Palas', 'Kab. Lampung Selatan'],
    ],
    [
      'Kelurahan Dempo Makmur Kecamatan Pagar Alam Utara Kota Pagar Alam',
      ['Kelurahan Dempo Makmur', 'Kecamatan Pagar Alam Utara', 'Kota Pagar Alam'],
    ],
    ['Desa Kota Baru', ['Desa Kota Baru']],
    ['Pagar Desa', ['Pagar Desa']],
    ['Sukamaju Desa', ['Sukamaju Desa']],
    ['Desa Baru', ['Desa Baru']],
    ['Pasar Kota Bakti', ['Pasar Kota Bakti']],
    ['Pasar Kota Bakti Kabupaten Labuhanbatu', ['Pasar Kota Bakti', 'Kabupaten Labuhanbatu']],
    ['Tanah Kota Baru', ['Tanah', 'Kota Baru']],
    ['Palas, , ', ['Palas']],
    ['Lubuk Pakam I,II', ['Lubuk Pakam I,II']],
    ['  ', []],
  ])('splits %j into %j', (text, parts) => {
    expect(split(text)).toEqual(parts);
  });

  it('keeps a known name whole even when it holds a level word', () => {
    expect(split('Kota Baru')).toEqual(['Kota Baru']);
  });
});

describe('splitAtKnownTail', () => {
  it.each([
    ['Desa Juntinyuat Indramayu', ['Desa Juntinyuat', 'Indramayu']],
    ['Juntinyuat Kab. Indramayu', ['Juntinyuat', 'Kab. Indramayu']],
    ['Desa Indramayu', undefined],
    ['Juntinyuat', undefined],
    ['Desa Qwxyz Zzqq', undefined],
  ])('splits %j into %j', (text, parts) => {
    const known = (compact: string): boolean => KNOWN.has(compact);
    expect(splitAtKnownTail(text, known)?.map((p) => p.text)).toEqual(parts);
  });
});
