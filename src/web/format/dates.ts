import type { Language } from '../api/client.ts';

/** The Indonesian abbreviations of the three zones offices use. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Western Indonesia is where most offices sit: the zone used before the office's is known. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** WIB, WITA or WIT for an office zone, else the zone name itself. */
export function zoneAbbreviation(timeZone: string): string {
  return ZONE_ABBREVIATIONS[timeZone] ?? timeZone;
}

/** An instant shown in the office's zone and the UI language, e.g. "21 Mei 2024 10.00 WIB". */
export function formatDateTime(
  iso: string | null | undefined,
  language: Language,
  timeZone: string,
): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return `${text} ${zoneAbbreviation(timeZone)}`;
}

/** A calendar date (YYYY-MM-DD, already in the office's zone) in the UI language. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** Today's date (YYYY-MM-DD) in an office zone: the default for date fields. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The UTC offset of a zone at an instant, e.g. "+07:00" for Asia/Jakarta. */
export function zoneOffset(timeZone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/**
 * The instant a calendar day starts (or ends, exclusive of the next day) in an office zone,
 * so a date range typed by an officer means the office's days, not UTC days.
 */
export function dayBoundaryIso(date: string, timeZone: string, edge: 'start' | 'end'): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const offset = zoneOffset(timeZone, noon);
  const start = new Date(`${date}T00:00:00${offset}`);
  if (edge === 'start') return start.toISOString();
  return new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1).toISOString();
}
