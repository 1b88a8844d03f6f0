/**
 * Places in an article, in two steps. First, pure extraction of mention chains with their level
 * prefixes ("Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda") and of bare names after a
 * preposition ("di Palembang"); then resolution through the regions index, which uses the
 * chain as parent context and flags parents that do not fit instead of dropping the place.
 */
import type { RegionCandidate, RegionLevel, RegionRef } from '../regions/index.ts';
import { findForeignPlaces } from './foreign-place.data.ts';
import type { PlaceFact, PlaceMention, PlaceMentionPart } from './news.types.ts';
import { matchProvincePrefix } from './province.data.ts';

/** The part of the regions index the news pipeline uses (the full index satisfies it). */
export interface PlaceResolver {
  get(code: string): RegionRef | undefined;
  childrenOf(code: string): RegionRef[];
  parentsOf(code: string): RegionRef[];
  resolveMention(parts: readonly PlaceMentionPart[]): RegionCandidate[];
}

/** Level prefixes as news writes them. */
const PREFIXES: readonly (readonly [RegExp, RegionLevel])[] = [
  [/^(?:Desa|Ds\.)$/i, 'desa'],
  [/^(?:Kelurahan|Kel\.)$/i, 'kelurahan'],
  [/^(?:Kecamatan|Kec\.)$/i, 'kecamatan'],
  [/^(?:Kabupaten|Kab\.)$/i, 'kabupaten'],
  [/^Kota$/i, 'kota'],
  [/^(?:Provinsi|Prov\.)$/i, 'provinsi'],
];

const WORD = String.raw`(?:[A-Z][\p{L}\p{N}'’-]*|[IVX]+)`;
const PART = new RegExp(
  String.raw`\b(Desa|Ds\.|Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+(${WORD}(?:[ ]+${WORD}){0,4})`,
  'gu',
);

/** Words that end a place name: the start of the next phrase or of another mention. */
const STOP = new Set(
  `Desa Kelurahan Kecamatan Kabupaten Kota Provinsi Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Pada Dan Yang Di Ke Dari Bersama Melalui Sejak Tahun Kepala Kantor Imigrasi Kanim Polres Polda Wilayah Kanwil Kemenkumham Google Ruang`.split(
    ' ',
  ),
);

/** First words that make a prefixed phrase something other than a place ("Desa Binaan"). */
const NOT_PLACES = new Set(['binaan', 'wisata', 'adat', 'setempat', 'tersebut', 'besar', 'layak']);

/** Prepositions before which a bare capitalised name is likely a place. */
const BARE = new RegExp(
  String.raw`\b(?:di|asal|dari|ke|wilayah|daerah)\s+(${WORD}(?:[ ]+${WORD}){0,2})`,
  'gu',
);

/** Cuts a captured name at the first stop word. */
function trimPlaceName(raw: string): string {
  const kept: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (STOP.has(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** Maps a written prefix to its level. */
function levelOf(prefix: string): RegionLevel | undefined {
  return PREFIXES.find(([pattern]) => pattern.test(prefix))?.[1];
}

/** Extracts prefixed place mention chains, finest part first as written. */
export function extractPlaceMentions(text: string): PlaceMention[] {
  const chains: PlaceMention[] = [];
  let current: { parts: PlaceMentionPart[]; start: number; end: number } | null = null;
  const flush = (): void => {
    if (current && current.parts.length > 0) {
      chains.push({ text: text.slice(current.start, current.end), parts: current.parts });
    }
    current = null;
  };
  for (const match of text.matchAll(PART)) {
    const level = levelOf(match[1] ?? '');
    const written = trimPlaceName(match[2] ?? '');
    if (!level || !written || NOT_PLACES.has(written.split(' ')[0]?.toLowerCase() ?? '')) continue;
    if (findForeignPlaces(`${match[1]} ${written}`).some((f) => f.start === 0)) continue;
    const name = level === 'provinsi' ? (matchProvincePrefix(written)?.name ?? written) : written;
    const start = match.index;
    const end = start + match[0].length - (match[2]?.length ?? 0) + written.length;
    // Parts joined only by a comma or a space belong to one chain.
    const gap = current ? text.slice(current.end, start) : '';
    if (!current || !/^\s*,?\s*$/.test(gap)) {
      flush();
      current = { parts: [], start, end };
    }
    current.parts.push({ text: name, levelHint: level });
    current.end = end;
  }
  flush();
  return chains;
}

/** Extracts bare capitalised names after a preposition, to resolve only when they are exact regencies or provinces. */
export function extractBarePlaceNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(BARE)) {
    const name = trimPlaceName(match[1] ?? '');
    if (name && !levelOf(name.split(' ')[0] ?? '')) names.add(name);
  }
  return [...names];
}

/** Normalises a region name for exact comparison (no prefix, case or spaces). */
function bareKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kab\.|kota|provinsi)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Provinces and regencies by bare name, built once per regions index (fuzzy search is too slow per article). */
const upperLevelCache = new WeakMap<PlaceResolver, Map<string, RegionRef[]>>();

