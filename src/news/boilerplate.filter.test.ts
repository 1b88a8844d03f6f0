import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterBoilerplate } from './boilerplate.filter.ts';
import { repairMojibake } from './mojibake.repair.ts';

const BODY =
  'Petugas Kantor Imigrasi menunda penerbitan paspor tiga pemohon yang diduga akan bekerja tanpa prosedur.';

describe('filterBoilerplate', () => {
  it.each([
    ['BACA JUGA: Kanwil Gelar Rapat Kerja di Semarang', 'related'],
    ['BACA JUGA:Kemenkumham Kirim Lurah Terbaik', 'related'],
    ['Baca juga: Polisi Tangkap Perekrut di Batam', 'related'],
    ['Baca: Imigrasi Tunda 12 Paspor', 'related'],
    ['Read More: Another story', 'related'],
    ['Cek Berita dan Artikel yang lain di Google News', 'channel'],
    ['Ikuti saluran WhatsApp Kabar Daerah untuk berita terbaru', 'channel'],
    ['ADVERTISEMENT', 'ad'],
    ['SCROLL TO CONTINUE WITH CONTENT', 'ad'],
    ['(amw/haf)', 'editor_code'],
    ['(Usk)', 'editor_code'],
    ['Penulis: Rina Kartika', 'byline'],
    ['Editor: Dedi Saputra', 'byline'],
    ['Foto: Humas Kanwil', 'photo'],
    ['(Foto: Humas Imigrasi Palembang)', 'photo'],
    ['Sumber: Humas Kanwil Sumsel', 'source'],
    ['--', 'separator'],
    ['***', 'separator'],
  ])('removes the boilerplate line "%s" (%s)', (line, reason) => {
    const result = filterBoilerplate(`${BODY}\n${line}\n${BODY} Lagi.`);
    expect(result.lines).toEqual([BODY, `${BODY} Lagi.`]);
    expect(result.removed.map((r) => r.reason)).toContain(reason);
  });

  it('keeps bylines, sources and linked titles as metadata', () => {
    const result = filterBoilerplate(
      `${BODY}\nPenulis: Rina Kartika\nSumber: Antara\nBaca: Imigrasi Tunda 12 Paspor`,
    );
    expect(result.bylines).toEqual(['Rina Kartika']);
    expect(result.sources).toEqual(['Antara']);
    expect(result.linkedTitles).toEqual(['Imigrasi Tunda 12 Paspor']);
  });

  it('drops the headline repeated as a body line and consecutive duplicates', () => {
    const title = 'Imigrasi Tunda Tiga Paspor';
    const result = filterBoilerplate(
      ` Imigrasi Tunda Tiga Paspor\n${title}\n${BODY}\n${BODY}`,
      title,
    );
    expect(result.lines).toEqual([BODY]);
  });

  it('strips trailing end marks, editor codes and inline photo credits but keeps the sentence', () => {
    const result = filterBoilerplate(
      `"Kami tegas," tutup Joko. ***\nRapat berlangsung lancar. (amw/haf)\nPetugas memeriksa dokumen (Foto: Humas Kanim) di loket.`,
    );
    expect(result.lines).toEqual([
      '"Kami tegas," tutup Joko.',
      'Rapat berlangsung lancar.',
      'Petugas memeriksa dokumen di loket.',
    ]);
  });

  it('repairs mojibake and drops lines that stay garbled', () => {
    const broken = Buffer.from('“Kami menunda keberangkatan” – kata petugas.', 'utf8').toString(
      'latin1',
    );
    const result = filterBoilerplate(`${broken}\nÃ¢â‚¬ï¿½ Ã¢â‚¬ â€ Ã‚Â Ã¢â‚¬\n${BODY}`);
    expect(result.lines).toEqual(['“Kami menunda keberangkatan” – kata petugas.', BODY]);
  });

  it('keeps real body lines that merely mention reading or sources', () => {
    const body = [
      'Warga diminta membaca juga syarat penempatan sebelum berangkat.',
      'Sumber dana perekrut berasal dari agen di Batam, kata polisi.',
      'Foto-foto korban diserahkan kepada penyidik sebagai barang bukti untuk melengkapi berkas perkara yang sedang disusun.',
    ];
    expect(filterBoilerplate(body.join('\n')).lines).toEqual(body);
  });

  it('is idempotent: filtering kept lines again keeps them all', () => {
    const fragments = fc.constantFrom(
      BODY,
      'BACA JUGA: x',
      '(amw/haf)',
      '***',
      ' ',
      'Ã¢â‚¬â€œ',
      'Penulis: A',
      '"Kata dia." ***',
      'Rp 5 juta (ab/cd) (ef/gh)',
      '--',
      'Foto: Dok',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fragments, fc.string()), { maxLength: 12 }),
        fc.option(fc.string()),
        (parts, title) => {
          const once = filterBoilerplate(parts.join('\n'), title);
          const twice = filterBoilerplate(once.lines.join('\n'), title);
          expect(twice.lines).toEqual(once.lines);
        },
      ),
    );
  });
});

describe('repairMojibake', () => {
  it.each([
    ['Ã¢â‚¬â€œ', '–'],
    ['â€œTPPOâ€\u009d', '“TPPO”'],
    ['cafÃ©', 'café'],
    ['Kantor Imigrasi', 'Kantor Imigrasi'],
    ['café', 'café'],
  ])('repairs "%s" to "%s"', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});
