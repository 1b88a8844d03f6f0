/**
 * Place mentions as written, before any lookup: chains with level words ("Desa Bumidaya,
 * Kecamatan Palas"), names coordinated with them ("Kecamatan Sakra dan Wanasaba"), bare names
 * after a preposition or in a list ("dari Sambas dan Singkawang"), datelines ("MATARAM, SUARA
 * RINJANI -") and runs of capitalised words that may be a multi-word regency ("Lombok Timur
 * berada ..."). Pure text work; places.extract.ts decides which of them name real regions.
 */
import { findForeignPlaces } from './foreign-place.data.ts';
import type { PlaceMention, PlaceMentionPart } from './news.types.ts';
import { matchProvincePrefix } from './province.data.ts';

type Level = NonNullable<PlaceMentionPart['levelHint']>;

/** Level prefixes as news writes them. */
const PREFIXES: readonly (readonly [RegExp, Level])[] = [
  [/^(?:Desa|Ds\.)$/i, 'desa'],
  [/^(?:Kelurahan|Kel\.)$/i, 'kelurahan'],
  [/^(?:Kecamatan|Kec\.)$/i, 'kecamatan'],
  [/^(?:Kabupaten|Kab\.)$/i, 'kabupaten'],
  [/^Kota$/i, 'kota'],
  [/^(?:Provinsi|Prov\.)$/i, 'provinsi'],
];

/** Rank of a level in a chain, finest first; a chain only ever goes up. */
const RANK: Record<Level, number> = {
  desa: 0,
  kelurahan: 0,
  kecamatan: 1,
  kabupaten: 2,
  kota: 2,
  provinsi: 3,
};

const WORD = String.raw`(?:[A-Z][\p{L}\p{N}'’-]*|[IVX]+)`;
const NAME = String.raw`${WORD}(?:[ ]+${WORD}){0,4}`;
const PART = new RegExp(
  String.raw`\b(Desa|Ds\.|Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+(${NAME})`,
  'gu',
);
/** A name joined to the previous one by a comma or a conjunction ("..., B, dan C"). */
const NEXT_IN_LIST = new RegExp(
  String.raw`^(?:[ ]*,[ ]*(?:dan[ ]+|serta[ ]+)?|[ ]+(?:dan|serta|atau)[ ]+)(${NAME})`,
  'u',
);

/** Words that end a place name: the start of the next phrase or of another mention. */
const STOP = new Set(
  `Desa Kelurahan Kecamatan Kabupaten Kota Provinsi Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Pada Dan Yang Di Ke Dari Bersama Melalui Sejak Tahun Kepala Kantor Imigrasi Kanim Polres Polda Wilayah Kanwil Kemenkumham Google Ruang`.split(
    ' ',
  ),
);

/** First words that make a prefixed phrase something other than a place ("Desa Binaan"). */
const NOT_PLACES = new Set(['binaan', 'wisata', 'adat', 'setempat', 'tersebut', 'besar', 'layak']);

/** Words before which a bare capitalised name is likely a place. */
const BARE = new RegExp(
  String.raw`\b(?:di|asal|dari|ke|wilayah|daerah|warga|melalui|lewat|seluruh|kawasan|sekitar|menuju)\s+(${WORD}(?:[ ]+${WORD}){0,2})`,
  'gu',
);

/** A dateline at the start of a line: "MATARAM, SUARA RINJANI -", "Tangerang (AN) -". */
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?:[\p{L}\p{N}.]+\.(?:com|id|co\.id)\s*,\s*)?(\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3})(?:[ ]*,[ ]*[\p{Lu}\p{N} .]+?)?[ ]*(?:\([\p{L}.]+\))?[ ]*[-–—][ ]`,
  'gmu',
);

/** A run of capitalised words, which may hold a multi-word regency name anywhere in a sentence. */
const CAPITALISED_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:[ ]+${WORD}){1,5}`, 'gu');

/**
 * Words right before a name that make it part of an office's name, not a place of the story, or
 * a level word whose chain extractPlaceMentions already reads.
 */
const NOT_BARE_BEFORE =
  /(?:\bTPI|\bImigrasi|\bKanim|\bPolres(?:ta(?:bes)?)?|\bKejari|\bKejaksaan Negeri|\bPengadilan Negeri|\bLapas|\bRutan|\bBandara|\bPelabuhan|\bDesa|\bDs\.|\bKelurahan|\bKel\.|\bKecamatan|\bKec\.|\bKabupaten|\bKab\.|\bKota|\bProvinsi|\bProv\.)\s+$/u;

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
function levelOf(prefix: string): Level | undefined {
  return PREFIXES.find(([pattern]) => pattern.test(prefix))?.[1];
}

