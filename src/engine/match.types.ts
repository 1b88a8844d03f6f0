import type { SharedStore } from './store/entry-store.ts';
import type { FrozenMapData } from './store/frozen-map.ts';
import type { SharedPostings } from './store/posting-lists.ts';
import type { SharedVocabulary } from './store/token-vocabulary.ts';

/** Kinds of watchlist entries: people, organisations (agencies, recruiters) and bare phone numbers. */
export type EntryKind = 'person' | 'organization' | 'phone';

/** A suspect (recruiter, trafficker) or a protective listing (a potential or former victim). */
export type Listing = 'suspect' | 'protective';

/** One watchlist entry as the engine indexes it. */
export interface WatchEntry {
  id: string;
  kind: EntryKind;
  /** First = primary name, the rest aliases; empty for kind `phone`. */
  names: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  sex?: 'L' | 'P';
  nik?: string;
  passportNumbers?: string[];
  phones?: string[];
  /** ISO 3166-1 alpha-2. */
  nationality?: string;
  birthPlace?: string;
  /** Kemendagri region code. */
  homeRegion?: string;
  registrationNumbers?: string[];
  address?: string;
  listing: Listing;
}

/** The person or organisation being screened. */
export interface MatchQuery {
  name: string;
  aliases?: string[];
  birthDate?: string;
  sex?: 'L' | 'P';
  nik?: string;
  passportNumber?: string;
  phones?: string[];
  nationality?: string;
  birthPlace?: string;
  /** Registration numbers of an organisation (company or agency licence numbers). */
  registrationNumbers?: string[];
  /** Kinds of entries to search; default all. */
  kinds?: EntryKind[];
}

/** Alert bands: strong and possible alert; weak is shown but does not alert. */
export type Band = 'strong' | 'possible' | 'weak';

/** One piece of evidence naming both values compared and its signed effect on the score. */
export interface Reason {
  feature: string;
  query: string;
  entry: string;
  effect: number;
}

/** One watchlist entry found for a query. */
export interface Hit {
  entryId: string;
  score: number;
  band: Band;
  listing: Listing;
  reasons: Reason[];
}

/** Options of a search. */
export interface SearchOptions {
  /** Maximum hits returned (default 10). */
  limit?: number;
  /** Entries a person has already judged not to be this query (suppressed false positives). */
  excludeIds?: ReadonlySet<string>;
  /** Lowest score returned by this search (default: the index's `minScore`). */
  minScore?: number;
}

/** Options of an index. */
export interface MatchIndexOptions {
  /** Lowest score returned (default: the weak band threshold). */
  minScore?: number;
  /** Candidates scored in full per query after retrieval (default 160). */
  maxCandidates?: number;
  /** Postings read per query before common tokens stop driving retrieval (default 25,000). */
  postingBudget?: number;
  /** Date against which NIK two-digit years are placed in a century (default: now). */
  referenceDate?: Date;
}

/**
 * A read-only copy of an index in SharedArrayBuffers, from `MatchIndex.toShared()`: post it to
 * worker threads and open it there with `MatchIndex.fromShared(handle)`. Its fields are internal.
 */
export interface SharedMatchIndex {
  format: string;
  engineVersion: string;
  options: {
    minScore: number;
    maxCandidates: number;
    postingBudget: number;
    referenceDate: number;
  };
  vocabulary: SharedVocabulary;
  postings: SharedPostings;
  store: SharedStore;
  niks: FrozenMapData;
  passports: FrozenMapData;
  phones: FrozenMapData;
  registrations: FrozenMapData;
  birthDates: FrozenMapData;
}
