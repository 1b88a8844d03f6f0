/**
 * Shapes of the benchmark data. They mirror the engine's public WatchEntry and MatchQuery on purpose
 * but are declared here, so the generator imports nothing from src and cannot be shaped by it.
 */

import type { NameGroup } from './regions.ts';

/** Sex as written on Indonesian documents: L (laki-laki) or P (perempuan). */
export type Sex = 'L' | 'P';

/** A watchlist entry as a list would hold it (structurally a WatchEntry). */
export interface BenchEntry {
  id: string;
  kind: 'person' | 'organization' | 'phone';
  names: string[];
  birthDate?: string;
  sex?: Sex;
  nik?: string;
  passportNumbers?: string[];
  phones?: string[];
  nationality?: string;
  birthPlace?: string;
  homeRegion?: string;
  registrationNumbers?: string[];
  address?: string;
  listing: 'suspect' | 'protective';
}

/** A screening request as an officer would enter it (structurally a MatchQuery). */
export interface BenchQuery {
  name: string;
  aliases?: string[];
  birthDate?: string;
  sex?: Sex;
  nik?: string;
  passportNumber?: string;
  phones?: string[];
  nationality?: string;
  birthPlace?: string;
}

/** A query with its ground truth: the listed entry it is (truth) or null for a non-listed person. */
export interface LabelledQuery {
  id: string;
  truth: string | null;
  /** Name and field transformations applied to make the query (positives) or ['negative']. */
  ops: string[];
  /** True when query and true entry carry the same NIK. */
  nikEqual: boolean;
  query: BenchQuery;
}

/** The full truth about one generated person, from which entries and queries are written. */
export interface Person {
  group: NameGroup;
  sex: Sex;
  /** Name tokens in modern spelling. */
  tokens: string[];
  /** Name tokens as the person's documents spell them (old spelling for some older people). */
  writtenTokens: string[];
  /** Title written before the name on some records (H., Hj., Drs.), or null. */
  title: string | null;
  /** Degree written after a comma (S.H.), or null. */
  degree: string | null;
  birthDate: string;
  regency: string;
  birthPlace: string;
  nik: string;
  phones: string[];
  passport: string | null;
}
