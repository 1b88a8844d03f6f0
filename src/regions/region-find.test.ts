import { beforeAll, describe, it, expect } from 'vitest';
import { loadRegions } from './region-index.ts';
import type { RegionIndex } from './region.types.ts';

let regions: RegionIndex;
beforeAll(async () => {
  regions = await loadRegions();
});

const codesOf = (text: string, limit = 5): string[] =>
  regions.find(text, { limit }).map((c) => c.code);

describe('find: the best candidate', () => {
  it.each([
    // exact, spacing and case
    ['Bumi Daya', '18.01.10.2013'],
    ['Bumidaya', '18.01.10.2013'],
    ['BUMI   daya', '18.01.10.2013'],
    ['Dempo Makmur', '16.72.01.1018'],
    ['Pagar Alam', '16.72'],
    ['Pagaralam', '16.72'],
    ['Lampung Selatan', '18.01'],
    ['Sumatera Selatan', '16'],
    // prefixes
    ['Desa Bumidaya', '18.01.10.2013'],
    ['Kel. Dempo Makmur', '16.72.01.1018'],
    ['Kelurahan Dempo Makmur', '16.72.01.1018'],
    ['Kecamatan Palas', '18.01.10'],
    ['Kec. Palas', '18.01.10'],
    ['Kab. Lampung Selatan', '18.01'],
    ['Kabupaten Bekasi', '32.16'],
    ['Kab Bekasi', '32.16'],
    ['Kota Bekasi', '32.75'],
    ['Provinsi Lampung', '18'],
    ['Prov. Sumatera Selatan', '16'],
    ['Kota Administrasi Jakarta Pusat', '31.71'],
    ['Jakarta Pusat', '31.71'],
    // typos and old spelling
    ['Bumidaja', '18.01.10.2013'],
    ['Bumi Dayaa', '18.01.10.2013'],
    ['Dempo Makmor', '16.72.01.1018'],
    ['Lampung Seletan', '18.01'],
    ['Tjilatjap', '33.01'],
    // province short forms
    ['Jabar', '32'],
    ['DKI Jakarta', '31'],
    ['NTT', '53'],
    // chains, in either order, with or without commas
    ['Desa Bumidaya, Kecamatan Palas, Kabupaten Lampung Selatan', '18.01.10.2013'],
    ['Kabupaten Lampung Selatan, Kecamatan Palas, Desa Bumidaya', '18.01.10.2013'],
    ['Bumidaya, Palas, Lampung Selatan', '18.01.10.2013'],
    ['Desa Bumidaya Kec. Palas Kab. Lampung Selatan', '18.01.10.2013'],
    ['Desa Bumidaja, Kec. Palas', '18.01.10.2013'],
    ['Kalianda, Lampung Selatan', '18.01.06'],
    ['Pagar Alam, Sumatera Selatan', '16.72'],
    ['Desa Juntinyuat Indramayu', '32.12.11.2005'],
    ['Bumidaja Palas', '18.01.10.2013'],
    // a name that begins with a level word
    ['Desa Adat Yoboi', '91.03.01.3007'],
    // codes
    ['16.72.01.1018', '16.72.01.1018'],
    ['1801102013', '18.01.10.2013'],
  ])('resolves %j to %s', (text, code) => {
    expect(codesOf(text)[0]).toBe(code);
  });
});

