/**
 * The Indonesian line-level boilerplate filter (reference news.md §4). It runs after Readability
 * and directly on plain text, before any extraction: related-link lines carry places, names and
 * trigger words of other stories, and would otherwise leak into this article's facts.
 */
import { countGarbled, repairMojibake, stripGarbled } from './mojibake.repair.ts';

/** What the filter took out of the body but keeps as metadata. */
export interface FilteredText {
  lines: string[];
  bylines: string[];
  sources: string[];
  linkedTitles: string[];
  removed: { line: string; reason: string }[];
}

/** Whole-line rules: a line matching one of them is dropped (reason names the class). */
const DROP_RULES: { reason: string; pattern: RegExp }[] = [
  { reason: 'related', pattern: /^\s*baca\s+juga\b/i },
  { reason: 'related', pattern: /^\s*(read more|lihat juga|simak juga|artikel terkait)\s*:/i },
  {
    reason: 'related',
    pattern:
      /^\s*(berita terkait|berita terkini|terpopuler|populer|mungkin kamu suka|rekomendasi)\s*:?\s*$/i,
  },
  { reason: 'channel', pattern: /cek berita dan artikel (yang )?lain(nya)? di google news/i },
  { reason: 'channel', pattern: /baca berita lainnya di google news/i },
  { reason: 'channel', pattern: /silakan baca konten menarik lainnya dari .* di google news/i },
  {
    reason: 'channel',
    pattern: /^\s*(ikuti|gabung|follow)\b.{0,80}\b(saluran|channel)\s+whats\s?app/i,
  },
  { reason: 'channel', pattern: /^\s*(ikuti|follow)\b.{0,60}\bgoogle news\b/i },
  { reason: 'channel', pattern: /hadir di whats\s?app channel/i },
  { reason: 'channel', pattern: /^\s*baca berita dengan sedikit iklan/i },
  {
    reason: 'ad',
    pattern:
      /^\s*(advertisement|iklan|scroll to continue( with content)?|scroll untuk melanjutkan)\s*$/i,
  },
  {
    reason: 'ui',
    pattern:
      /^\s*(bagikan|share|follow|youtube|kategori\s*:.*|tags?\s*:.*|komentar|cetak|print|salin tautan)\s*$/i,
  },
  {
    reason: 'ui',
    pattern:
      /^\s*(sosmed-\S+|copy-link-circle|more-vertical|zoom-in-white|konten dari pengguna)\s*$/i,
  },
  { reason: 'ui', pattern: /^\s*waktu baca \d+ menit\s*$/i },
  { reason: 'editor_code', pattern: /^\s*\(\s*[a-z]{2,4}(\s*\/\s*[a-z]{2,4})*\s*\)\s*$/i },
  { reason: 'photo', pattern: /^\s*\(?\s*(foto|dok\.?|dokumentasi|ilustrasi)\s*[:.]/i },
  { reason: 'photo', pattern: /^\s*(ilustrasi|foto)\b[^.]{0,100}$/i },
  { reason: 'separator', pattern: /^\s*([-–—_=*~•·.]\s*){2,}$/ },
];

/** Credit lines that leave the body but become the byline. */
const BYLINE =
  /^\s*(penulis|editor|reporter|pewarta|kontributor|redaktur|laporan wartawan|laporan)\s*:\s*(.*)$/i;

/** "Sumber: ..." is provenance, kept as metadata. */
const SOURCE = /^\s*sumber\s*:\s*(.*)$/i;

/** "Baca: <title>" may link to the same event: keep its target. */
const BACA_LINK = /^\s*baca\s*:\s*(.*)$/i;

/** Inline photo credits and trailing editor codes or end marks inside a body line. */
const INLINE_PHOTO = /\s*\((foto|dok\.?|ilustrasi)\s*:[^)]*\)\s*/gi;
const TRAILING_CODE = /\s+\(\s*[a-z]{2,4}(\s*\/\s*[a-z]{2,4})+\s*\)\s*$/i;
const TRAILING_END_MARK = /\s*(\*{3,}|\(\s*\*{3}\s*\)|\[\s*\*{3}\s*\])\s*$/;

/** Normalises a line for duplicate and headline comparison. */
function comparable(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cleans one line: mojibake, spacing, inline credits; returns '' when nothing is left. */
function tidyLine(raw: string): { line: string; garbled: boolean } {
  let line = repairMojibake(raw)
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
  line = line.replace(INLINE_PHOTO, ' ').replace(/ {2,}/g, ' ').trim();
  const garbledChars = countGarbled(line);
  if (garbledChars > 0) {
    // A few stray bytes in a real sentence are removed; a line that is mostly noise goes.
    if (garbledChars / Math.max(line.length, 1) > 0.05) return { line: '', garbled: true };
    line = stripGarbled(line);
  }
  // Strip end marks and editor codes until none is left, so a second pass changes nothing.
  for (let previous = ''; previous !== line;) {
    previous = line;
    line = line.replace(TRAILING_END_MARK, '').replace(TRAILING_CODE, '').trim();
  }
  return { line, garbled: false };
}

/**
 * Splits text into body lines and removes boilerplate; `title` (when known) lets repeated
 * headlines be recognised. Idempotent: filtering the kept lines again keeps them all.
 */
export function filterBoilerplate(text: string, title: string | null = null): FilteredText {
  const out: FilteredText = { lines: [], bylines: [], sources: [], linkedTitles: [], removed: [] };
  const titleKey = title ? comparable(repairMojibake(title)) : '';
  let previousKey = '';
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (raw.trim() === '') continue;
    const { line, garbled } = tidyLine(raw);
    if (garbled) {
      out.removed.push({ line: raw, reason: 'mojibake' });
      continue;
    }
    if (line === '') {
      // Only an inline credit or an end mark was on the line.
      out.removed.push({
        line: raw,
        reason: /\((?:foto|dok|ilustrasi)/i.test(raw) ? 'photo' : 'separator',
      });
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && line.length < 120) {
      if (byline[2]) out.bylines.push(byline[2].trim());
      out.removed.push({ line: raw, reason: 'byline' });
      continue;
    }
    const source = SOURCE.exec(line);
    if (source && line.length < 160) {
      if (source[1]) out.sources.push(source[1].trim());
      out.removed.push({ line: raw, reason: 'source' });
      continue;
    }
    const link = BACA_LINK.exec(line);
    if (link) {
      if (link[1]) out.linkedTitles.push(link[1].trim());
      out.removed.push({ line: raw, reason: 'related' });
      continue;
    }
    const rule = DROP_RULES.find((r) => r.pattern.test(line));
    if (rule) {
      out.removed.push({ line: raw, reason: rule.reason });
      continue;
    }
    const key = comparable(line);
    if (key === '') {
      out.removed.push({ line: raw, reason: 'separator' });
      continue;
    }
    if (key === previousKey || (titleKey !== '' && key === titleKey)) {
      out.removed.push({ line: raw, reason: 'repeated' });
      continue;
    }
    previousKey = key;
    out.lines.push(line);
  }
  return out;
}
