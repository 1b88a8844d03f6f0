/**
 * The date expressions Indonesian news writes, as a priority-ordered pattern table, and the scan
 * that finds them without overlaps. No calendar logic here: years and relative days are worked
 * out in dates.extract.ts.
 */
import type { DateFact } from './news.types.ts';

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^jan/i, 1],
  [/^(feb|peb)/i, 2],
  [/^mar/i, 3],
  [/^apr/i, 4],
  [/^mei|^may/i, 5],
  [/^jun/i, 6],
  [/^jul/i, 7],
  [/^(agu|agt|ags|aug)/i, 8],
  [/^sep/i, 9],
  [/^(okt|oct)/i, 10],
  [/^(nov|nop)/i, 11],
  [/^(des|dec)/i, 12],
];

/** Indonesian weekday names, index = JavaScript getUTCDay(). */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const MONTH = String.raw`(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sept|Sep|Okt|Nov|Nop|Des)\.?`;
const MONTH_FULL = String.raw`(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember)`;
const WD = String.raw`(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)`;
const UPTO = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*`;
/** Words after which a bare month name is a time ("selama April", "dibanding Maret"). */
const BEFORE_MONTH = String.raw`(?:pada|sejak|selama|bulan|dibanding(?:kan)?|daripada|untuk|hingga|sampai|awal|akhir|pertengahan|medio|periode|sepanjang|per|jelang|menjelang)`;
/** Words after which a bare four-digit year is a time ("sepanjang 2024", "lima bulan pertama 2024"). */
const BEFORE_YEAR = String.raw`(?:sejak|pada|hingga|sampai|awal|akhir|pertengahan|periode|selama|sepanjang|medio|pertama|kedua|ketiga|keempat|terakhir)`;

/** One raw match before its year is known. */
export interface Found {
  start: number;
  end: number;
  text: string;
  form: DateFact['form'];
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  weekday?: number;
  relative?: string;
  /** A month named with "lalu" or "silam": strictly before the publication month. */
  past?: boolean;
}

/** Builds a case-insensitive global unicode regex. */
function re(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** Patterns in priority order: a later pattern never overrides an earlier match's span. */
const PATTERNS: readonly {
  regex: RegExp;
  read: (m: RegExpExecArray) => Omit<Found, 'start' | 'end' | 'text'> | null;
}[] = [
  {
    regex: re(String.raw`\b(\d{1,2})${UPTO}(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`),
    read: (m) => ({
      form: 'range',
      day: num(m[1]),
      endDay: num(m[2]),
      month: monthOf(m[3]),
      endMonth: monthOf(m[3]),
      year: num(m[4]),
      endYear: num(m[4]),
    }),
  },
  {
    regex: re(
      String.raw`\b(\d{1,2})\s+(${MONTH})(?:\s+(\d{4}))?${UPTO}(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`,
    ),
    read: (m) => ({
      form: 'range',
      day: num(m[1]),
      month: monthOf(m[2]),
      year: num(m[3]) ?? num(m[6]),
      endDay: num(m[4]),
      endMonth: monthOf(m[5]),
      endYear: num(m[6]),
    }),
  },
  {
    regex: re(
      String.raw`\b(${WD})\s*,?\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*\)`,
    ),
    read: (m) => ({
      form: 'weekday_dm',
      weekday: weekdayOf(m[1]),
      day: num(m[2]),
      month: num(m[3]),
      year: fullYear(m[4]),
    }),
  },
  {
    regex: re(String.raw`\b(${WD})\s*,\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b`),
    read: (m) => ({
      form: 'weekday_dm',
      weekday: weekdayOf(m[1]),
      day: num(m[2]),
      month: num(m[3]),
      year: fullYear(m[4]),
    }),
  },
  {
    regex: re(
      String.raw`(?:\b(${WD})\s*,?\s*\(?\s*(?:tanggal\s+)?)?\b(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`,
    ),
    read: (m) => ({
      form: 'full',
      weekday: weekdayOf(m[1]),
      day: num(m[2]),
      month: monthOf(m[3]),
      year: num(m[4]),
    }),
  },
  {
    regex: re(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`),
    read: (m) => ({ form: 'numeric', year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    regex: re(String.raw`(?<![\d/.])\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b`),
    read: (m) => ({ form: 'numeric', day: num(m[1]), month: num(m[2]), year: num(m[3]) }),
  },
  {
    regex: re(
      String.raw`(?:\b(${WD})\s*,?\s*\(?\s*(?:tanggal\s+)?)?\b(\d{1,2})\s+(${MONTH})(?![\p{L}])(?!\s+\d)`,
    ),
    read: (m) => ({
      form: 'day_month',
      weekday: weekdayOf(m[1]),
      day: num(m[2]),
      month: monthOf(m[3]),
    }),
  },
  {
    // "Januari hingga April 2024": the year, when written, is the end's.
    regex: re(String.raw`\b(${MONTH_FULL})(?:\s+(\d{4}))?${UPTO}(${MONTH_FULL})(?:\s+(\d{4}))?\b`),
    read: (m) => ({
      form: 'range',
      month: monthOf(m[1]),
      year: num(m[2]),
      endMonth: monthOf(m[3]),
      endYear: num(m[4]),
    }),
  },
  {
    regex: re(String.raw`\b(${MONTH_FULL})\s+(\d{4})\b`),
    read: (m) => ({ form: 'month', month: monthOf(m[1]), year: num(m[2]) }),
  },
  {
    regex: re(
      String.raw`(?:(?<=\b${BEFORE_MONTH}\s+)(${MONTH_FULL})|\b(${MONTH_FULL})(?=\s+(?:lalu|silam)\b))(?![\p{L}])(?!\s*\d)(?:\s+(lalu|silam|ini)\b)?`,
    ),
    read: (m) => ({
      form: 'month',
      month: monthOf(m[1] ?? m[2]),
      past: m[3] !== undefined && m[3].toLowerCase() !== 'ini',
    }),
  },
  {
    regex: re(
      String.raw`\b(?:tahun\s+((?:19|20)\d{2})|(?<=\b${BEFORE_YEAR}\s+)((?:19|20)\d{2}))\b(?![/.-]\d)`,
    ),
    read: (m) => ({ form: 'year', year: num(m[1] ?? m[2]) }),
  },
  {
    regex: re(
      String.raw`\b(kemarin\s+lusa|kemarin|hari\s+ini|pekan\s+lalu|minggu\s+lalu|bulan\s+lalu|tahun\s+lalu)\b`,
    ),
    read: (m) => ({ form: 'relative', relative: (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ') }),
  },
  {
    regex: re(String.raw`\b(${WD})\s+(lalu|kemarin)\b|\bpada\s+(?:hari\s+)?(${WD})\b`),
    read: (m) => ({ form: 'relative', relative: 'weekday', weekday: weekdayOf(m[1] ?? m[3]) }),
  },
  {
    // Wire style closes the lead with the day alone: "..., kata Kapolres di Karawang, Jumat."
    regex: re(
      String.raw`(?<=,[ \t]*)(${WD})\b(?:\s+(?:malam|pagi|siang|sore|petang|dini\s+hari))?(?=[ \t]*(?:[.;,"”)\n]|$))`,
    ),
    read: (m) => ({ form: 'relative', relative: 'weekday', weekday: weekdayOf(m[1]) }),
  },
];

/** Legal references ("UU Nomor 21 Tahun 2007") name a law, not a date. */
const LAW_BEFORE =
  /(?:nomor|no\.?|uu|undang-undang|perpres|pp|permen\w*|perda|keppres|inpres|se|kepmen\w*)\s*[\d.\-/]+\s*$/i;

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function fullYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value.length === 2 ? 2000 + n : n;
}

function monthOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  return MONTHS.find(([pattern]) => pattern.test(value))?.[1];
}

function weekdayOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase().replace("'", '');
  if (lower === 'ahad') return 0;
  const index = WEEKDAYS.findIndex((w) => w.toLowerCase() === lower);
  return index < 0 ? undefined : index;
}

/** Finds all raw date matches, earlier patterns first, without overlaps. */
export function scan(text: string): Found[] {
  const found: Found[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const parts = read(match);
      if (!parts) continue;
      if (parts.form === 'year' && LAW_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
        continue;
      if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) continue;
      found.push({ ...parts, start, end, text: match[0].trim().replace(/\.$/, '') });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
