import { describe, it, expect } from 'vitest';
import { depthOfLevel, levelOfCode, parentCodeOf, toDottedCode } from './region-code.ts';

describe('toDottedCode', () => {
  it.each([
    ['16', '16'],
    ['1672', '16.72'],
    ['167201', '16.72.01'],
    ['1672011018', '16.72.01.1018'],
    ['16.72.01.1018', '16.72.01.1018'],
    [' 16.72 ', '16.72'],
  ])('turns %j into %j', (input, expected) => {
    expect(toDottedCode(input)).toBe(expected);
  });

  it.each([
    '',
    '1',
    '167',
    '16720110',
    '16.7',
    '16.72.1',
    '16.72.01.101',
    'ab',
    '16-72',
    '16.72.01.10188',
  ])('rejects %j', (input) => {
    expect(toDottedCode(input)).toBeUndefined();
  });
});

describe('levelOfCode', () => {
  it.each([
    ['16', 'provinsi'],
    ['18.01', 'kabupaten'],
    ['32.69', 'kabupaten'],
    ['16.72', 'kota'],
    ['32.71', 'kota'],
    ['18.01.10', 'kecamatan'],
    ['16.72.01.1018', 'kelurahan'],
    ['18.01.10.2013', 'desa'],
    ['91.03.01.3007', 'desa'],
  ] as const)('reads %s as a %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it('knows no level for a malformed code', () => {
    expect(levelOfCode('16.7')).toBeUndefined();
  });
});

describe('parentCodeOf', () => {
  it.each([
    ['16.72.01.1018', '16.72.01'],
    ['16.72.01', '16.72'],
    ['16.72', '16'],
    ['16', null],
  ])('gives %s the parent %s', (code, parent) => {
    expect(parentCodeOf(code)).toBe(parent);
  });
});

describe('depthOfLevel', () => {
  it('puts kabupaten and kota at one depth, desa and kelurahan at the deepest', () => {
    expect([depthOfLevel('kabupaten'), depthOfLevel('kota')]).toEqual([1, 1]);
    expect([depthOfLevel('desa'), depthOfLevel('kelurahan')]).toEqual([3, 3]);
    expect(depthOfLevel('provinsi')).toBeLessThan(depthOfLevel('kecamatan'));
  });
});