describe('find: notes, scores and ranking', () => {
  it('keeps Bumi Daya first when the kabupaten named is really a kecamatan, and says so', () => {
    const [best] = regions.find('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda');
    expect(best).toMatchObject({ code: '18.01.10.2013', name: 'Bumi Daya', level: 'desa' });
    expect(best?.parents).toEqual([
      { code: '18', name: 'Lampung', level: 'provinsi' },
      { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'kabupaten' },
      { code: '18.01.10', name: 'Palas', level: 'kecamatan' },
    ]);
    expect(best?.notes).toContainEqual(
      expect.stringMatching(/^"Kalianda" is a kecamatan \(18\.01\.06\), not a kabupaten;/),
    );
    expect(best?.notes).toContainEqual('"Bumidaya" is spelled "Bumi Daya" officially');
  });

  it('scores a wrong parent lower than the right one but keeps the candidate', () => {
    const right = regions.find('Desa Bumidaya, Kecamatan Palas, Kabupaten Lampung Selatan')[0];
    const wrongLevel = regions.find('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda')[0];
    const wrongParent = regions.find('Desa Bumidaya, Kecamatan Palas, Kabupaten Bogor')[0];
    expect(wrongParent?.code).toBe('18.01.10.2013');
    expect(wrongParent?.notes).toContain(
      'Kabupaten Bogor (32.01) does not contain Bumi Daya; parent ignored',
    );
    expect(right?.score).toBeGreaterThan(wrongLevel?.score ?? 1);
    expect(wrongLevel?.score).toBeGreaterThan(wrongParent?.score ?? 1);
  });

  it('says "parent ignored" when a wrong-level parent belongs to another area', () => {
    const [best] = regions.find('Desa Bumidaya, Kabupaten Pagar Alam Utara');
    expect(best?.code).toBe('18.01.10.2013');
    expect(best?.notes).toContain(
      '"Pagar Alam Utara" is a kecamatan (16.72.01), not a kabupaten; parent ignored',
    );
  });

  it('notes that Dempo Makmur is officially a kelurahan, not a desa', () => {
    const [best] = regions.find('Desa Dempo Makmur, Kecamatan Pagar Alam Utara, Kota Pagar Alam');
    expect(best?.code).toBe('16.72.01.1018');
    expect(best?.level).toBe('kelurahan');
    expect(best?.notes).toEqual(['"Dempo Makmur" is officially a kelurahan, not a desa']);
  });

  it('ranks Kota Pagar Alam before the villages named Pagar Alam, and exact names before fuzzy ones', () => {
    const candidates = regions.find('Pagar Alam', { limit: 10 });
    expect(candidates.slice(0, 4).map((c) => c.code)).toEqual([
      '16.72',
      '16.04.22.2012',
      '16.72.01.1005',
      '17.04.15.2007',
    ]);
    const firstFuzzy = candidates.findIndex((c) => c.notes.length > 0);
    expect(firstFuzzy).toBe(4);
    expect(candidates[3]?.score).toBeGreaterThan(candidates[4]?.score ?? 1);
  });

  it('ranks the kecamatan Palas before the villages named Palas, unless the text says Desa', () => {
    expect(codesOf('Palas', 3)).toEqual(['18.01.10', '14.05.03.2004', '14.71.12.1010']);
    expect(codesOf('Desa Palas', 3)).toEqual(['14.05.03.2004', '14.71.12.1010', '18.01.10']);
    expect(codesOf('Kelurahan Palas', 1)).toEqual(['14.71.12.1010']);
  });

  it('tells Kota Bekasi from Kabupaten Bekasi by the level word', () => {
    const kabupaten = regions.find('Kab. Bekasi', { limit: 2 });
    expect(kabupaten.map((c) => [c.code, c.level])).toEqual([
      ['32.16', 'kabupaten'],
      ['32.75', 'kota'],
    ]);
    expect(kabupaten[1]?.notes).toEqual(['"Bekasi" is officially a kota, not a kabupaten']);
    expect(codesOf('Kota Bekasi', 2)).toEqual(['32.75', '32.16']);
    expect(regions.find('Bekasi', { limit: 2 }).map((c) => c.score)).toEqual([0.98, 0.98]);
  });

  it('returns no candidate for an unknown place, a blank text or an unknown code', () => {
    expect(regions.find('Xyzzyqwv')).toEqual([]);
    expect(regions.find('   ')).toEqual([]);
    expect(regions.find('Desa Qwxyzzt, Kecamatan Zzqqxw')).toEqual([]);
    expect(regions.find('16.72.01.9999')).toEqual([]);
  });

  it('notes but does not count address parts that name no region', () => {
    const [best] = regions.find('Jl. Merdeka No. 5, RT 02/RW 03, Desa Bumi Daya, Kec. Palas');
    expect(best).toMatchObject({ code: '18.01.10.2013', score: 1 });
    expect(best?.notes).toEqual([
      '"Jl. Merdeka No. 5" was not found; ignored',
      '"RT 02/RW 03" was not found; ignored',
    ]);
  });

  it('falls back to the enclosing region when the village is unknown', () => {
    const [best] = regions.find('Desa Qwxyzzt, Kecamatan Palas, Kabupaten Lampung Selatan');
    expect(best?.code).toBe('18.01.10');
    expect(best?.notes).toContain('"Qwxyzzt" was not found; resolved to the enclosing region');
  });

  it('finds a partial name inside a known parent', () => {
    const candidates = regions.find('Kecamatan Dempo, Kota Pagar Alam', { limit: 3 });
    expect(candidates.map((c) => c.code).sort()).toEqual(['16.72.03', '16.72.04', '16.72.05']);
    expect(candidates[0]?.notes[0]).toMatch(
      /^"Dempo" is only part of the official name "Dempo (Utara|Selatan|Tengah)"$/,
    );
  });

  it('keeps scores within 0 and 1 and sorted best first', () => {
    for (const text of [
      'Palas',
      'Bumidaja',
      'Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda',
      'Jawa',
    ]) {
      const scores = regions.find(text, { limit: 20 }).map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    }
  });
});

