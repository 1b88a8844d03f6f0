import type { OfficeRow } from '../../db/schema.ts';

/** Consecutive failures after which an account locks. */
export const LOCKOUT_THRESHOLD = 5;

const MINUTE_MS = 60_000;
const MAX_LOCK_MS = 60 * MINUTE_MS;

/**
 * How long an account stays locked after its `failures`-th consecutive failure: nothing below
 * the threshold, one minute at it, doubling with every further failure, at most one hour.
 */
export function lockDurationMs(failures: number): number {
  if (failures < LOCKOUT_THRESHOLD) return 0;
  const doublings = failures - LOCKOUT_THRESHOLD;
  // 2^6 minutes already exceeds the cap; stop before the shift overflows for huge counts.
  if (doublings >= 6) return MAX_LOCK_MS;
  return Math.min(MAX_LOCK_MS, MINUTE_MS * 2 ** doublings);
}

const ZONE_LABELS: Record<OfficeRow['time_zone'], string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant as `YYYY-MM-DD HH:mm WIB` (or WITA/WIT) in the office's zone. */
export function formatInOfficeZone(instant: Date, timeZone: OfficeRow['time_zone']): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${ZONE_LABELS[timeZone]}`;
}
