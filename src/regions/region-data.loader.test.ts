import { describe, it, expect } from 'vitest';
import { parseRegionCsv, readRegionSources, toTitleCase } from './region-data.loader.ts';

const VILLAGE_HEADER = 'code,district_code,name';

describe('parseRegionCsv', () => {
  it('reads quoted names with commas and doubled quotes, and CRLF line ends', () => {
    const text = [
      VILLAGE_HEADER,
      '12.07.28.1007,12.07.28,"Lubuk Pakam I,II"',
      '35.13.15.2017,35.13.15,"Soka""an"',
      '18.01.10.2013,18.01.10,Bumi Daya\r',
      '',
    ].join('\n');
    expect(parseRegionCsv(text, VILLAGE_HEADER, 'villages')).toEqual({
      codes: ['12.07.28.1007', '35.13.15.2017', '18.01.10.2013'],
      names: ['Lubuk Pakam I,II', 'Soka"an', 'Bumi Daya'],
    });
  });

  it.each([
    ['a different header', 'code,name\n16,Sumatera Selatan'],
    [
      'a parent that is not the code prefix',
      `${VILLAGE_HEADER}\n16.72.01.1018,16.72.02,Dempo Makmur`,
    ],
    ['a malformed code', `${VILLAGE_HEADER}\n16.72.01.18,16.72.01,Dempo Makmur`],
    ['a row without columns', `${VILLAGE_HEADER}\nDempo Makmur`],
  ])('refuses a file with %s', (_, text) => {
    expect(() => parseRegionCsv(text, VILLAGE_HEADER, 'villages')).toThrow(
      /idn-area-data villages\.csv/,
    );
  });

  it('title-cases a level written wholly in capitals, as older releases did', () => {
    const text =
      'code,province_code,name\n16.72,16,KOTA PAGAR ALAM\n31.71,31,KOTA ADM. JAKARTA PUSAT';
    expect(parseRegionCsv(text, 'code,province_code,name', 'regencies').names).toEqual([
      'Kota Pagar Alam',
      'Kota Adm. Jakarta Pusat',
    ]);
  });

  it('keeps capital acronyms in a level that is otherwise title case', () => {
    const text = `${VILLAGE_HEADER}\n11.01.01.2001,11.01.01,Keude Bakongan\n11.01.01.2002,11.01.01,MKCM`;
    expect(parseRegionCsv(text, VILLAGE_HEADER, 'villages').names).toEqual([
      'Keude Bakongan',
      'MKCM',
    ]);
  });
});

describe('toTitleCase', () => {
  it.each([
    ['SUMATERA SELATAN', 'Sumatera Selatan'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['LUBUK PAKAM III', 'Lubuk Pakam III'],
    ["PASI KUALA BA'U", "Pasi Kuala Ba'u"],
    ['PULAU-PULAU BATU', 'Pulau-Pulau Batu'],
  ])('writes %j as %j', (input, expected) => {
    expect(toTitleCase(input)).toBe(expected);
  });
});

describe('readRegionSources', () => {
  it('reads every level of the installed idn-area-data 4.0.1', async () => {
    const sources = await readRegionSources();
    expect(sources.provinces.codes).toHaveLength(38);
    expect(sources.regencies.codes).toHaveLength(514);
    expect(sources.districts.codes).toHaveLength(7285);
    expect(sources.villages.codes).toHaveLength(83762);
    expect(sources.provinces.names[0]).toBe('Aceh');
  });
});