/** Returns the bare-name map of provinces, kabupaten and kota. */
function upperLevels(regions: PlaceResolver): Map<string, RegionRef[]> {
  let map = upperLevelCache.get(regions);
  if (map) return map;
  map = new Map();
  const add = (region: RegionRef): void => {
    const key = bareKey(region.name);
    map?.set(key, [...(map.get(key) ?? []), region]);
  };
  for (let code = 11; code <= 99; code++) {
    const province = regions.get(String(code));
    if (!province) continue;
    add(province);
    for (const regency of regions.childrenOf(province.code)) add(regency);
  }
  upperLevelCache.set(regions, map);
  return map;
}

/** Finds the province, kota or kabupaten with exactly this name; a kota wins over a same-named kabupaten. */
function findUpperLevel(name: string, regions: PlaceResolver): RegionCandidate | null {
  const found = upperLevels(regions).get(bareKey(name)) ?? [];
  const ranked = [...found].sort((a, b) => rankUpper(a) - rankUpper(b));
  const best = ranked[0];
  if (!best) return null;
  const notes = ['no level written; exact name match'];
  if (ranked.length > 1)
    notes.push(
      `also the name of ${ranked
        .slice(1)
        .map((r) => `${r.name} (${r.code})`)
        .join(', ')}`,
    );
  return { ...best, parents: regions.parentsOf(best.code), score: 1, notes };
}

/** Order of preference among same-named upper-level regions. */
function rankUpper(region: RegionRef): number {
  return region.level === 'provinsi' ? 0 : region.level === 'kota' ? 1 : 2;
}

/** Resolved chains per regions index: resolution costs milliseconds, and a corpus repeats its places. */
const mentionCache = new WeakMap<PlaceResolver, Map<string, RegionCandidate | null>>();

/** Resolves a chain through the index, remembering the best candidate. */
function resolveMentionCached(
  parts: readonly PlaceMentionPart[],
  regions: PlaceResolver,
): RegionCandidate | null {
  let cache = mentionCache.get(regions);
  if (!cache) mentionCache.set(regions, (cache = new Map<string, RegionCandidate | null>()));
  const key = parts.map((p) => `${p.levelHint ?? ''}:${p.text.toLowerCase()}`).join('|');
  let best = cache.get(key);
  if (best === undefined) {
    best = regions.resolveMention(parts)[0] ?? null;
    // Bounded: a long-running ingestion must not grow without limit.
    if (cache.size > 50_000) cache.clear();
    cache.set(key, best);
  }
  return best;
}

/** Turns a region candidate into a place fact. */
function toFact(text: string, candidate: RegionCandidate, notes: string[] = []): PlaceFact {
  return {
    text,
    code: candidate.code,
    name: candidate.name,
    level: candidate.level,
    notes: [...candidate.notes, ...notes],
    parentCodes: candidate.parents.map((p) => p.code),
  };
}

/** Resolves chains, bare names and foreign places of a text into place facts, one per code. */
export function resolvePlaces(text: string, regions: PlaceResolver): PlaceFact[] {
  const facts: PlaceFact[] = [];
  const seen = new Set<string>();
  const push = (fact: PlaceFact): void => {
    // Foreign cities share their country's code, so they are told apart by name.
    const foreign = fact.level === 'negara' || fact.level === 'kota_asing';
    const key = foreign ? `foreign:${fact.name}` : (fact.code ?? `?${fact.text}`);
    if (seen.has(key)) return;
    seen.add(key);
    facts.push(fact);
  };
  for (const mention of extractPlaceMentions(text)) {
    const best = resolveMentionCached(mention.parts, regions);
    if (best) push(toFact(mention.text, best));
    else {
      push({
        text: mention.text,
        code: null,
        name: null,
        level: mention.parts[0]?.levelHint ?? null,
        notes: ['not found in the official region list'],
        parentCodes: [],
      });
    }
  }
  for (const name of extractBarePlaceNames(text)) {
    const province = matchProvincePrefix(name);
    const query = province && province.length === name.length ? province.name : name;
    const best = findUpperLevel(query, regions);
    if (best) push(toFact(name, best));
  }
  for (const found of findForeignPlaces(text)) {
    push({
      text: found.text,
      code: found.place.code,
      name: found.place.name,
      level: found.place.level,
      notes: found.place.level === 'kota_asing' ? [`city in ${found.place.code}`] : [],
      parentCodes: [],
    });
  }
  return facts;
}
