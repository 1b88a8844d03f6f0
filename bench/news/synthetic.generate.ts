/**
 * Synthetic articles for the grouping benchmark: the corpus's extracted facts copied many
 * times, each copy ("variant") moved to other dates, offices, regencies, people and counts, so
 * that 100k articles look like years of national news rather than 1,600 copies of one story.
 */
import type { EventInput } from '../../src/news/index.ts';

/** Days between the dates of consecutive variants. */
const SHIFT_DAYS = 3;
/** Number of distinct offices of one kind (151 Kanim after 2025). */
const OFFICE_SLOTS = 150;

/** Moves a YYYY-MM-DD, YYYY-MM or YYYY date by a number of days (coarser dates move coarser). */
export function shiftDate(date: string, days: number): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
    return new Date(time).toISOString().slice(0, 10);
  }
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const index = year * 12 + (month - 1) + Math.round(days / 30);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(date)) return String(Number(date) + Math.floor(days / 365));
  return date;
}

/** A deterministic permutation of regency codes per variant, keeping provinces plausible. */
function regencyMapper(regencies: readonly string[], variant: number): (code: string) => string {
  if (variant === 0 || regencies.length === 0) return (code) => code;
  return (code) => {
    if (!/^\d{2}\.\d{2}/.test(code)) return code;
    const regency = code.slice(0, 5);
    const index = regencies.indexOf(regency);
    if (index < 0) return code;
    const target = regencies[(index + variant * 37) % regencies.length] ?? regency;
    return target + code.slice(5);
  };
}

/** Builds `count` synthetic event inputs from the corpus's inputs. */
export function generateSyntheticInputs(
  base: readonly EventInput[],
  count: number,
  regencies: readonly string[],
): EventInput[] {
  const out: EventInput[] = [];
  for (let variant = 0; out.length < count; variant += 1) {
    const days = variant * SHIFT_DAYS;
    const mapCode = regencyMapper(regencies, variant);
    const slot = variant % OFFICE_SLOTS;
    for (const input of base) {
      if (out.length >= count) break;
      const { facts } = input;
      out.push({
        file: `${input.file}~${variant}`,
        published: input.published ? shiftDate(input.published, days) : null,
        facts: {
          ...facts,
          eventDate: facts.eventDate ? shiftDate(facts.eventDate, days) : null,
          dates: facts.dates.map((d) => ({
            ...d,
            date: shiftDate(d.date, days),
            ...(d.end ? { end: shiftDate(d.end, days) } : {}),
          })),
          offices: facts.offices.map((o) => ({
            ...o,
            key: variant === 0 ? o.key : `${o.key}~${slot}`,
          })),
          places: facts.places.map((p) => ({
            ...p,
            code: p.code ? mapCode(p.code) : null,
            parentCodes: p.parentCodes.map(mapCode),
          })),
          persons: facts.persons.map((p) => ({
            ...p,
            name: variant === 0 || p.initials ? p.name : `${p.name} ${variant.toString(36)}`,
          })),
          numbers: facts.numbers.map((n) => ({ ...n, value: n.value + (variant % 5) })),
        },
      });
    }
  }
  return out;
}
