/**
 * Places in an article, in two steps. First, pure extraction of mention chains with their level
 * prefixes ("Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda") and of bare names after a
 * preposition ("di Palembang"); then resolution through the regions index, which uses the
 * chain as parent context and flags parents that do not fit instead of dropping the place.
 */
import type { RegionCandidate, RegionLevel } from '../regions/index.ts';
import { findForeignPlaces } from './foreign-place.data.ts';
import type { PlaceFact, PlaceMention, PlaceMentionPart } from './news.types.ts';
import { matchProvincePrefix } from './province.data.ts';

/** The part of the regions index the news pipeline uses (the full index satisfies it). */
export interface PlaceResolver {
  find(
    text: string,
    options?: { limit?: number; levels?: readonly RegionLevel[] },
  ): RegionCandidate[];
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
    .replace(/^(kabupaten|kota|provinsi)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
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
    const best = regions.resolveMention(mention.parts)[0];
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
    const best = regions
      .find(query, { limit: 3, levels: ['provinsi', 'kabupaten', 'kota'] })
      .find((c) => bareKey(c.name) === bareKey(query));
    if (best) push(toFact(name, best, ['no level written; exact name match']));
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
