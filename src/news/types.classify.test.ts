import { describe, expect, it } from 'vitest';
import { classifyTypes } from './types.classify.ts';

describe('classifyTypes', () => {
  it.each([
    [
      'Petugas menunda paspor calon PMI non prosedural tujuan Malaysia.',
      'PMI_NONPROSEDURAL',
      'non prosedural',
    ],
    ['Korban dipaksa menjadi scammer di Kamboja.', 'ONLINE_SCAM', 'scammer'],
    ['Pelaku menjual ginjal korban lewat grup pendonor.', 'PENJUALAN_ORGAN', 'ginjal'],
    ['Jaringan perdagangan bayi dibongkar polisi.', 'PENJUALAN_BAYI', 'perdagangan bayi'],
    ['Praktik bayi tabung ilegal terungkap.', 'PENJUALAN_BAYI', 'bayi tabung'],
    ['Perempuan itu dijanjikan kawin kontrak dengan pria asing.', 'KAWIN_KONTRAK', 'kawin kontrak'],
    ['Muncikari menawarkan korban lewat MiChat.', 'EKSPLOITASI_SEKSUAL', 'MiChat'],
    ['Dua ABK asal Tegal disiksa di kapal ikan asing.', 'ABK_PERIKANAN', 'ABK'],
    [
      'Ia bekerja tanpa digaji; gajinya tidak dibayar selama setahun.',
      'KERJA_PAKSA',
      'gajinya tidak dibayar',
    ],
    ['Korban masih di bawah umur saat direkrut.', 'EKSPLOITASI_ANAK', 'masih di bawah umur'],
    [
      'Kanim membentuk Desa Binaan Imigrasi dan menugaskan PIMPASA.',
      'PROGRAM_PENCEGAHAN',
      'Desa Binaan Imigrasi',
    ],
    ['Anak-anak dipaksa mengemis di perempatan.', 'LAINNYA', 'dipaksa mengemis'],
    ['Praktik perbudakan modern di perkebunan.', 'PERBUDAKAN_LAINNYA', 'perbudakan modern'],
  ])('types "%s" as %s with evidence "%s"', (text, code, evidence) => {
    const hit = classifyTypes(text).find((t) => t.code === code);
    expect(hit?.evidence).toContain(evidence);
  });

  it('falls back to UMUM when no trigger is found', () => {
    expect(classifyTypes('Kepala kantor meresmikan ruang layanan baru.')).toEqual([
      { code: 'UMUM', evidence: [] },
    ]);
  });

  it('folds slavery on a fishing vessel into the fishing-crew type', () => {
    const codes = classifyTypes('Perbudakan dialami anak buah kapal di kapal ikan.').map(
      (t) => t.code,
    );
    expect(codes).toContain('ABK_PERIKANAN');
    expect(codes).not.toContain('PERBUDAKAN_LAINNYA');
  });

  it('does not call scam work forced labour', () => {
    const codes = classifyTypes('Mereka dipaksa bekerja sebagai scammer.').map((t) => t.code);
    expect(codes).toEqual(['ONLINE_SCAM']);
  });
});
