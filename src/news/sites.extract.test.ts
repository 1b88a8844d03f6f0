import { describe, expect, it } from 'vitest';
import { extractSites } from './sites.extract.ts';

describe('extractSites', () => {
  it.each([
    ['ditunda di Bandara Internasional Kualanamu, Sabtu.', 'bandara:kualanamu'],
    ['tiba di Bandara Soekarno-Hatta pada Sabtu (5/10).', 'bandara:soekarno-hatta'],
    ['Tiba di Soetta, 18 WNI langsung didata.', 'bandara:soekarno-hatta'],
    ['meja bantuan di Bandara El Tari untuk mencegah', 'bandara:el-tari'],
    ['di Pelabuhan Tunon Taka, Kecamatan Nunukan', 'pelabuhan:tunon-taka'],
    ['melintas di PLBN Entikong kemarin', 'plbn:entikong'],
    ['bekerja di kapal ikan Xin Hai Long 27 tanpa upah', 'kapal:xin-hai-long-27'],
    ['penumpang KM Sinar Bahari 3 diperiksa', 'kapal:sinar-bahari-3'],
  ])('finds the site in "%s" as %s', (text, key) => {
    expect(extractSites(text).map((s) => s.key)).toContain(key);
  });

  it('does not take a vessel without a hull number or a phrase after a site', () => {
    expect(extractSites('kapal ikan berbendera asing dan kapal PT BSN di Pemalang')).toEqual([]);
    expect(extractSites('Bandara Kualanamu Tambah Rute').map((s) => s.name)).toEqual(['Kualanamu']);
  });

  it('keeps one site per key whatever spelling the text used', () => {
    const sites = extractSites('Bandara Soekarno-Hatta ... tiba di Soetta');
    expect(sites).toEqual([
      { key: 'bandara:soekarno-hatta', kind: 'bandara', name: 'Soekarno-Hatta' },
    ]);
  });
});
