/**
 * Administrative level of a Kemendagri region. A regency (PP.KK) is a `kabupaten` for KK 01-69 and
 * a `kota` for KK 71-99; a village (PP.KK.CC.NNNN) is a `kelurahan` when NNNN starts with 1 and a
 * `desa` otherwise (2xxx, and the 3xxx "Desa Adat" of Kabupaten Jayapura).
 */
export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

/** Every level, from the province down. */
export const REGION_LEVELS: readonly RegionLevel[] = [
  'provinsi',
  'kabupaten',
  'kota',
  'kecamatan',
  'desa',
  'kelurahan',
];

/** One official region: dotted code, official name, level and the dotted code of its parent. */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A short reference to a region, as used in candidate parents. */
export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
}

/**
 * A possible reading of a free-text place: the region, its parents root first (provinsi, then
 * kabupaten/kota, then kecamatan), a score in [0, 1] (higher is better) and short English notes
 * explaining spelling, level and parent mismatches.
 */
export interface RegionCandidate extends RegionRef {
  parents: RegionRef[];
  score: number;
  notes: string[];
}

/** Options of {@link RegionIndex.find}. */
export interface FindOptions {
  /** Maximum number of candidates returned (default 10). */
  limit?: number;
  /** Only regions inside this code (dotted or undotted), e.g. a kabupaten. */
  within?: string;
  /** Only regions of these levels. */
  levels?: readonly RegionLevel[];
}

/** One element of a place mention, e.g. `{ text: 'Palas', levelHint: 'kecamatan' }`. */
export interface MentionPart {
  text: string;
  levelHint?: RegionLevel;
}

/** Number of regions per level. */
export type RegionCounts = Record<RegionLevel, number>;

/**
 * The loaded official region list with code lookups and free-text resolution; every method is
 * synchronous and safe to call concurrently.
 */
export interface RegionIndex {
  /** Number of regions per level in the loaded data. */
  readonly counts: RegionCounts;
  /** The region with this code: dotted (`16.72.01.1018`) or undotted 2/4/6/10 digits. */
  get(code: string): Region | undefined;
  /** The parents of a region, root first (provinsi first); empty for a province or unknown code. */
  parentsOf(code: string): RegionRef[];
  /** The direct children of a region in code order; empty for a village or unknown code. */
  childrenOf(code: string): Region[];
  /** Whether the code names an existing region, optionally of one of the given levels. */
  isValidCode(code: string, levels?: readonly RegionLevel[]): boolean;
  /**
   * Candidates for a free-text place, best first. The text may be one name ("Pagar Alam"), a
   * prefixed name ("Kab. Bekasi"), a code, or a chain in any order ("Desa Bumidaya, Kecamatan
   * Palas, Kabupaten Lampung Selatan"); an unknown place gives an empty array.
   */
  find(text: string, options?: FindOptions): RegionCandidate[];
  /**
   * Candidates for a place given as a chain of parts (finest part first or last, either works),
   * best first; the finest part is the place, the others are context that raises or lowers scores.
   */
  resolveMention(parts: readonly MentionPart[], options?: FindOptions): RegionCandidate[];
}
