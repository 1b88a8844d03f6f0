import { beforeAll, describe, it, expect } from 'vitest';
import { loadRegions } from './region-index.ts';
import type { RegionIndex } from './region.types.ts';

let regions: RegionIndex;
beforeAll(async () => {
  regions = await loadRegions();
});

describe('loadRegions', () => {
  it('loads once and shares the index between callers', async () => {
    const [a, b] = await Promise.all([loadRegions(), loadRegions()]);
    expect(a).toBe(b);
    expect(a).toBe(regions);
  });

  it('counts the levels of the 2025 decree', () => {
    expect(regions.counts).toEqual({
      provinsi: 38,
      kabupaten: 416,
      kota: 98,
      kecamatan: 7285,
      desa: 75266,
      kelurahan: 8496,
    });
  });
});

describe('get', () => {
  it.each([['16.72.01.1018'], ['1672011018'], [' 16.72.01.1018 ']])(
    'finds Dempo Makmur by %j',
    (code) => {
      expect(regions.get(code)).toEqual({
        code: '16.72.01.1018',
        name: 'Dempo Makmur',
        level: 'kelurahan',
        parentCode: '16.72.01',
      });
    },
  );

  it.each([
    ['18', 'Lampung', 'provinsi', null],
    ['1801', 'Kabupaten Lampung Selatan', 'kabupaten', '18'],
    ['16.72', 'Kota Pagar Alam', 'kota', '16'],
    ['180110', 'Palas', 'kecamatan', '18.01'],
    ['18.01.10.2013', 'Bumi Daya', 'desa', '18.01.10'],
    ['91.03.01.3007', 'Desa Adat Yoboi', 'desa', '91.03.01'],
  ])('reads %s as %s, a %s under %s', (code, name, level, parentCode) => {
    expect(regions.get(code)).toMatchObject({ name, level, parentCode });
  });

  it.each(['99', '16.99', '16.72.01.9999', 'Palas', ''])('finds nothing for %j', (code) => {
    expect(regions.get(code)).toBeUndefined();
  });
});

describe('parentsOf', () => {
  it('lists the parents of a village root first', () => {
    expect(regions.parentsOf('1801102013')).toEqual([
      { code: '18', name: 'Lampung', level: 'provinsi' },
      { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'kabupaten' },
      { code: '18.01.10', name: 'Palas', level: 'kecamatan' },
    ]);
  });

  it('gives no parents to a province or an unknown code', () => {
    expect(regions.parentsOf('18')).toEqual([]);
    expect(regions.parentsOf('18.99')).toEqual([]);
  });
});

describe('childrenOf', () => {
  it('lists the direct children of a kecamatan in code order', () => {
    const children = regions.childrenOf('16.72.01');
    expect(children.length).toBeGreaterThan(5);
    expect(children.every((child) => child.parentCode === '16.72.01')).toBe(true);
    expect(children.map((child) => child.code)).toEqual(children.map((child) => child.code).sort());
    expect(children.map((child) => child.name)).toContain('Dempo Makmur');
  });

  it('lists only regencies under a province, not their subtrees', () => {
    const children = regions.childrenOf('32');
    expect(children.map((child) => child.code)).toContain('32.75');
    expect(children.every((child) => child.level === 'kabupaten' || child.level === 'kota')).toBe(
      true,
    );
  });

  it('gives no children to a village or an unknown code', () => {
    expect(regions.childrenOf('16.72.01.1018')).toEqual([]);
    expect(regions.childrenOf('00')).toEqual([]);
  });

  it('covers every village exactly once when walked from the provinces', () => {
    let villages = 0;
    const walk = (code: string): void => {
      for (const child of regions.childrenOf(code)) {
        if (child.level === 'desa' || child.level === 'kelurahan') villages++;
        else walk(child.code);
      }
    };
    for (let province = 11; province <= 96; province++) walk(String(province));
    expect(villages).toBe(regions.counts.desa + regions.counts.kelurahan);
  });
});

describe('isValidCode', () => {
  it.each([
    ['16.72.01.1018', undefined, true],
    ['1672011018', ['kelurahan'], true],
    ['16.72.01.1018', ['desa'], false],
    ['32.75', ['kabupaten', 'kota'], true],
    ['32.75', ['kabupaten'], false],
    ['16.72.01.9999', undefined, false],
    ['1672.01', undefined, false],
  ] as const)('says %s (levels %j) is valid: %s', (code, levels, expected) => {
    expect(regions.isValidCode(code, levels)).toBe(expected);
  });
});
