import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInOfficeZone, lockDurationMs, LOCKOUT_THRESHOLD } from './lockout.ts';

describe('lockDurationMs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [8, 8],
    [9, 16],
    [10, 32],
    [11, 60],
    [50, 60],
    [10_000, 60],
  ])('after %i failures locks for %i minutes', (failures, minutes) => {
    expect(lockDurationMs(failures)).toBe(minutes * 60_000);
  });

  it('never shrinks as failures grow and never exceeds an hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const a = lockDurationMs(n);
        const b = lockDurationMs(n + 1);
        return a <= b && b <= 3_600_000 && (n + 1 < LOCKOUT_THRESHOLD || b > 0);
      }),
    );
  });
});

describe('formatInOfficeZone', () => {
  it.each([
    ['Asia/Jakarta', '2026-11-25 10:07 WIB'],
    ['Asia/Makassar', '2026-11-25 11:07 WITA'],
    ['Asia/Jayapura', '2026-11-25 12:07 WIT'],
  ] as const)('shows an instant in %s as %s', (zone, expected) => {
    expect(formatInOfficeZone(new Date('2026-11-25T03:07:30Z'), zone)).toBe(expected);
  });

  it('rolls the date over at local midnight, not at UTC midnight', () => {
    expect(formatInOfficeZone(new Date('2026-11-25T16:30:00Z'), 'Asia/Jayapura')).toBe(
      '2026-11-26 01:30 WIT',
    );
  });
});
