import { describe, expect, it } from 'vitest';
import { dayBoundaryIso, formatDate, formatDateTime, todayIn, zoneAbbreviation } from './dates.ts';

describe('office-zone date formatting', () => {
  it.each([
    ['Asia/Jakarta', 'WIB', '10.00'],
    ['Asia/Makassar', 'WITA', '11.00'],
    ['Asia/Jayapura', 'WIT', '12.00'],
  ])('shows 03:00 UTC in %s as local time with %s', (zone, abbreviation, clock) => {
    const text = formatDateTime('2024-05-21T03:00:00Z', 'id', zone);
    expect(text).toContain(clock);
    expect(text.endsWith(abbreviation)).toBe(true);
    expect(zoneAbbreviation(zone)).toBe(abbreviation);
  });

  it('names the month in the UI language', () => {
    expect(formatDateTime('2024-05-21T03:00:00Z', 'id', 'Asia/Jakarta')).toMatch(/Mei/);
    expect(formatDateTime('2024-05-21T03:00:00Z', 'en', 'Asia/Jakarta')).toMatch(/May/);
  });

  it('keeps a calendar date on its day whatever the zone of the browser', () => {
    expect(formatDate('2024-05-21', 'en')).toBe('21 May 2024');
    expect(formatDate(null, 'id')).toBe('—');
  });

  it('computes today in the office zone, not in UTC', () => {
    const lateUtc = new Date('2024-05-20T18:30:00Z');
    expect(todayIn('Asia/Jakarta', lateUtc)).toBe('2024-05-21');
    expect(todayIn('UTC', lateUtc)).toBe('2024-05-20');
  });
});

describe('day boundaries in an office zone', () => {
  it.each([
    ['Asia/Jakarta', '2024-05-20T17:00:00.000Z', '2024-05-21T16:59:59.999Z'],
    ['Asia/Makassar', '2024-05-20T16:00:00.000Z', '2024-05-21T15:59:59.999Z'],
    ['Asia/Jayapura', '2024-05-20T15:00:00.000Z', '2024-05-21T14:59:59.999Z'],
  ])('maps 21 May 2024 in %s to the right UTC instants', (zone, start, end) => {
    expect(dayBoundaryIso('2024-05-21', zone, 'start')).toBe(start);
    expect(dayBoundaryIso('2024-05-21', zone, 'end')).toBe(end);
  });
});
