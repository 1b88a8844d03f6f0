import { describe, expect, it } from 'vitest';
import { extractOffices, indexOfficeRegistry } from './offices.extract.ts';

describe('extractOffices', () => {
  it.each([
    ['Kantor Imigrasi Kelas II Non TPI Muara Enim menggelar rapat.', 'kanim:muara-enim'],
    ['Kanim Muara Enim menggelar rapat.', 'kanim:muara-enim'],
    ['Petugas dari Imigrasi Muara Enim hadir.', 'kanim:muara-enim'],
    ['Kanwil Kemenkumham Sumsel menggelar rapat.', 'kanwil:sumatera-selatan'],
    ['Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan hadir.', 'kanwil:sumatera-selatan'],
    ['Kantor Wilayah Ditjen Imigrasi Jatim hadir.', 'kanwil:jawa-timur'],
    ['Polda NTT menangkap perekrut.', 'polda:nusa-tenggara-timur'],
    ['Polres Lampung Selatan menangkap perekrut.', 'polres:lampung-selatan'],
    ['BP3MI Jawa Timur menjemput korban.', 'bp3mi:jawa-timur'],
    ['BP2MI menjemput korban.', 'p2mi'],
    ['KBRI Phnom Penh memulangkan WNI.', 'kbri:phnom-penh'],
    ['Kementerian Luar Negeri mencatat kasus.', 'kemlu'],
    ['kata Kapolres Karawang AKBP Dimas Prayogo, Jumat.', 'polres:karawang'],
    ['ujar Kapolres Nunukan AKBP Yohanes di Nunukan.', 'polres:nunukan'],
  ])('finds the office in "%s" as %s', (text, key) => {
    expect(extractOffices(text).map((o) => o.key)).toContain(key);
  });

  it('merges spellings of one office and names it by its fullest form', () => {
    const offices = extractOffices(
      'Kanim Muara Enim dan Imigrasi Muara Enim, yakni Kantor Imigrasi Kelas II Non TPI Muara Enim.',
    );
    expect(offices).toHaveLength(1);
    expect(offices[0]).toMatchObject({
      key: 'kanim:muara-enim',
      name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
    });
    expect(offices[0]?.mentions).toHaveLength(3);
  });

  it('does not read programme names as offices', () => {
    expect(
      extractOffices('Desa Binaan Imigrasi dan Petugas Imigrasi Pembina Desa bekerja.'),
    ).toEqual([]);
  });

  it('links offices to the registry by key or by name', () => {
    const registry = indexOfficeRegistry([
      { id: 'K-016', names: ['Kantor Imigrasi Kelas II Non TPI Muara Enim'] },
      { id: 'W-16', names: ['Kanwil Kemenkumham Sumatera Selatan'] },
    ]);
    const offices = extractOffices('Kanim Muara Enim dan Kemenkumham Sumsel.', registry);
    expect(offices.map((o) => [o.key, o.registryId])).toEqual([
      ['kanim:muara-enim', 'K-016'],
      ['kanwil:sumatera-selatan', 'W-16'],
    ]);
  });
});
