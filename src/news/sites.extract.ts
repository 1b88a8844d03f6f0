/**
 * Sites where an event happened or that carried it: airports, seaports, border posts and named
 * vessels ("Bandara Internasional Kualanamu", "Pelabuhan Tunon Taka", "kapal ikan Xin Hai Long
 * 27"). Outlets that agree on little else name the same airport or ship, so these keys are
 * strong evidence for grouping reports of one event.
 */
import type { SiteFact, SiteKind } from './news.types.ts';
import { slugify } from './province.data.ts';

const WORD = String.raw`[A-Z][\p{L}'’-]*`;
/** Words that end a site name: the next phrase starts there. */
const STOP = new Set(
  `Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Pada Dan Di Ke Dari Untuk Tambah Naik Tertunda Jelang`.split(
    ' ',
  ),
);

/** Everyday short names of sites, lower case → official name. */
const ALIASES = new Map([
  ['soetta', 'Soekarno-Hatta'],
  ['cengkareng', 'Soekarno-Hatta'],
]);

const PATTERNS: readonly (readonly [SiteKind, RegExp])[] = [
  [
    'bandara',
    new RegExp(String.raw`\bBandara\s+(?:Internasional\s+)?(${WORD}(?:[ ]${WORD}){0,3})`, 'gu'),
  ],
  ['bandara', /\b(Soetta)\b/gu],
  [
    'pelabuhan',
    new RegExp(String.raw`\bPelabuhan\s+(?:Internasional\s+)?(${WORD}(?:[ ]${WORD}){0,3})`, 'gu'),
  ],
  [
    'plbn',
    new RegExp(
      String.raw`\b(?:PLBN|Pos\s+Lintas\s+Batas\s+Negara)\s+(${WORD}(?:[ ]${WORD}){0,3})`,
      'gu',
    ),
  ],
  // Fishing vessels carry a name and a hull number ("Xin Hai Long 27", "KM Sinar Bahari 3").
  [
    'kapal',
    new RegExp(
      String.raw`(?:\b(?:kapal|Kapal)(?:\s+(?:ikan|perikanan|penangkap\s+ikan|asing|berbendera\s+\p{L}+|bernama|di))*|\b(?:KM|KMP|MV|FV)\.?)\s+((?:${WORD}\s+){1,4}\d{1,5})\b`,
      'gu',
    ),
  ],
];

/** Cuts a captured name at the first stop word. */
function trimSiteName(raw: string): string {
  const kept: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (STOP.has(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** Extracts the airports, seaports, border posts and vessels of a text, one per key. */
export function extractSites(text: string): SiteFact[] {
  const sites = new Map<string, SiteFact>();
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const written = trimSiteName(match[1] ?? '');
      if (!written) continue;
      const name = ALIASES.get(written.toLowerCase()) ?? written;
      const key = `${kind}:${slugify(name)}`;
      if (!sites.has(key)) sites.set(key, { key, kind, name });
    }
  }
  return [...sites.values()];
}
