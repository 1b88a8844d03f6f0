import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegions, type RegionIndex } from '../regions/index.ts';
import { extractPlaceMentions, resolvePlaces } from './places.extract.ts';

describe('extractPlaceMentions', () => {
  it.each([
    [
      'di Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda.',
      [
        ['Bumidaya', 'desa'],
        ['Palas', 'kecamatan'],
        ['Kalianda', 'kabupaten'],
      ],
    ],
    [
      'warga Kel. Sukarame, Kec. Sukarame, Kota Bandar Lampung, Provinsi Lampung',
      [
        ['Sukarame', 'kelurahan'],
        ['Sukarame', 'kecamatan'],
        ['Bandar Lampung', 'kota'],
        ['Lampung', 'provinsi'],
      ],
    ],
    ['asal Provinsi Sumsel', [['Sumatera Selatan', 'provinsi']]],
  ])('reads the chain in "%s"', (text, parts) => {
    const [mention] = extractPlaceMentions(text);
    expect(mention?.parts.map((p) => [p.text, p.levelHint])).toEqual(parts);
  });

  it('ignores programme names and foreign cities written like places', () => {
    expect(extractPlaceMentions('Desa Binaan Imigrasi di Kota Kinabalu')).toEqual([]);
  });

  it('splits mentions that are not joined by a comma', () => {
    expect(extractPlaceMentions('Kabupaten Lombok Timur dan Kota Mataram')).toHaveLength(2);
  });
});

describe('resolvePlaces', () => {
  let regions: RegionIndex;
  beforeAll(async () => {
    regions = await loadRegions();
  });

  it('resolves a chain with a wrong parent and keeps the note', () => {
    const [place] = resolvePlaces(
      'di Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda.',
      regions,
    );
    expect(place).toMatchObject({
      code: '18.01.10.2013',
      level: 'desa',
      parentCodes: ['18', '18.01', '18.01.10'],
    });
    expect(place?.notes.join(' ')).toMatch(/Kalianda/);
  });

  it('resolves bare regency names only when they match exactly', () => {
    const places = resolvePlaces(
      'Korban asal Palembang dibawa ke Bandung, lalu dari Sukamaju.',
      regions,
    );
    expect(places.map((p) => p.code)).toEqual(expect.arrayContaining(['16.71']));
    expect(
      places.every((p) => p.level === 'kota' || p.level === 'kabupaten' || p.level === 'provinsi'),
    ).toBe(true);
  });

  it('names foreign countries and cities with ISO codes', () => {
    const places = resolvePlaces(
      'Mereka dibawa ke Myawaddy, Myanmar, lalu ke Phnom Penh di Kamboja.',
      regions,
    );
    expect(places.map((p) => [p.name, p.code, p.level])).toEqual([
      ['Myawaddy', 'MM', 'kota_asing'],
      ['Myanmar', 'MM', 'negara'],
      ['Phnom Penh', 'KH', 'kota_asing'],
      ['Kamboja', 'KH', 'negara'],
    ]);
  });
});
