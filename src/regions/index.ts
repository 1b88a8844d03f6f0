/**
 * Official Kemendagri region codes (idn-area-data 4.0.1, Kepmendagri 300.2.2-2138/2025) and the
 * resolution of free-text places to them.
 *
 * Usage:
 * ```ts
 * const regions = await loadRegions(); // once per process (~0.25 s, ~21 MB heap), then shared
 * regions.get('1672011018'); // { code: '16.72.01.1018', name: 'Dempo Makmur', level: 'kelurahan', … }
 * regions.find('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda')[0]?.code; // '18.01.10.2013'
 * regions.resolveMention([{ text: 'Bumidaya', levelHint: 'desa' }, { text: 'Kec. Palas' }]);
 * ```
 *
 * Codes: dotted (`16`, `16.72`, `16.72.01`, `16.72.01.1018`) everywhere in output; input also
 * accepts the undotted 2/4/6/10-digit forms. `parents` and `parentsOf` are always root first
 * (provinsi, then kabupaten/kota, then kecamatan).
 *
 * Levels: a village code NNNN starting with 1 is a kelurahan, with 2 a desa; the 14 "Desa Adat"
 * of Kabupaten Jayapura (3xxx) count as desa and are also found without the "Desa Adat" words.
 *
 * Text: split into a chain at commas, semicolons and line breaks; without those, before a level
 * word in mid-text ("Desa Bumidaya Kec. Palas"), or, when the whole matches nothing, before a
 * known trailing name ("Desa Juntinyuat Indramayu"). A text that is a known name stays whole.
 *
 * Matching: names compare without case, diacritics, punctuation or spaces ("Bumidaya" = "Bumi
 * Daya"); a leading level word (Desa, Kelurahan/Kel., Kecamatan/Kec./Distrik, Kabupaten/Kab., Kota,
 * Provinsi/Prov.) becomes a level hint; pre-1972 spellings (dj, tj, oe, j for y) are tried in
 * current spelling; other typos within one edit per four letters (at most three) match fuzzily.
 * Province short forms (Jabar, NTT, DKI, Kepri, …) are aliases.
 *
 * Scores, in [0, 1], higher is better:
 * - own match: exact 1, spacing differs 0.995, province alias ("Jabar") 0.99, old spelling 0.8,
 *   fuzzy at most 0.78 (falling with the edits), so an exact name of any level always outranks
 *   a fuzzy one;
 * - level: with no level word, higher levels come first (provinsi 1, kabupaten/kota 0.98,
 *   kecamatan 0.96, desa/kelurahan 0.94) so "Pagar Alam" gives Kota Pagar Alam before the three
 *   villages of that name; with a level word, the announced level weighs 1, kelurahan for desa
 *   (or back) 0.95, kota for kabupaten (or back) 0.9, anything else 0.8, each with a note;
 * - chain: the finest part (by level word, else by its best match) is the place, every other
 *   part is context (at most six parts are read); the score is
 *   (own + 0.5 × Σ context) / (1 + 0.5 × context parts), where a context part earns its own
 *   match when one of its regions strictly contains the place, half when it names the wrong
 *   level of the right area ("Kabupaten Kalianda": Kalianda is a kecamatan of Kabupaten Lampung
 *   Selatan), and nothing otherwise ("parent ignored"): a wrong parent lowers the score and adds
 *   a note, never drops the candidate. A part that names no region at all (a street, "RT 02")
 *   only adds a note.
 *   Inside every region the context names, the place is searched again with one more edit
 *   allowed and partial whole-word names accepted. When the place itself is not found, the next
 *   finest part is resolved, with a note.
 *
 * Notes are short English sentences for the UI to translate.
 */
export { loadRegions, createRegionIndex } from './region-index.ts';
export { buildRegionStore } from './region-store.builder.ts';
export { readRegionSources } from './region-data.loader.ts';
export { toDottedCode, levelOfCode, parentCodeOf } from './region-code.ts';
export {
  normaliseRegionName,
  compactRegionName,
  stripLevelPrefix,
} from './region-name.normaliser.ts';
export { REGION_LEVELS } from './region.types.ts';
export type {
  FindOptions,
  MentionPart,
  Region,
  RegionCandidate,
  RegionCounts,
  RegionIndex,
  RegionLevel,
  RegionRef,
} from './region.types.ts';
