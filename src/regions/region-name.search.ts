import { prepareDistance } from './edit-distance.ts';
import type { RegionStore } from './region-store.builder.ts';
import { idsOfKey, levelAt, searchNameOf } from './region-store.builder.ts';

/** How a name was matched, best first. */
export type MatchKind = 'exact' | 'spacing' | 'alias' | 'oldSpelling' | 'fuzzy' | 'partial';

/** One region whose name matches a searched name, with a match quality in [0, 1]. */
export interface NameHit {
  id: number;
  match: number;
  kind: MatchKind;
  /** Edits between the searched and the official name (0 unless fuzzy). */
  edits: number;
}

/** Limits of one name search. */
export interface SearchOptions {
  /** Only this subtree, searched more loosely. */
  scope?: IdRange;
  /** Exact and space-free matches only: no spelling variants, no fuzzy scan. */
  exactOnly?: boolean;
  /**
   * Fuzzy matches only among provinces, regencies and kecamatan (exact matches still reach every
   * level): for a text that announced one of those levels, this skips scanning the village names.
   */
  fuzzyAboveVillages?: boolean;
}

/** A range of region ids: the subtree of one region. */
export interface IdRange {
  start: number;
  end: number;
}

const MATCH_OF_KIND: Record<Exclude<MatchKind, 'fuzzy' | 'partial'>, number> = {
  exact: 1,
  spacing: 0.995,
  alias: 0.99,
  // Above every fuzzy match, below every exact match of any level.
  oldSpelling: 0.8,
};

/** Spellings before the 1972 reform (EYD) and their current form; `dj` must win over `j`. */
const OLD_SPELLING = /dj|tj|nj|sj|ch|oe|j/g;
const MODERN_SPELLING: Record<string, string> = {
  dj: 'j',
  tj: 'c',
  nj: 'ny',
  sj: 'sy',
  ch: 'kh',
  oe: 'u',
  j: 'y',
};

/** A normalised name in current spelling ("tjilatjap" → "cilacap", "bumidaja" → "bumidaya"). */
export function modernizeSpelling(normalised: string): string {
  return normalised.replace(OLD_SPELLING, (old) => MODERN_SPELLING[old] ?? old);
}

/**
 * The edits tolerated for a space-free name of this length: none below 4 characters (short names
 * are too alike), then one per four characters, at most three.
 */
export function maxEditsFor(length: number): number {
  if (length < 4) return 0;
  return Math.min(3, Math.floor(length / 4));
}

/** Quality of a fuzzy match: below 0.78 (under every exact match), falling with the edits. */
function fuzzyMatch(edits: number, queryLength: number, keyLength: number): number {
  return 0.78 * (1 - edits / Math.max(queryLength, keyLength));
}

/**
 * Regions named like `normalised` (a normalised name): exact and space-free matches from the
 * name map, then names within the tolerated edit distance, scanning only keys of a close length.
 * Names in pre-1972 spelling are also looked up in current spelling. With `scope`, only that
 * subtree is searched, with one more edit allowed and whole-word partial names ("pagar alam" in
 * "pagar alam utara") accepted, since a known parent makes these safe.
 */
export function searchName(
  store: RegionStore,
  normalised: string,
  options: SearchOptions = {},
): NameHit[] {
  const { scope, exactOnly = false, fuzzyAboveVillages = false } = options;
  const compact = normalised.replace(/ /g, '');
  if (compact === '') return [];
  const hits = new Map<number, NameHit>();
  const keep = (hit: NameHit): void => {
    const known = hits.get(hit.id);
    if (known === undefined || known.match < hit.match) hits.set(hit.id, hit);
  };
  const keyIndex = store.keyIndex.get(compact);
  for (const id of keyIndex === undefined ? [] : idsOfKey(store, keyIndex)) {
    if (scope !== undefined && (id < scope.start || id >= scope.end)) continue;
    keep(exactHit(store, id, normalised, keyIndex ?? -1));
  }
  if (exactOnly) return [...hits.values()];
  const modern = modernizeSpelling(compact);
  const modernIndex = modern === compact ? undefined : store.keyIndex.get(modern);
  for (const id of modernIndex === undefined ? [] : idsOfKey(store, modernIndex)) {
    if (scope !== undefined && (id < scope.start || id >= scope.end)) continue;
    keep({ id, match: MATCH_OF_KIND.oldSpelling, kind: 'oldSpelling', edits: 0 });
  }
  const distanceTo = prepareDistance(compact);
  if (scope === undefined) {
    const buckets = fuzzyAboveVillages ? store.upperKeysByLength : store.keysByLength;
    scanKeys(store, buckets, compact, distanceTo, keep);
  } else {
    scanSubtree(store, normalised, compact, distanceTo, scope, keep);
  }
  return [...hits.values()];
}

/** The hit for a region found under an exact key: its own name, spaced alike or not, or an alias. */
function exactHit(store: RegionStore, id: number, normalised: string, keyIndex: number): NameHit {
  if (store.keyOf[id] !== keyIndex) {
    // Only provinces have true aliases; a village's second key is its name without "Desa Adat".
    const kind = levelAt(store, id) === 'provinsi' ? 'alias' : 'exact';
    return { id, match: MATCH_OF_KIND[kind], kind, edits: 0 };
  }
  const official = searchNameOf(store.names[id] ?? '', levelAt(store, id));
  const kind = official === normalised ? 'exact' : 'spacing';
  return { id, match: MATCH_OF_KIND[kind], kind, edits: 0 };
}

/** Fuzzy scan of the distinct names whose length is within the tolerated edits. */
function scanKeys(
  store: RegionStore,
  buckets: Int32Array[],
  compact: string,
  distanceTo: (text: string) => number,
  keep: (hit: NameHit) => void,
): void {
  const limit = maxEditsFor(compact.length);
  if (limit === 0) return;
  for (let length = compact.length - limit; length <= compact.length + limit; length++) {
    for (const keyIndex of buckets[length] ?? []) {
      const key = store.keys[keyIndex] ?? '';
      const edits = distanceTo(key);
      if (edits === 0 || edits > limit) continue;
      const match = fuzzyMatch(edits, compact.length, key.length);
      for (const id of idsOfKey(store, keyIndex)) keep({ id, match, kind: 'fuzzy', edits });
    }
  }
}

/** Fuzzy and partial scan of every region of one subtree by its own name. */
function scanSubtree(
  store: RegionStore,
  normalised: string,
  compact: string,
  distanceTo: (text: string) => number,
  scope: IdRange,
  keep: (hit: NameHit) => void,
): void {
  const limit = compact.length < 3 ? 0 : maxEditsFor(compact.length) + 1;
  for (let id = scope.start; id < scope.end; id++) {
    const key = store.keys[store.keyOf[id] ?? 0] ?? '';
    if (key === compact) continue;
    if (Math.abs(key.length - compact.length) <= limit) {
      const edits = distanceTo(key);
      if (edits <= limit) {
        keep({ id, match: fuzzyMatch(edits, compact.length, key.length), kind: 'fuzzy', edits });
        continue;
      }
    }
    if (key.length > compact.length && key.includes(compact)) {
      const official = searchNameOf(store.names[id] ?? '', levelAt(store, id));
      if (` ${official} `.includes(` ${normalised} `)) {
        const match = 0.45 + 0.3 * (compact.length / key.length);
        keep({ id, match, kind: 'partial', edits: key.length - compact.length });
      }
    }
  }
}
