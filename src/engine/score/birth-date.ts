/**
 * Birth-date agreement on packed YYYYMMDD values (zeros for unknown month or day), compared at
 * the precision both sides share; a day/month swap and a one-year slip are partial agreement.
 */

/** How two birth dates relate. */
export type BirthDateRelation =
  | 'exact'
  | 'month_agrees'
  | 'year_agrees'
  | 'day_month_swapped'
  | 'year_slip'
  | 'year_apart'
  | 'day_differs'
  | 'conflict';

/** Compares two packed birth dates; null when either is unknown. */
export function compareBirthDates(a: number, b: number): BirthDateRelation | null {
  if (a === 0 || b === 0) return null;
  const ay = Math.floor(a / 10000);
  const by = Math.floor(b / 10000);
  const am = Math.floor(a / 100) % 100;
  const bm = Math.floor(b / 100) % 100;
  const ad = a % 100;
  const bd = b % 100;
  const monthKnown = am !== 0 && bm !== 0;
  const dayKnown = monthKnown && ad !== 0 && bd !== 0;
  if (dayKnown) {
    if (ay === by && am === bm && ad === bd) return 'exact';
    if (ay === by && am === bd && ad === bm) return 'day_month_swapped';
    if (am === bm && ad === bd && Math.abs(ay - by) === 1) return 'year_slip';
    if (ay === by && am === bm) return 'day_differs';
    return 'conflict';
  }
  if (monthKnown) {
    if (ay === by && am === bm) return 'month_agrees';
    if (am === bm && Math.abs(ay - by) === 1) return 'year_slip';
    return 'conflict';
  }
  if (ay === by) return 'year_agrees';
  return Math.abs(ay - by) === 1 ? 'year_apart' : 'conflict';
}

/** Formats a packed date back to YYYY[-MM[-DD]]. */
export function formatPackedDate(packed: number): string {
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  let text = String(year).padStart(4, '0');
  if (month !== 0) text += `-${String(month).padStart(2, '0')}`;
  if (month !== 0 && day !== 0) text += `-${String(day).padStart(2, '0')}`;
  return text;
}
