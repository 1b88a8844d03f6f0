/**
 * Comparable features of one article and the pairwise similarity of two articles. Reports of
 * one event share few words when outlets rewrite them, so the score compares extracted facts:
 * offices, places, people, types, numbers and, above all, the event date (reports about the
 * same place and actors on another date are different events).
 */
import type { ArticleFacts, NumberKind } from './news.types.ts';
import { normalizePersonName } from './persons.extract.ts';

/** One article as the grouping step needs it. */
export interface EventInput {
  file: string;
  published: string | null;
  facts: ArticleFacts;
}

/** Sets and numbers derived once per article, then compared pairwise. */
export interface EventFeatures {
  day: number | null;
  offices: Set<string>;
  places: Set<string>;
  persons: Set<string>;
  types: Set<string>;
  numbers: Set<string>;
  sites: Set<string>;
  /** Keys for blocking: only articles sharing one are ever compared. */
  blockKeys: string[];
}

/** National bodies appear in too many stories to tell events apart. */
const NATIONAL = new Set(['ditjenim', 'polri', 'kemlu', 'p2mi']);

/**
 * Outlets count the same people as victims, returnees or just "orang", and the same applicants
 * as passports or people: such numbers compare as one class.
 */
const NUMBER_CLASS: Record<NumberKind, string> = {
  korban: 'people',
  dipulangkan: 'people',
  orang: 'people',
  paspor: 'people',
  tersangka: 'tersangka',
  rupiah: 'rupiah',
  desa_binaan: 'desa_binaan',
};

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string | null): number | null {
  if (!date || date.length !== 10) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}

/** Derives the comparable features of an article. */
export function deriveFeatures(input: EventInput): EventFeatures {
  const { facts } = input;
  const offices = new Set(facts.offices.map((o) => o.key).filter((key) => !NATIONAL.has(key)));
  const places = new Set<string>();
  const finePlaces: string[] = [];
  for (const place of facts.places) {
    if (!place.code) continue;
    if (place.level === 'negara' || place.level === 'kota_asing') {
      places.add(`${place.code}:${place.name ?? ''}`);
      continue;
    }
    places.add(place.code);
    // Regency level and finer say where; a province alone is too broad to block on.
    if (place.level !== 'provinsi') finePlaces.push(place.code);
  }
  const persons = new Set(
    facts.persons.map((p) =>
      p.initials ? `i:${p.name.toLowerCase()}` : normalizePersonName(p.name),
    ),
  );
  const types = new Set(facts.types.map((t) => t.code).filter((code) => code !== 'UMUM'));
  const numbers = new Set(facts.numbers.map((n) => `${NUMBER_CLASS[n.kind]}:${n.value}`));
  // A scam compound or port city abroad names the event as well as a regency does at home.
  const foreignCities = facts.places
    .filter((p) => p.level === 'kota_asing')
    .map((p) => `p:${p.code ?? ''}:${p.name ?? ''}`);
  const sites = new Set((facts.sites ?? []).map((site) => site.key));
  const blockKeys = [
    ...[...offices].map((key) => `o:${key}`),
    ...[...sites].map((key) => `s:${key}`),
    ...finePlaces.map((code) => `p:${code}`),
    ...foreignCities,
    ...facts.persons.filter((p) => !p.initials).map((p) => `n:${normalizePersonName(p.name)}`),
  ];
  return {
    day: dayNumber(facts.eventDate ?? input.published),
    offices,
    places,
    persons,
    types,
    numbers,
    sites,
    blockKeys: [...new Set(blockKeys)],
  };
}

/** Mean of Jaccard and overlap coefficient: a terse rewrite that omits facts still scores well. */
function setSimilarity(
  a: Set<string>,
  b: Set<string>,
  same?: (x: string, y: string) => boolean,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) {
    if (b.has(item)) shared++;
    else if (same) {
      for (const other of b) {
        if (same(item, other)) {
          shared++;
          break;
        }
      }
    }
  }
  shared = Math.min(shared, b.size);
  const jaccard = shared / (a.size + b.size - shared);
  const overlap = shared / Math.min(a.size, b.size);
  return (jaccard + overlap) / 2;
}

/**
 * Whether two counts ("people:24", "people:25") are one fact reported differently: outlets
 * disagree by one or by a few percent about the same event.
 */
function isSameCount(a: string, b: string): boolean {
  const cut = a.lastIndexOf(':');
  if (cut < 0 || a.slice(0, cut + 1) !== b.slice(0, cut + 1)) return false;
  const x = Number(a.slice(cut + 1));
  const y = Number(b.slice(cut + 1));
  if (!Number.isFinite(x) || !Number.isFinite(y) || x <= 0 || y <= 0) return false;
  return Math.abs(x - y) <= Math.max(1, 0.1 * Math.max(x, y));
}

/** Weights of the fact similarities; they sum to 1. */
const WEIGHTS = {
  offices: 0.25,
  places: 0.2,
  persons: 0.15,
  sites: 0.15,
  types: 0.1,
  numbers: 0.15,
} as const;

/**
 * Least total weight a score is divided by: facts one report leaves out do not count against a
 * pair, but a pair that shares only one or two kinds of facts cannot reach full marks.
 */
const MIN_EVIDENCE = 0.7;

/** Similarity of the facts alone (no date), in [0, 1]. */
export function scoreFacts(a: EventFeatures, b: EventFeatures): number {
  let total = 0;
  let weight = 0;
  const add = (
    w: number,
    x: Set<string>,
    y: Set<string>,
    same?: (p: string, q: string) => boolean,
  ): void => {
    if (x.size === 0 || y.size === 0) return;
    weight += w;
    total += w * setSimilarity(x, y, same);
  };
  add(WEIGHTS.offices, a.offices, b.offices);
  add(WEIGHTS.places, a.places, b.places);
  add(WEIGHTS.persons, a.persons, b.persons);
  add(WEIGHTS.sites, a.sites, b.sites);
  add(WEIGHTS.types, a.types, b.types);
  add(WEIGHTS.numbers, a.numbers, b.numbers, isSameCount);
  return total / Math.max(weight, MIN_EVIDENCE);
}

/** Date term: a bonus for the same day, a penalty two or three days apart, a veto beyond. */
export function scoreDates(a: EventFeatures, b: EventFeatures): number {
  if (a.day === null || b.day === null) return 0;
  const gap = Math.abs(a.day - b.day);
  if (gap === 0) return 0.15;
  if (gap <= 1) return 0.1;
  // Two or three days apart: one event only when the facts say so strongly (a daily airport
  // check or a monthly report repeats the same place, office and type).
  if (gap <= 3) return -0.15;
  return -1;
}

/** Pairwise similarity used for grouping: facts plus the date term. */
export function scorePair(a: EventFeatures, b: EventFeatures): number {
  return scoreFacts(a, b) + scoreDates(a, b);
}
