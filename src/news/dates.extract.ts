/**
 * Indonesian date expressions resolved to YYYY-MM-DD, YYYY-MM or YYYY. News writes the event
 * day as "Selasa (21/5)" without a year, so the year comes from the publication date or, when
 * there is none, from the article's other dates together with the printed weekday; the weekday
 * is always checked, since outlets sometimes print the wrong one.
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
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const MONTH = String.raw`(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sept|Sep|Okt|Nov|Nop|Des)\.?`;
const MONTH_FULL = String.raw`(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember)`;
const WD = String.raw`(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)`;
const UPTO = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*`;

/** One raw match before its year is known. */
interface Found {
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
    regex: re(String.raw`\b(${MONTH_FULL})\s+(\d{4})\b`),
    read: (m) => ({ form: 'month', month: monthOf(m[1]), year: num(m[2]) }),
  },
  {
    regex: re(
      String.raw`\b(?:tahun\s+((?:19|20)\d{2})|(?:sejak|pada|hingga|sampai|awal|akhir|pertengahan|periode|selama)\s+((?:19|20)\d{2}))\b`,
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Formats a day as YYYY-MM-DD. */
function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether year-month-day is a real calendar day. */
function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function weekdayAt(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Parses a YYYY-MM-DD string to its parts; null when it is not one. */
function parseDay(value: string | null): { year: number; month: number; day: number } | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Adds days to a YYYY-MM-DD day. */
function shiftDay(base: { year: number; month: number; day: number }, days: number): string {
  const date = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Finds all raw date matches, earlier patterns first, without overlaps. */
function scan(text: string): Found[] {
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

/** Checks the printed weekday; returns a note when it does not match the date. */
function checkWeekday(found: Found, year: number, month: number, day: number): string[] {
  if (found.weekday === undefined) return [];
  const actual = weekdayAt(year, month, day);
  if (actual === found.weekday) return [];
  return [
    `weekday "${WEEKDAYS[found.weekday]}" does not match ${isoDay(year, month, day)} (${WEEKDAYS[actual]}); the date is kept`,
  ];
}

/** Picks the year of a day written without one. */
function inferYear(
  found: Found,
  published: { year: number; month: number; day: number } | null,
  articleYears: number[],
): { year: number; note: string } | null {
  const { month, day } = found;
  if (month === undefined || day === undefined) return null;
  if (published) {
    // The latest such day not after publication (one day of slack for time zones).
    const limit = shiftDay(published, 1);
    for (const year of [published.year + 1, published.year, published.year - 1]) {
      if (isValidDay(year, month, day) && isoDay(year, month, day) <= limit) {
        return { year, note: 'year taken from the publication date' };
      }
    }
    return null;
  }
  if (articleYears.length === 0) return null;
  const counts = new Map<number, number>();
  for (const year of articleYears) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: { year: number; score: number } | null = null;
  for (const [year, count] of counts) {
    if (!isValidDay(year, month, day)) continue;
    const weekdayFits =
      found.weekday !== undefined && weekdayAt(year, month, day) === found.weekday;
    const score = (weekdayFits ? 100 : 0) + count + year / 10_000;
    if (!best || score > best.score) best = { year, score };
  }
  if (!best) return null;
  const weekdayFits =
    found.weekday !== undefined && weekdayAt(best.year, month, day) === found.weekday;
  return {
    year: best.year,
    note: `year inferred from the article's other dates${weekdayFits ? ' and the weekday' : ''} (no publication date)`,
  };
}

/** Resolves a relative expression against the publication date. */
function resolveRelative(
  found: Found,
  published: { year: number; month: number; day: number },
): string | null {
  switch (found.relative) {
    case 'hari ini':
      return shiftDay(published, 0);
    case 'kemarin':
      return shiftDay(published, -1);
    case 'kemarin lusa':
      return shiftDay(published, -2);
    case 'pekan lalu':
    case 'minggu lalu':
      return shiftDay(published, -7);
    case 'bulan lalu': {
      const month = published.month === 1 ? 12 : published.month - 1;
      return `${published.month === 1 ? published.year - 1 : published.year}-${pad(month)}`;
    }
    case 'tahun lalu':
      return String(published.year - 1);
    case 'weekday': {
      if (found.weekday === undefined) return null;
      const today = weekdayAt(published.year, published.month, published.day);
      const back = (today - found.weekday + 7) % 7;
      return shiftDay(published, -back);
    }
    case undefined:
    default:
      return null;
  }
}

/**
 * Extracts and resolves the dates of a text; `published` (YYYY-MM-DD or null) anchors years and
 * relative expressions. Never throws; a date it cannot place in time is left out.
 */
export function extractDates(text: string, published: string | null): DateFact[] {
  const pub = parseDay(published);
  const found = scan(text);
  const articleYears = found.flatMap((f) =>
    f.year !== undefined && f.form !== 'relative' ? [f.year] : [],
  );
  const out: DateFact[] = [];
  for (const f of found) {
    if (f.form === 'relative') {
      if (!pub) continue;
      const date = resolveRelative(f, pub);
      if (date)
        out.push({
          text: f.text,
          date,
          inferred: true,
          notes: ['relative to the publication date'],
          form: f.form,
        });
      continue;
    }
    if (f.form === 'year') {
      if (f.year !== undefined)
        out.push({ text: f.text, date: String(f.year), inferred: false, notes: [], form: f.form });
      continue;
    }
    if (f.form === 'month') {
      if (f.year !== undefined && f.month !== undefined) {
        out.push({
          text: f.text,
          date: `${f.year}-${pad(f.month)}`,
          inferred: false,
          notes: [],
          form: f.form,
        });
      }
      continue;
    }
    if (f.month === undefined || f.day === undefined) continue;
    let year = f.year;
    const notes: string[] = [];
    if (year === undefined) {
      const inferred = inferYear(f, pub, articleYears);
      if (!inferred) continue;
      year = inferred.year;
      notes.push(inferred.note);
    }
    if (!isValidDay(year, f.month, f.day)) continue;
    notes.push(...checkWeekday(f, year, f.month, f.day));
    const fact: DateFact = {
      text: f.text,
      date: isoDay(year, f.month, f.day),
      inferred: f.year === undefined,
      notes,
      form: f.form,
    };
    if (f.form === 'range' && f.endDay !== undefined && f.endMonth !== undefined) {
      const endYear = f.endYear ?? year;
      if (isValidDay(endYear, f.endMonth, f.endDay))
        fact.end = isoDay(endYear, f.endMonth, f.endDay);
    }
    out.push(fact);
  }
  return out;
}

/**
 * Chooses the date the reported event happened: the news convention "Selasa (21/5)" first, then
 * a relative day, then a full date close before publication, then the publication date itself.
 */
export function chooseEventDate(
  dates: readonly DateFact[],
  published: string | null,
): string | null {
  const days = dates.filter((d) => d.date.length === 10);
  const weekday = days.find((d) => d.form === 'weekday_dm');
  if (weekday) return weekday.date;
  const relative = days.find((d) => d.form === 'relative');
  if (relative) return relative.date;
  const pub = parseDay(published);
  if (pub && published) {
    const from = shiftDay(pub, -14);
    const recent = days.find((d) => d.date >= from && d.date <= shiftDay(pub, 1));
    return recent?.date ?? published;
  }
  return (
    days.find((d) => d.form === 'full' || d.form === 'range' || d.form === 'numeric')?.date ?? null
  );
}
