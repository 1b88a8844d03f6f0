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
    ['Mereka berangkat tanpa prosedur resmi.', 'PMI_NONPROSEDURAL', 'tanpa prosedur resmi'],
    ['Keenamnya tidak punya visa kerja.', 'PMI_NONPROSEDURAL', 'tidak punya visa kerja'],
    ['Enam pemuda ditunda keberangkatannya.', 'PMI_NONPROSEDURAL', 'ditunda keberangkatannya'],
    [
      'Perusahaan penyalur awak kapal yang tidak berizin diperiksa.',
      'PMI_NONPROSEDURAL',
      'Perusahaan penyalur awak kapal yang tidak berizin',
    ],
    [
      'Mereka akan diseberangkan secara ilegal.',
      'PMI_NONPROSEDURAL',
      'diseberangkan secara ilegal',
    ],
    ['Warga mengikuti sosialisasi migrasi aman.', 'PMI_NONPROSEDURAL', 'migrasi aman'],
    ['Kanim menunda 29 permohonan paspor.', 'PMI_NONPROSEDURAL', 'menunda 29 permohonan paspor'],
    ['Polisi menahan pria yang membawa tujuh anak.', 'EKSPLOITASI_ANAK', 'tujuh anak'],
    ['Dua korban masih anak-anak.', 'EKSPLOITASI_ANAK', 'masih anak-anak'],
    ['Dua di antaranya berusia 16 dan 17 tahun.', 'EKSPLOITASI_ANAK', 'berusia 16 dan 17 tahun'],
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

  it.each([
    ['an agency named in passing', 'Petugas BP3MI mendampingi mereka.', 'PMI_NONPROSEDURAL'],
    ['a country alone', 'Mereka dipulangkan dari Kamboja.', 'ONLINE_SCAM'],
    ['a domestic-worker job title', 'Ia bekerja sebagai asisten rumah tangga.', 'KERJA_PAKSA'],
    ['crew', 'Sebelas anak buah kapal tiba.', 'EKSPLOITASI_ANAK'],
    ['youths', 'Lima anak muda NTT direkrut.', 'EKSPLOITASI_ANAK'],
    ["a woman's own children", 'Korban adalah ibu dua anak.', 'EKSPLOITASI_ANAK'],
    ['adults by age', 'Enam pemuda berusia 21 hingga 30 tahun.', 'EKSPLOITASI_ANAK'],
  ])('does not read %s as a form', (_case, text, code) => {
    expect(classifyTypes(text).map((t) => t.code)).not.toContain(code);
  });

  it('keeps an agency or a country as evidence once a real trigger is found', () => {
    const hits = classifyTypes('Calon PMI diserahkan ke BP3MI. Korban online scam di Kamboja.');
    expect(hits.find((t) => t.code === 'PMI_NONPROSEDURAL')?.evidence).toContain('BP3MI');
    expect(hits.find((t) => t.code === 'ONLINE_SCAM')?.evidence).toContain('Kamboja');
  });

  it('reads a passport postponement as non-procedural work only when no other form explains it', () => {
    const alone = classifyTypes('Imigrasi menunda paspor lima perempuan.').map((t) => t.code);
    expect(alone).toEqual(['PMI_NONPROSEDURAL']);
    const bride = classifyTypes('Imigrasi menunda paspor lima calon pengantin pesanan.').map(
      (t) => t.code,
    );
    expect(bride).toEqual(['KAWIN_KONTRAK']);
  });

  it('folds unpaid work at sea and forced work of brides into their own forms', () => {
    const sea = classifyTypes('Para ABK tidak dibayar selama setahun.').map((t) => t.code);
    expect(sea).toEqual(['ABK_PERIKANAN']);
    const bride = classifyTypes('Perempuan yang dinikahkan dengan pria asing dipaksa bekerja.');
    expect(bride.map((t) => t.code)).toEqual(['KAWIN_KONTRAK']);
  });

  it('does not call scam work forced labour', () => {
    const codes = classifyTypes('Mereka dipaksa bekerja sebagai scammer.').map((t) => t.code);
    expect(codes).toEqual(['ONLINE_SCAM']);
  });
});
