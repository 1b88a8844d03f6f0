import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseEventDate, extractDates } from './dates.extract.ts';

describe('extractDates', () => {
  it.each([
    ['rapat digelar Selasa (21/5) di kantor', '2024-05-23', 'Selasa (21/5)', '2024-05-21', true],
    ['pada 8 Mei 2024 desa dibentuk', null, '8 Mei 2024', '2024-05-08', false],
    ['sejak Maret 2024 berjalan', null, 'Maret 2024', '2024-03', false],
    ['dibentuk pada tahun 2023', null, 'tahun 2023', '2023', false],
    ['penindakan dilakukan kemarin di bandara', '2024-05-21', 'kemarin', '2024-05-20', true],
    ['razia pekan lalu di pelabuhan', '2024-05-21', 'pekan lalu', '2024-05-14', true],
    ['pelatihan 1-3 Juni 2024 di Batam', null, '1-3 Juni 2024', '2024-06-01', false],
    ['pada Rabu, 8 Mei 2024 petugas', null, 'Rabu, 8 Mei 2024', '2024-05-08', false],
    ['tanggal 17/08/2023 itu', null, '17/08/2023', '2023-08-17', false],
    ['berangkat 28 Desember lalu', '2024-01-03', '28 Desember', '2023-12-28', true],
    ['Jumat lalu petugas menunda', '2024-05-21', 'Jumat lalu', '2024-05-17', true],
    ['naik dibanding Maret yang mencatat 35', '2024-05-03', 'Maret', '2024-03', true],
    ['ditunda selama April karena', '2024-05-02', 'April', '2024-04', true],
    ['dihubungi perekrut sejak Oktober.', '2024-02-10', 'Oktober', '2023-10', true],
    ['menunda 29 permohonan di bulan Mei.', '2024-05-31', 'Mei', '2024-05', true],
    ['dipulangkan dari Bavet pada Maret lalu.', '2024-04-17', 'Maret lalu', '2024-03', true],
    ['rapat triwulan pada Juni lalu', '2024-06-28', 'Juni lalu', '2023-06', true],
    ['kata Kapolres di Karawang, Jumat.', '2024-08-09', 'Jumat', '2024-08-09', true],
    ['tiba di bandara, Rabu malam.', '2024-04-18', 'Rabu malam', '2024-04-17', true],
    ['laporan terus masuk sepanjang 2024 ini', null, '2024', '2024', false],
    ['dalam lima bulan pertama 2024 karena', null, '2024', '2024', false],
  ])(
    'reads "%s" (published %s) as %s → %s',
    (text, published, expectedText, expectedDate, inferred) => {
      const dates = extractDates(text, published);
      expect(dates).toContainEqual(
        expect.objectContaining({ text: expectedText, date: expectedDate, inferred }),
      );
    },
  );

  it('gives the end of a range', () => {
    expect(extractDates('kegiatan 30 Mei hingga 2 Juni 2024', null)[0]).toMatchObject({
      date: '2024-05-30',
      end: '2024-06-02',
    });
  });

  it.each([
    ['sejak Januari hingga April 2024 kantor itu', null, '2024-01', '2024-04'],
    ['pada Juni - Agustus kantornya menunda', '2024-09-12', '2024-06', '2024-08'],
    ['antara Desember hingga Februari 2024', null, '2023-12', '2024-02'],
  ])('reads the month range "%s" (published %s) as %s to %s', (text, published, date, end) => {
    expect(extractDates(text, published)).toContainEqual(
      expect.objectContaining({ form: 'range', date, end }),
    );
  });

  it.each([
    ['a month name that is not a time', 'Agustus Sani hadir', '2024-05-02'],
    ['a month with no publication date and no other year', 'pada April mereka berangkat', null],
    ['a weekday inside a sentence', 'Kamis dan Jumat adalah hari kerja', '2024-05-02'],
    ['a year in a number', 'sepanjang 2024/2025 anggaran', null],
  ])('leaves out %s', (_case, text, published) => {
    expect(extractDates(text, published)).toEqual([]);
  });

  it('takes the year of a bare month from the article when there is no publication date', () => {
    const dates = extractDates('Rabu (5/10/2024) tiba; kapal bersandar pada September.', null);
    expect(dates).toContainEqual(expect.objectContaining({ text: 'September', date: '2024-09' }));
  });

  it('flags a weekday that does not match the date and keeps the date', () => {
    const [date] = extractDates('Senin (21/5)', '2024-05-22');
    expect(date?.date).toBe('2024-05-21');
    expect(date?.notes.join(' ')).toMatch(/"Senin" does not match 2024-05-21 \(Selasa\)/);
  });

  it('infers the year from other dates and the weekday when there is no publication date', () => {
    const dates = extractDates('Rapat Selasa (21/5). Pada 8 Mei 2024 dan tahun 2023.', null);
    expect(dates[0]).toMatchObject({ text: 'Selasa (21/5)', date: '2024-05-21', inferred: true });
    expect(dates[0]?.notes.join(' ')).toMatch(/inferred/);
  });

  it('prefers the year where the weekday fits over the more frequent one', () => {
    const dates = extractDates(
      'Minggu (21/5) lalu; 2023 dan tahun 2024, tahun 2024, pada 2024; tahun 2023.',
      null,
    );
    expect(dates[0]?.date).toBe('2023-05-21');
  });

  it('leaves out a day without year when nothing tells the year', () => {
    expect(extractDates('Selasa (21/5) rapat digelar.', null)).toEqual([]);
  });

  it('does not read the year of a law as a date', () => {
    expect(extractDates('sesuai UU Nomor 21 Tahun 2007 tentang PTPPO', null)).toEqual([]);
  });

  it('never throws and always returns well-formed dates', () => {
    const words = fc.constantFrom(
      'Selasa',
      '(21/5)',
      '31',
      'Februari',
      '2024',
      'tahun',
      'kemarin',
      '-',
      'hingga',
      '29/2',
      '/',
      'Mei',
      '1-3',
      'lalu',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string()), { maxLength: 10 }),
        fc.option(fc.constantFrom('2024-02-29', '2023-12-31', '2024-05-21', 'bukan tanggal')),
        (parts, published) => {
          for (const date of extractDates(parts.join(' '), published)) {
            expect(date.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          }
        },
      ),
    );
  });
});

describe('chooseEventDate', () => {
  it('prefers the weekday form, then falls back to the publication date', () => {
    expect(
      chooseEventDate(extractDates('8 Mei 2024 lalu Selasa (21/5)', '2024-05-22'), '2024-05-22'),
    ).toBe('2024-05-21');
    expect(chooseEventDate(extractDates('pada tahun 2023', '2024-05-22'), '2024-05-22')).toBe(
      '2024-05-22',
    );
    expect(chooseEventDate([], null)).toBeNull();
  });
});