/** The names listed after a mention ("dan Wanasaba", ", Tebas"), each with its span. */
function listedAfter(text: string, from: number): { name: string; end: number }[] {
  const listed: { name: string; end: number }[] = [];
  let at = from;
  for (;;) {
    const match = NEXT_IN_LIST.exec(text.slice(at, at + 200));
    const raw = match?.[1];
    const first = raw?.split(' ')[0] ?? '';
    if (!match || raw === undefined || levelOf(first) || levelOf(`${first}.`)) break;
    const name = trimPlaceName(raw);
    // Initials ("Kabupaten Bogor, FA (34)") are people; short capitals pass only as a province.
    if (!name || (/^\p{Lu}{1,4}$/u.test(name) && matchProvincePrefix(name)?.length !== name.length))
      break;
    const end = at + match[0].length - raw.length + name.length;
    listed.push({ name, end });
    at = end;
  }
  return listed;
}

/**
 * Extracts prefixed place mention chains, finest part first as written. A part of the same or a
 * finer level than the one before starts a new chain ("Kabupaten Karawang, Kabupaten Bekasi" are
 * two places); a bare name after a comma is kept as a possible parent ("Kecamatan Sakra, Lombok
 * Timur"); names joined by "dan" take the level of the part they follow, as `siblings`.
 */
export function extractPlaceMentions(text: string): PlaceMention[] {
  const chains: PlaceMention[] = [];
  let current: { mention: PlaceMention; start: number; end: number; rank: number } | null = null;
  const flush = (): void => {
    if (current && current.mention.parts.length > 0) {
      current.mention.text = text.slice(current.start, current.end);
      chains.push(current.mention);
    }
    current = null;
  };
  for (const match of text.matchAll(PART)) {
    if (current && match.index < current.end) continue;
    const level = levelOf(match[1] ?? '');
    const written = trimPlaceName(match[2] ?? '');
    if (!level || !written || NOT_PLACES.has(written.split(' ')[0]?.toLowerCase() ?? '')) continue;
    if (findForeignPlaces(`${match[1]} ${written}`).some((f) => f.start === 0)) continue;
    const name = level === 'provinsi' ? (matchProvincePrefix(written)?.name ?? written) : written;
    const start = match.index;
    let end = start + match[0].length - (match[2]?.length ?? 0) + written.length;
    // Parts joined only by a comma or a space, going up in level, belong to one chain.
    const gap = current ? text.slice(current.end, start) : '';
    if (!current || !/^\s*,?\s*$/.test(gap) || RANK[level] <= current.rank) {
      flush();
      current = { mention: { text: '', parts: [] }, start, end, rank: -1 };
    }
    const chain: { mention: PlaceMention; start: number; end: number; rank: number } = current;
    chain.mention.parts.push({ text: name, levelHint: level });
    chain.rank = RANK[level];
    for (const listed of listedAfter(text, end)) {
      const joiner = text.slice(end, listed.end);
      if (/^[ ]*,[ ]*$/.test(joiner.slice(0, joiner.length - listed.name.length))) {
        // "Kecamatan Sakra, Lombok Timur": a parent, or else another kecamatan; resolution tells.
        chain.mention.parts.push({ text: listed.name });
      } else {
        (chain.mention.siblings ??= []).push({ text: listed.name, levelHint: level });
      }
      end = listed.end;
    }
    chain.end = end;
  }
  flush();
  return chains;
}

/** Extracts bare capitalised names after a preposition and the names listed with them. */
export function extractBarePlaceNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(BARE)) {
    const name = trimPlaceName(match[1] ?? '');
    if (!name || levelOf(name.split(' ')[0] ?? '')) continue;
    names.add(name);
    const end = match.index + match[0].length - (match[1]?.length ?? 0) + name.length;
    for (const listed of listedAfter(text, end)) names.add(listed.name);
  }
  return [...names];
}

/** Extracts the place names of datelines ("MATARAM, SUARA RINJANI -" gives "MATARAM"). */
export function extractDatelineNames(text: string): string[] {
  return [...text.matchAll(DATELINE)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/**
 * Lists every run of two or more words inside capitalised runs that no office word precedes,
 * longest first; the caller keeps those that are exactly a regency or province name.
 */
export function extractCapitalisedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/[ ]+/);
    let offset = match.index;
    const starts = words.map((word) => {
      const at = offset;
      offset += word.length + 1;
      return at;
    });
    for (let length = words.length; length >= 2; length--) {
      for (let from = 0; from + length <= words.length; from++) {
        const before = text.slice(Math.max(0, (starts[from] ?? 0) - 40), starts[from]);
        if (NOT_BARE_BEFORE.test(before) || levelOf(words[from] ?? '')) continue;
        spans.push(words.slice(from, from + length).join(' '));
      }
    }
  }
  return spans;
}
