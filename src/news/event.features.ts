/**
 * Comparable features of one article and the pairwise similarity of two articles. Reports of
 * one event share few words when outlets rewrite them, so the score compares extracted facts:
 * offices, places, people, types, numbers and, above all, the event date (reports about the
 * same place and actors on another date are different events).
 */
import type { ArticleFacts } from './news.types.ts';
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
  /** Keys for blocking: only articles sharing one are ever compared. */
  blockKeys: string[];
}

/** National bodies appear in too many stories to tell events apart. */
const NATIONAL = new Set(['ditjenim', 'polri', 'kemlu', 'p2mi']);

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
  const numbers = new Set(facts.numbers.map((n) => `${n.kind}:${n.value}`));
  const blockKeys = [
    ...[...offices].map((key) => `o:${key}`),
    ...finePlaces.map((code) => `p:${code}`),
    ...facts.persons.filter((p) => !p.initials).map((p) => `n:${normalizePersonName(p.name)}`),
  ];
  return {
    day: dayNumber(facts.eventDate ?? input.published),
    offices,
    places,
    persons,
    types,
    numbers,
    blockKeys: [...new Set(blockKeys)],
  };
}

/** Mean of Jaccard and overlap coefficient: a terse rewrite that omits facts still scores well. */
function setSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const overlap = shared / Math.min(a.size, b.size);
  return (jaccard + overlap) / 2;
}

/** Weights of the fact similarities; they sum to 1. */
const WEIGHTS = { offices: 0.3, places: 0.25, persons: 0.2, types: 0.1, numbers: 0.15 } as const;

/** Similarity of the facts alone (no date), in [0, 1]. */
export function scoreFacts(a: EventFeatures, b: EventFeatures): number {
  return (
    WEIGHTS.offices * setSimilarity(a.offices, b.offices) +
    WEIGHTS.places * setSimilarity(a.places, b.places) +
    WEIGHTS.persons * setSimilarity(a.persons, b.persons) +
    WEIGHTS.types * setSimilarity(a.types, b.types) +
    WEIGHTS.numbers * setSimilarity(a.numbers, b.numbers)
  );
}

/** Date term: a bonus for the same day, a veto for different events (more than 3 days apart). */
export function scoreDates(a: EventFeatures, b: EventFeatures): number {
  if (a.day === null || b.day === null) return 0;
  const gap = Math.abs(a.day - b.day);
  if (gap === 0) return 0.15;
  if (gap <= 1) return 0.1;
  if (gap <= 3) return 0;
  return -1;
}

/** Pairwise similarity used for grouping: facts plus the date term. */
export function scorePair(a: EventFeatures, b: EventFeatures): number {
  return scoreFacts(a, b) + scoreDates(a, b);
}