describe('find: options', () => {
  it('limits the number of candidates', () => {
    expect(regions.find('Pagar Alam', { limit: 2 })).toHaveLength(2);
    expect(regions.find('Pagar Alam', { limit: 0 })).toEqual([]);
  });

  it('searches only inside the region given by within', () => {
    expect(codesOf('Pagar Alam', 5).length).toBeGreaterThan(2);
    const inside = regions.find('Pagar Alam', { within: '1672' });
    expect(inside.map((c) => c.code)).toContain('16.72.01.1005');
    expect(inside.every((c) => c.code.startsWith('16.72'))).toBe(true);
    expect(regions.find('Pagar Alam', { within: '99' })).toEqual([]);
  });

  it('keeps only the levels asked for', () => {
    const villages = regions.find('Pagar Alam', { levels: ['desa'] });
    expect(villages.map((c) => c.code)).toEqual(
      expect.arrayContaining(['16.04.22.2012', '17.04.15.2007']),
    );
    expect(villages.every((c) => c.level === 'desa')).toBe(true);
    expect(regions.find('16.72.01.1018', { levels: ['desa'] })).toEqual([]);
  });
});

describe('resolveMention', () => {
  it('resolves a chain of parts with level hints, in any order', () => {
    const forward = regions.resolveMention([
      { text: 'Bumidaya', levelHint: 'desa' },
      { text: 'Palas', levelHint: 'kecamatan' },
      { text: 'Lampung Selatan', levelHint: 'kabupaten' },
    ]);
    const backward = regions.resolveMention([
      { text: 'Lampung Selatan', levelHint: 'kabupaten' },
      { text: 'Palas', levelHint: 'kecamatan' },
      { text: 'Bumidaya', levelHint: 'desa' },
    ]);
    expect(forward[0]?.code).toBe('18.01.10.2013');
    expect(backward[0]).toEqual(forward[0]);
  });

  it('takes the level from the text when no hint is given', () => {
    const [best] = regions.resolveMention([
      { text: 'Kel. Dempo Makmur' },
      { text: 'Kota Pagar Alam' },
    ]);
    expect(best).toMatchObject({ code: '16.72.01.1018', notes: [] });
  });

  it('returns nothing for no parts or only blank ones', () => {
    expect(regions.resolveMention([])).toEqual([]);
    expect(regions.resolveMention([{ text: ' , ' }])).toEqual([]);
  });
});
