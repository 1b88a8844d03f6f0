import { scopeFromData } from '../access/access.service.ts';
import type { OfficeGraph } from '../access/office-graph.ts';
import type { WatchlistReach } from './watchlist-scope.ts';
import type { EntryView } from './watchlist.schema.ts';

/**
 * What the sensitivity of an entry means for a reader:
 * - biasa: everyone whose reach takes in the entry sees it in full, and other offices may export it;
 * - terbatas: seen in full in reach, but exported only by the listing office;
 * - rahasia: seen in full only by the listing office (its own offices, as the access module
 *   counts them: a Kanim with its checkpoints) and through break-glass; everyone else in reach
 *   sees a redacted view, and a screening hit shows names and the identifiers the query supplied.
 */
export type Sensitivity = 'biasa' | 'terbatas' | 'rahasia';

/** The value shown in place of a restricted detail of a rahasia entry. */
export const RESTRICTED_VALUE = '[dibatasi]';

/** True when the reader sees every detail of an entry of `officeId` with this sensitivity. */
export function seesFullDetails(
  reach: Pick<WatchlistReach, 'own'>,
  entry: { office_id: string; sensitivity: Sensitivity },
  access: 'scope' | 'break_glass' = 'scope',
): boolean {
  return (
    entry.sensitivity !== 'rahasia' || access === 'break_glass' || reach.own.has(entry.office_id)
  );
}

/**
 * The offices whose users count as the listing office for a reader at `officeId` (the office
 * itself; a Kanim with its checkpoints), as the access module counts a user's own offices.
 */
export function ownOfficesOf(graph: OfficeGraph, officeId: string): ReadonlySet<string> {
  const scope = scopeFromData(graph, [], { officeId, scopeLevel: 'office' }, new Date(0));
  return scope.all ? new Set() : new Set(scope.offices.keys());
}

/**
 * True when a match on this item is shown restricted to a reader whose own offices are
 * `readerOwn`: a rahasia watchlist entry of another office.
 */
export function isRestrictedFor(
  readerOwn: ReadonlySet<string>,
  item: { sensitivity: Sensitivity | null; officeId: string },
): boolean {
  return item.sensitivity === 'rahasia' && !readerOwn.has(item.officeId);
}

/** The notice of a redacted entry, naming the office to contact. */
export function restrictedNotice(office: { code: string; name: string }): {
  id: string;
  en: string;
} {
  return {
    id: `Rincian dibatasi: hubungi ${office.name} (${office.code}).`,
    en: `Details restricted: contact ${office.name} (${office.code}).`,
  };
}

/**
 * The redacted view of a rahasia entry: its reference, kind, listing, listing office, TPPO types,
 * status and dates stay; names, identifiers, reason, source, notes and delisting reason go.
 */
export function redactEntryView(view: EntryView): EntryView {
  return {
    ...view,
    names: [],
    birthDate: null,
    sex: null,
    nik: null,
    passportNumbers: [],
    phones: [],
    nationality: null,
    birthPlace: null,
    homeRegionCode: null,
    registrationNumbers: [],
    address: null,
    reason: '',
    source: { type: '', reference: null },
    note: null,
    decisionNote: null,
    delist: view.delist ? { ...view.delist, reason: null } : null,
    restricted: restrictedNotice(view.office),
  };
}

/** One piece of match evidence: the query's value against the entry's. */
export interface Comparison {
  feature: string;
  query: string;
  entry: string;
  effect: number;
}

/** Features whose evidence names only values the query itself supplied (equal identifiers). */
const EQUAL_FEATURES = new Set(['nik', 'passport', 'registration', 'phone', 'birth_place']);

/**
 * Masks the entry's side of match evidence about a rahasia entry for a reader outside the
 * listing office: names stay (the officer needs to see why it hit), identifiers the query itself
 * supplied stay (an equal NIK, passport, phone, registration or birth place), and every other
 * value of the entry (a near NIK, a birth date that differs, a conflicting sex or nationality)
 * is replaced by {@link RESTRICTED_VALUE}. `side` names which side holds the entry's values.
 */
export function maskComparisons<T extends Comparison>(
  comparisons: readonly T[],
  side: 'entry' | 'query' = 'entry',
): T[] {
  const other = side === 'entry' ? 'query' : 'entry';
  return comparisons.map((c) => {
    if (c.feature === 'name' || EQUAL_FEATURES.has(c.feature)) return { ...c };
    if (c.feature === 'birth_date' && c[side].trim() === c[other].trim()) return { ...c };
    return { ...c, [side]: RESTRICTED_VALUE };
  });
}

/** The label of a hit on a rahasia entry for a reader outside the listing office. */
export function restrictedHitLabel(refCode: string, office: { name: string }): string {
  return `${refCode} (${office.name}): rincian dibatasi, hubungi ${office.name}`;
}
