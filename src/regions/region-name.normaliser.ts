import type { RegionLevel } from './region.types.ts';

/** Words that announce the level of the name that follows them, after normalisation. */
const LEVEL_PREFIXES: ReadonlyMap<string, RegionLevel> = new Map<string, RegionLevel>([
  ['provinsi', 'provinsi'],
  ['propinsi', 'provinsi'],
  ['prov', 'provinsi'],
  ['prop', 'provinsi'],
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['kota', 'kota'],
  ['kotamadya', 'kota'],
  ['kodya', 'kota'],
  ['kecamatan', 'kecamatan'],
  ['kec', 'kecamatan'],
  // Papua's kecamatan are officially called distrik.
  ['distrik', 'kecamatan'],
  ['desa', 'desa'],
  ['ds', 'desa'],
  ['kelurahan', 'kelurahan'],
  ['kel', 'kelurahan'],
]);

/** Words that may follow a level word and belong to it rather than to the name. */
const LEVEL_QUALIFIERS: ReadonlyMap<RegionLevel, ReadonlySet<string>> = new Map([
  ['kabupaten', new Set(['administrasi', 'adm'])],
  ['kota', new Set(['administrasi', 'adm'])],
  ['desa', new Set(['adat'])],
]);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const APOSTROPHES = /['’‘`´]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Normalises a place name for comparison: lower case, no diacritics, apostrophes dropped, every
 * other run of non-alphanumerics turned into one space, trimmed (`"Ba'u-Ba'u"` → `"bau bau"`).
 */
export function normaliseRegionName(text: string): string {
  // Nearly every official name is ASCII; Unicode decomposition is only paid for the rest.
  const lower = PRINTABLE_ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').toLowerCase().normalize('NFKD').replace(COMBINING_MARKS, '');
  return lower.replace(APOSTROPHES, '').replace(NOT_ALPHANUMERIC, ' ').trim();
}

/** The normalised name without spaces, so that "Bumidaya" and "Bumi Daya" compare equal. */
export function compactRegionName(text: string): string {
  return normaliseRegionName(text).replace(/ /g, '');
}

/** The level a single normalised word announces ("kab" → kabupaten), if it is a level word. */
export function levelOfPrefixWord(word: string): RegionLevel | undefined {
  return LEVEL_PREFIXES.get(word);
}

/** A normalised name split from the level word that preceded it. */
export interface PrefixedName {
  /** The normalised name without the level word. */
  name: string;
  /** The level the removed word announced, if there was one. */
  level?: RegionLevel;
}

/**
 * Removes one leading level word from a normalised name ("kab bekasi" → bekasi, kabupaten); a
 * name that would become empty keeps its word ("kelurahan" stays a name).
 */
export function stripLevelPrefix(normalised: string): PrefixedName {
  const words = normalised.split(' ');
  const level = levelOfPrefixWord(words[0] ?? '');
  if (level === undefined || words.length < 2) return { name: normalised };
  let start = 1;
  const qualifiers = LEVEL_QUALIFIERS.get(level);
  if (qualifiers !== undefined && words.length > 2 && qualifiers.has(words[1] ?? '')) start = 2;
  return { name: words.slice(start).join(' '), level };
}
