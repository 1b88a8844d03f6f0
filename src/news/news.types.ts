/**
 * Shapes shared by the news pipeline: cleaned articles, extracted facts and grouped events.
 * They are also the JSON shapes of `waspada news analyze --json`.
 */
import type { TppoTypeCode } from '../domain/tppo.ts';

/** One input document: a file name as given by the caller and its raw content. */
export interface NewsInput {
  file: string;
  content: string | Uint8Array;
}

/** A document after format handling and boilerplate removal, before any fact extraction. */
export interface CleanedArticle {
  file: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** Publication date as YYYY-MM-DD, or null when neither header nor page gives one. */
  published: string | null;
  byline: string | null;
  /** Body text, one paragraph per line. */
  text: string;
  /** Provenance lines ("Sumber: ...") taken out of the body. */
  sources: string[];
  /** Titles of "Baca: ..." links: they often point at the same story and help linking events. */
  linkedTitles: string[];
}

/** A TPPO type with the words in the text that triggered it. */
export interface TypeHit {
  code: TppoTypeCode;
  evidence: string[];
}

/** What kind of body an office or agency mention names. */
export type OfficeKind =
  | 'kanim'
  | 'kanwil'
  | 'ditjenim'
  | 'polda'
  | 'polres'
  | 'polri'
  | 'bp3mi'
  | 'p2mi'
  | 'kemlu'
  | 'kbri'
  | 'kjri';

/** An office or agency, normalised to one key whatever spelling the text used. */
export interface OfficeFact {
  key: string;
  kind: OfficeKind;
  /** Canonical display name. */
  name: string;
  /** The surface forms found in the text. */
  mentions: string[];
  /** Id in the caller's office registry, when one matched. */
  registryId: string | null;
}

/** A known office of the caller's registry, matched against extracted offices by name. */
export interface OfficeRegistryEntry {
  id: string;
  names: string[];
}

/** One part of a place mention chain, e.g. `{text: 'Palas', levelHint: 'kecamatan'}`. */
export interface PlaceMentionPart {
  text: string;
  levelHint?: 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';
}

/** A place mention as written: the chain's parts, finest first as the text gives them. */
export interface PlaceMention {
  text: string;
  parts: PlaceMentionPart[];
  /** Names listed with the first part at its level ("Kecamatan Sakra dan Wanasaba"). */
  siblings?: PlaceMentionPart[];
}

/** Level of a resolved place: a Kemendagri level, or a foreign country or city. */
export type PlaceLevel =
  'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan' | 'negara' | 'kota_asing';

/** A place resolved to an official code (Kemendagri for Indonesia, ISO alpha-2 abroad). */
export interface PlaceFact {
  text: string;
  code: string | null;
  name: string | null;
  level: PlaceLevel | null;
  notes: string[];
  /** Codes of the official parents, root first; empty abroad or when unresolved. */
  parentCodes: string[];
}

/** A date found in the text, as YYYY-MM-DD, YYYY-MM or YYYY. */
export interface DateFact {
  text: string;
  date: string;
  /** End of a range ("1-3 Juni 2024"), same precision as `date`. */
  end?: string;
  /** True when part of the date (usually the year) was not written and had to be worked out. */
  inferred: boolean;
  notes: string[];
  /** How the date was written; the event date prefers the news convention "Selasa (21/5)". */
  form: 'weekday_dm' | 'full' | 'numeric' | 'day_month' | 'month' | 'year' | 'relative' | 'range';
}

/** What kind of site a mention names: airport, seaport, border post or vessel. */
export type SiteKind = 'bandara' | 'pelabuhan' | 'plbn' | 'kapal';

/** A site, normalised to one key whatever spelling the text used ("Soetta" = Soekarno-Hatta). */
export interface SiteFact {
  key: string;
  kind: SiteKind;
  name: string;
}

/** A person named in the text: full names with role and office, or initials of suspects and victims. */
export interface PersonFact {
  name: string;
  role: string | null;
  /** Key of the office the person speaks for, when the sentence names one. */
  office: string | null;
  initials: boolean;
  age: number | null;
}

/** What a number in the text counts. */
export type NumberKind =
  'korban' | 'tersangka' | 'paspor' | 'dipulangkan' | 'rupiah' | 'desa_binaan' | 'orang';

/** A number that matters, e.g. `{kind: 'korban', value: 12, unit: 'orang', text: '12 korban'}`. */
export interface NumberFact {
  kind: NumberKind;
  value: number;
  unit: string;
  text: string;
}

/** Everything extracted from one cleaned article. */
export interface ArticleFacts {
  types: TypeHit[];
  offices: OfficeFact[];
  places: PlaceFact[];
  dates: DateFact[];
  persons: PersonFact[];
  numbers: NumberFact[];
  /** Airports, seaports, border posts and vessels named in the text (absent in facts stored before they were extracted). */
  sites?: SiteFact[];
  /** The date the reported event happened, when the text allows saying so. */
  eventDate: string | null;
}

/** One analysed article as `news analyze` prints it. */
export interface ArticleResult extends ArticleFacts {
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  text: string;
}

/** An input that could not be analysed, with the reason. */
export interface ArticleError {
  file: string;
  error: string;
}

/** A value reported by some articles of an event. */
export interface SourcedValue<T> {
  value: T;
  files: string[];
}

/** Outlets that disagree about one fact of an event. */
export interface EventConflict {
  kind: 'number' | 'name';
  /** The number kind, or the normalised name that is spelled in several ways. */
  field: string;
  values: SourcedValue<string | number>[];
}

/** Merged facts of an event, each with the files that state it. */
export interface EventFacts {
  offices: SourcedValue<{ key: string; name: string }>[];
  persons: SourcedValue<{ name: string; role: string | null }>[];
  numbers: SourcedValue<{ kind: NumberKind; value: number; unit: string }>[];
  dates: SourcedValue<string>[];
}

/** Reports of one event from one or more outlets. */
export interface NewsEvent {
  id: string;
  files: string[];
  date: string | null;
  types: TppoTypeCode[];
  places: { code: string; name: string | null; level: PlaceLevel | null; files: string[] }[];
  facts: EventFacts;
  conflicts: EventConflict[];
  /** Ids of events that are developments of the same story (same actors or places, another date). */
  related: string[];
}

/** Output of the whole pipeline. */
export interface AnalysisResult {
  articles: (ArticleResult | ArticleError)[];
  events: NewsEvent[];
}
