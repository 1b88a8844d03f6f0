import { describe, expect, it } from 'vitest';
import { extractNumbers, parseIndonesianNumber } from './numbers.extract.ts';

describe('extractNumbers', () => {
  it.each([
    ['Polisi menyelamatkan 12 orang korban.', 'korban', 12],
    ['Jumlah korban mencapai 13 orang.', 'korban', 13],
    ['Penyidik menetapkan dua tersangka.', 'tersangka', 2],
    ['Sebanyak 25 permohonan paspor ditunda.', 'paspor', 25],
    ['KBRI memulangkan sebanyak 1.200 WNI.', 'dipulangkan', 1200],
    ['Sebanyak 40 PMI yang dipulangkan tiba di Bandara.', 'dipulangkan', 40],
    ['Kerugian mencapai Rp 1,5 miliar.', 'rupiah', 1_500_000_000],
    ['Korban membayar Rp15.000.000 kepada calo.', 'rupiah', 15_000_000],
    ['Ia dijanjikan gaji 30 juta rupiah.', 'rupiah', 30_000_000],
    ['Kanim membentuk tiga Desa Binaan Imigrasi.', 'desa_binaan', 3],
    ['dua puluh lima calon PMI diperiksa', 'orang', 25],
  ])('reads "%s" as %s = %d', (text, kind, value) => {
    expect(extractNumbers(text)).toContainEqual(expect.objectContaining({ kind, value }));
  });

  it('reports each kind and value once', () => {
    expect(extractNumbers('12 korban ... 12 korban ... 13 korban').map((n) => n.value)).toEqual([
      12, 13,
    ]);
  });
});

describe('parseIndonesianNumber', () => {
  it.each([
    ['tiga', 3],
    ['sebelas', 11],
    ['dua belas', 12],
    ['dua puluh lima', 25],
    ['seratus', 100],
    ['1.200', 1200],
    ['banyak', null],
  ])('parses "%s" as %s', (text, value) => {
    expect(parseIndonesianNumber(text)).toBe(value);
  });
});
