/** The NIK-contradiction evidence of a pair: a NIK whose encoded birth date the other side contradicts. */
import type { EntryFacts } from '../store/entry-store.ts';
import { formatPackedDate } from './birth-date.ts';
import type { PreparedQuery } from './query-prep.ts';

/** A NIK contradiction: the feature's value (0 when both NIKs are equal) and both sides' text. */
export interface NikConflict {
  weight: number;
  query: string;
  entry: string;
}

/**
 * A reason when one side's NIK encodes a birth date the other side contradicts, else null;
 * `sameNik` when both sides carry the same NIK.
 */
export function nikConflict(
  query: PreparedQuery,
  facts: EntryFacts,
  sameNik: boolean,
): NikConflict | null {
  // Compared on stated values only: when one side has no stated date, the birth-date feature
  // already used the NIK's, and counting it twice would double the penalty.
  const weight = sameNik ? 0 : 1;
  if (facts.nikBirth !== 0 && facts.birth !== 0 && !query.birthFromNik && query.birth !== 0) {
    if (disagreesOnKnownParts(query.birth, facts.nikBirth)) {
      return {
        weight,
        query: query.birthText,
        entry: `${formatPackedDate(facts.nikBirth)} (NIK)`,
      };
    }
  }
  if (query.nikBirth !== 0 && query.birth !== 0 && !query.birthFromNik && facts.birth !== 0) {
    if (sameNik && disagreesOnKnownParts(query.birth, query.nikBirth)) {
      return {
        weight: 0,
        query: `${query.birthText} / ${formatPackedDate(query.nikBirth)} (NIK)`,
        entry: formatPackedDate(facts.birth),
      };
    } else if (!sameNik && disagreesOnKnownParts(facts.birth, query.nikBirth)) {
      return {
        weight,
        query: `${formatPackedDate(query.nikBirth)} (NIK)`,
        entry: formatPackedDate(facts.birth),
      };
    }
  }
  return null;
}

/** Tells whether a stated packed date contradicts a NIK's on any part it states (years by 2 digits). */
function disagreesOnKnownParts(stated: number, fromNik: number): boolean {
  const year = Math.floor(stated / 10000) % 100;
  const month = Math.floor(stated / 100) % 100;
  const day = stated % 100;
  if (year !== Math.floor(fromNik / 10000) % 100) return true;
  if (month === 0) return false;
  if (month !== Math.floor(fromNik / 100) % 100) return true;
  return day !== 0 && day !== fromNik % 100;
}
