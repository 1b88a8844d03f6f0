/**
 * Indonesian date expressions resolved to YYYY-MM-DD, YYYY-MM or YYYY. News writes the event
 * day as "Selasa (21/5)" without a year, so the year comes from the publication date or, when
 * there is none, from the article's other dates together with the printed weekday; the weekday
 * is always checked, since outlets sometimes print the wrong one.
 */
import { scan, WEEKDAYS, type Found } from './dates.scan.ts';
import type { DateFact } from './news.types.ts';

/** Writes a month or day number with two digits. */
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
 * Picks the year of a month written without one: the latest such month not after publication
 * (strictly before it for "Maret lalu"), or the article's commonest year when it has no date.
 */
function inferMonthYear(
  month: number,
  past: boolean,
  published: { year: number; month: number } | null,
  articleYears: readonly number[],
): { year: number; note: string } | null {
  if (published) {
    const thisYear = month < published.month || (month === published.month && !past);
    return {
      year: thisYear ? published.year : published.year - 1,
      note: 'year taken from the publication date',
    };
  }
  const counts = new Map<number, number>();
  for (const year of articleYears) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts)
    if (
      best === null ||
      count > (counts.get(best) ?? 0) ||
      (count === counts.get(best) && year > best)
    )
      best = year;
  return best === null
    ? null
    : { year: best, note: "year inferred from the article's other dates" };
}

/** Resolves a month ("April", "Maret 2024") or a month range ("Januari hingga April 2024"). */
function resolveMonths(
  f: Found,
  published: { year: number; month: number } | null,
  articleYears: readonly number[],
): DateFact | null {
  if (f.month === undefined) return null;
  const notes: string[] = [];
  const infer = (month: number): number | null => {
    const inferred = inferMonthYear(month, f.past === true, published, articleYears);
    if (inferred) notes.push(inferred.note);
    return inferred?.year ?? null;
  };
  if (f.form === 'range' && f.endMonth !== undefined) {
    const endYear = f.endYear ?? infer(f.endMonth);
    if (endYear === null) return null;
    const year = f.year ?? (f.month <= f.endMonth ? endYear : endYear - 1);
    return {
      text: f.text,
      date: `${year}-${pad(f.month)}`,
      end: `${endYear}-${pad(f.endMonth)}`,
      inferred: f.year === undefined && f.endYear === undefined,
      notes,
      form: 'range',
    };
  }
  const year = f.year ?? infer(f.month);
  if (year === null) return null;
  return {
    text: f.text,
    date: `${year}-${pad(f.month)}`,
    inferred: f.year === undefined,
    notes,
    form: 'month',
  };
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
    if (f.form === 'month' || (f.form === 'range' && f.day === undefined)) {
      const fact = resolveMonths(f, pub, articleYears);
      if (fact) out.push(fact);
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
