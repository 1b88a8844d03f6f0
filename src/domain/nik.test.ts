import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNikAgainst, parseNik } from './nik.ts';

const REFERENCE = new Date(Date.UTC(2026, 0, 15));

describe('parseNik', () => {
  it.each([
    [
      '1672011403900001',
      { birthDate: '1990-03-14', sex: 'L', regencyCode: '16.72', districtCode: '16.72.01' },
    ],
    ['1672015403900001', { birthDate: '1990-03-14', sex: 'P', provinceCode: '16' }],
    ['3201010101050002', { birthDate: '2005-01-01', sex: 'L' }],
    ['3201010101300002', { birthDate: '1930-01-01', sex: 'L' }],
    ['3201014102260003', { birthDate: '1926-02-01', sex: 'P' }],
    ['3201 0101 0105 0002', { birthDate: '2005-01-01' }],
    ['3201012902000001', { birthDate: '2000-02-29' }],
  ])('reads %s', (nik, expected) => {
    expect(parseNik(nik, REFERENCE)).toMatchObject({ ok: true, ...expected });
  });

  it('puts a two-digit year in the past century when this century would be in the future', () => {
    expect(parseNik('3201011502260001', REFERENCE)).toMatchObject({ birthDate: '1926-02-15' });
    expect(parseNik('3201011501260001', REFERENCE)).toMatchObject({ birthDate: '2026-01-15' });
  });

  it.each([
    ['123', 'format'],
    ['32010114039000011', 'format'],
    ['3201011403900A01', 'format'],
    ['0501011403900001', 'format'],
    ['3200011403900001', 'format'],
    ['3201013202900001', 'date'],
    ['3201010013900001', 'date'],
    ['3201017203900001', 'date'],
    ['3201010003900001', 'date'],
    ['3201012902010001', 'date'],
    ['3201011403900000', 'serial'],
  ])('rejects %s as %s', (nik, error) => {
    expect(parseNik(nik, REFERENCE)).toEqual({ ok: false, error });
  });

  it('never places a birth after the reference date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (day, month, yy, woman) => {
          const dd = String(woman ? day + 40 : day).padStart(2, '0');
          const nik = `320101${dd}${String(month).padStart(2, '0')}${String(yy).padStart(2, '0')}0001`;
          const parsed = parseNik(nik, REFERENCE);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) {
            expect(Date.parse(parsed.birthDate)).toBeLessThanOrEqual(REFERENCE.getTime());
            expect(parsed.sex).toBe(woman ? 'P' : 'L');
          }
        },
      ),
    );
  });
});

describe('checkNikAgainst', () => {
  it('finds nothing when the stated facts agree', () => {
    expect(
      checkNikAgainst('1672015403900001', { birthDate: '1990-03-14', sex: 'P' }, REFERENCE),
    ).toEqual([]);
    expect(checkNikAgainst('1672015403900001', { birthDate: '1990-03' }, REFERENCE)).toEqual([]);
  });

  it('lists a birth date and a sex that contradict the NIK', () => {
    expect(
      checkNikAgainst('1672015403900001', { birthDate: '1991-03-14', sex: 'L' }, REFERENCE),
    ).toEqual([
      { field: 'birthDate', nikValue: '1990-03-14', statedValue: '1991-03-14' },
      { field: 'sex', nikValue: 'P', statedValue: 'L' },
    ]);
  });

  it('does not call a century a contradiction, since the NIK carries two digits of the year', () => {
    expect(checkNikAgainst('3201010101250002', { birthDate: '1925-01-01' }, REFERENCE)).toEqual([]);
  });

  it('reports an invalid NIK as a contradiction of field nik', () => {
    expect(checkNikAgainst('3201011403900000', {}, REFERENCE)).toEqual([
      { field: 'nik', nikValue: '3201011403900000', statedValue: 'serial' },
    ]);
  });
});
