import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegions, type RegionIndex } from '../regions/index.ts';
import { extractPlaceMentions, resolvePlaces } from './places.extract.ts';
import {
  extractBarePlaceNames,
  extractCapitalisedSpans,
  extractDatelineNames,
} from './places.mentions.ts';

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

  it('starts a new chain when a part does not go up in level', () => {
    const mentions = extractPlaceMentions(
      'dari Kabupaten Karawang, Kabupaten Bekasi, dan Kota Bekasi',
    );
    expect(mentions.map((m) => m.parts.map((p) => p.text))).toEqual([
      ['Karawang'],
      ['Bekasi'],
      ['Bekasi'],
    ]);
  });

  it('keeps names listed with "dan" as siblings at the same level', () => {
    const [mention] = extractPlaceMentions('terutama Kecamatan Sakra dan Wanasaba, disusul');
    expect(mention?.siblings).toEqual([{ text: 'Wanasaba', levelHint: 'kecamatan' }]);
  });

  it('keeps a bare name after a comma as a possible parent, but not initials', () => {
    const [rumbuk] = extractPlaceMentions('di Desa Rumbuk, Kecamatan Sakra, Lombok Timur, Senin');
    expect(rumbuk?.parts.map((p) => p.text)).toEqual(['Rumbuk', 'Sakra', 'Lombok Timur']);
    const [bogor] = extractPlaceMentions('asal Kabupaten Bogor, FA (34), mengaku');
    expect(bogor?.parts.map((p) => p.text)).toEqual(['Bogor']);
  });
});

describe('the names without a level word', () => {
  it.each([
    ['MATARAM, SUARA RINJANI - Kantor Imigrasi menunda', ['MATARAM']],
    ['Tangerang (AN) - Kementerian memulangkan', ['Tangerang']],
    ['DELI SERDANG - Enam pemuda', ['DELI SERDANG']],
    ['Liputan6.com, Jakarta - Polisi', ['Jakarta']],
    ['Korban dijanjikan kerja - katanya.', []],
  ])('reads the dateline of "%s"', (text, names) => {
    expect(extractDatelineNames(text)).toEqual(names);
  });

  it('lists bare names after a preposition and the names listed with them', () => {
    expect(extractBarePlaceNames('Mereka berasal dari Sambas dan Singkawang.')).toEqual([
      'Sambas',
      'Singkawang',
    ]);
  });

  it('offers multi-word runs anywhere, but not inside office names', () => {
    expect(extractCapitalisedSpans('Lombok Timur berada di urutan kedua.')).toContain(
      'Lombok Timur',
    );
    expect(extractCapitalisedSpans('Kantor Imigrasi Deli Serdang buka.')).not.toContain(
      'Deli Serdang',
    );
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

  it.each([
    ['a dateline', 'MATARAM, SUARA RINJANI - Kanim menunda paspor.', '52.71'],
    ['a province short form', 'Polda NTT dan BP3MI Kalbar hadir.', '53'],
    ['a province short form (second)', 'Polda NTT dan BP3MI Kalbar hadir.', '61'],
    ['a province by its everyday name', 'Jakarta (AN) - Kemlu memulangkan WNI.', '31'],
    [
      'a multi-word regency at a sentence start',
      'Praya. Lombok Timur berada di urutan kedua.',
      '52.03',
    ],
    ['a sibling kecamatan', 'terutama Kecamatan Sakra dan Wanasaba, disusul', '52.03.14'],
    [
      'a parent after a comma',
      'di Desa Rumbuk, Kecamatan Sakra, Lombok Timur, Senin',
      '52.03.02.2004',
    ],
  ])('resolves %s', (_case, text, code) => {
    expect(resolvePlaces(text, regions).map((p) => p.code)).toContain(code);
  });

  it('does not read a province name inside a city name', () => {
    const codes = resolvePlaces('Kantor di Kota Bandar Lampung.', regions).map((p) => p.code);
    expect(codes).not.toContain('18');
  });

  it("drops a listed name that lies outside the chain place's parent", () => {
    const places = resolvePlaces('Kepala Desa Suwangi, Kecamatan Sakra, Sumarlan, hadir.', regions);
    expect(places.map((p) => p.text)).not.toContain('Sumarlan');
  });

  it("settles a village name shared by many regencies with the article's other places", () => {
    const text =
      'Ponorogo - Imigrasi menetapkan Desa Bringin sebagai desa binaan di Kecamatan Kauman.';
    expect(resolvePlaces(text, regions).map((p) => p.code)).toContain('35.02.12.2006');
    const alone = resolvePlaces('Imigrasi menetapkan Desa Bringin.', regions)[0];
    expect(alone?.code).not.toBe('35.02.12.2006');
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
