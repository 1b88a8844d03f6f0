/**
 * Rules-first, multi-label TPPO typing of an article (lexicon of reference news.md §7, plus our
 * additions). Surface-form regexes, not stems: the stemmer mangles "penundaan".
 */
import type { TppoTypeCode } from '../domain/tppo.ts';
import { TPPO_TYPE_CODES } from '../domain/tppo.ts';
import type { TypeHit } from './news.types.ts';

/** Trigger patterns per type; each match is kept as evidence. */
const TRIGGERS: Partial<Record<TppoTypeCode, RegExp[]>> = {
  PMI_NONPROSEDURAL: [
    /\bnon[\s-]?prosedural\b/giu,
    /\b(?:pmi|tki|tkw|pekerja migran(?: indonesia)?|tenaga kerja(?: indonesia)?|buruh migran)\s+(?:ilegal|illegal|tidak resmi|unprosedural)\b/giu,
    /\bpenundaan\s+(?:penerbitan\s+|permohonan\s+)?paspor\b/giu,
    /\b(?:tunda|menunda|ditunda|penundaan)\s+keberangkatan(?:nya)?\b/giu,
    /\bcalon\s+(?:pmi|pekerja migran|tki)\b/giu,
    /\bjalur\s+(?:tikus|tidak\s+resmi|ilegal)\b/giu,
    /\bbekerja\s+(?:secara\s+)?ilegal\b/giu,
    // The procedure itself named as missing: the README's own test for this label.
    /\b(?:tanpa|tidak\s+(?:melalui|sesuai|lewat))\s+(?:melalui\s+)?prosedur(?:\s+(?:resmi|yang\s+sah))?\b/giu,
    /\b(?:tanpa|tidak\s+(?:punya|memiliki|mengantongi))\s+(?:visa\s+kerja|perjanjian\s+kerja(?:\s+laut)?|izin\s+(?:kerja|penempatan))\b/giu,
    /\b(?:penyalur|perusahaan|agen|agensi|p3mi|pptkis)\s+(?:\p{L}+\s+){0,3}?(?:yang\s+)?(?:tidak|tanpa)\s+(?:berizin|izin|memiliki\s+izin)\b/giu,
    /\b(?:diberangkatkan|berangkat|diseberangkan|dikirim|diselundupkan)\s+secara\s+(?:ilegal|nonprosedural|non[\s-]prosedural|tidak\s+resmi)\b/giu,
    // Safe-migration counselling exists to prevent non-procedural departures.
    /\bmigrasi\s+(?:yang\s+)?aman\b/giu,
  ],
  ONLINE_SCAM: [
    /\bonline\s+scam(?:ming)?\b/giu,
    /\bscam(?:mer|mers)?\b/giu,
    /\bpenipuan\s+(?:daring|online|investasi online|siber)\b/giu,
    /\bjudi\s+(?:online|daring)\b/giu,
    /\blove\s+scam(?:ming)?\b/giu,
    /\b(?:kk park|shwe kokko|bavet|sihanoukville|myawaddy|poipet)\b/giu,
    /\boperator\s+(?:judi|penipuan|scam|investasi)\b/giu,
  ],
  PENJUALAN_ORGAN: [
    /\bginjal\b/giu,
    /\borgan\s+tubuh\b/giu,
    /\b(?:jual beli|penjualan|perdagangan)\s+organ\b/giu,
    /\btransplantasi\b/giu,
    /\bpendonor\b/giu,
  ],
  PENJUALAN_BAYI: [
    /\b(?:perdagangan|penjualan|jual[\s-]?beli|menjual|dijual|memperjualbelikan)\s+bayi\b/giu,
    /\badopsi\s+(?:ilegal|bayi|anak)\b/giu,
    /\bdari\s+(?:dalam\s+)?kandungan\b/giu,
    /\bbayi\s+tabung\b/giu,
    /\bsewa\s+rahim\b/giu,
    /\bibu\s+pengganti\b/giu,
    /\bsurogasi\b/giu,
  ],
  KAWIN_KONTRAK: [
    /\b(?:kawin|nikah|pernikahan|perkawinan)\s+(?:kontrak|mut'?ah|pesanan)\b/giu,
    /\bamil\s+bodong\b/giu,
    /\bpengantin\s+pesanan\b/giu,
    /\b(?:dinikahkan|dikawinkan)\s+dengan\s+(?:pria|warga negara|wna)\b/giu,
  ],
  EKSPLOITASI_SEKSUAL: [
    /\beksploitasi\s+seksual\b/giu,
    /\bprostitusi\b/giu,
    /\bpelacuran\b/giu,
    /\bpsk\b/giu,
    /\bpekerja\s+seks(?:\s+komersial)?\b/giu,
    /\bmu[n]?cikari\b/giu,
    /\bmichat\b/giu,
    /\blayanan\s+(?:seks|esek-esek)\b/giu,
    /\bkekerasan\s+seksual\b/giu,
  ],
  ABK_PERIKANAN: [
    /\babk\b/giu,
    /\banak\s+buah\s+kapal\b/giu,
    /\bawak\s+kapal(?:\s+perikanan)?\b/giu,
    /\bkapal\s+(?:ikan|penangkap ikan|pencari ikan)(?:\s+asing)?\b/giu,
    /\btranship?ment\b/giu,
  ],
  // A domestic-worker job title is a destination, not exploitation: no trigger on it alone.
  KERJA_PAKSA: [
    /\bkerja\s+paksa\b/giu,
    /\b(?:dipaksa|terpaksa)\s+bekerja\b(?!\s+(?:sebagai\s+)?(?:scammer|operator|penipu))/giu,
    /\bgaji(?:nya)?\s+tidak\s+(?:dibayar|dibayarkan)\b/giu,
    /\btidak\s+(?:digaji|dibayar)\b/giu,
    /\bjerat(?:an)?\s+utang\b/giu,
    /\bdisekap\b/giu,
  ],
  EKSPLOITASI_ANAK: [
    /\beksploitasi\s+anak\b/giu,
    /\bpekerja\s+anak\b/giu,
    /\bperdagangan\s+anak\b/giu,
    /\b(?:anak|korban|remaja)\s+(?:yang\s+masih\s+)?di\s+bawah\s+umur\b/giu,
    /\bmasih\s+di\s+bawah\s+umur\b/giu,
    /\b(?:korban|masih)\s+anak(?:-anak)?\b/giu,
    /\b(?:uu|undang-undang)\s+perlindungan\s+anak\b/giu,
    // People whose stated age is under 18 are children in law (UU 35/2014), whatever the text calls them.
    /\b(?:masih\s+)?berusia\s+(?:1[0-7]|[1-9])(?:\s*(?:dan|hingga|sampai|[-–])\s*(?:1[0-7]|[1-9]))?\s+tahun\b/giu,
    // A counted group of children ("tujuh anak asal NTT"); not crew, youths or someone's own children.
    /(?<!\b(?:ibu|ayah|bapak|punya|memiliki|mempunyai|beranak)\s+)\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))\s+anak(?:-anak)?\b(?!\s+(?:buah|muda|perusahaan|usaha|kandung|sulung|bungsu|kembar|mereka|saya|kami|nya)\b)/giu,
  ],
  PERBUDAKAN_LAINNYA: [/\bperbudakan(?:\s+modern)?\b/giu, /\bdiperbudak\b/giu],
  LAINNYA: [/\b(?:dipaksa|eksploitasi)\s+(?:untuk\s+)?mengemis\b/giu, /\bpengemis\s+paksa\b/giu],
  PROGRAM_PENCEGAHAN: [
    /\bdesa\s+binaan(?:\s+imigrasi)?\b/giu,
    /\bpimpasa\b/giu,
    /\bpetugas\s+imigrasi\s+pembina\s+desa\b/giu,
    /\bsosialisasi\b/giu,
    /\btimpora\b/giu,
    /\bpenyuluhan\b/giu,
  ],
};

/**
 * Words that name a place or an agency rather than a form: they add evidence to a type found by
 * other triggers but never make it alone (a BP3MI officer at a scam victims' return, a kidney
 * sold in a Phnom Penh hospital).
 */
const WEAK: Partial<Record<TppoTypeCode, RegExp[]>> = {
  PMI_NONPROSEDURAL: [/\b(?:bp2mi|bp3mi|kp2mi|p4mi)\b/giu],
  ONLINE_SCAM: [/\bkamboja\b/giu],
};

/**
 * Passport postponement stands for suspected non-procedural work unless the text names another
 * form (a postponed bride is a contract-marriage case): it is the commonest ground for it.
 */
const FALLBACK: Partial<Record<TppoTypeCode, RegExp[]>> = {
  PMI_NONPROSEDURAL: [
    /\b(?:menunda|ditunda|tunda|menangguhkan|ditangguhkan)\s+(?:\p{L}+\s+|\d+\s+){0,2}?(?:permohonan\s+)?paspor\b/giu,
    /\bpaspor(?:nya)?\s+(?:\p{L}+\s+){0,2}?(?:ditunda|ditangguhkan)\b/giu,
  ],
};

/** Codes that do not explain a postponement: programmes and the risk category itself. */
const NOT_A_FORM = new Set<TppoTypeCode>(['PMI_NONPROSEDURAL', 'PROGRAM_PENCEGAHAN', 'UMUM']);

/** Types whose match is absorbed by a more specific type found in the same text. */
const ABSORBED_BY: readonly (readonly [TppoTypeCode, TppoTypeCode])[] = [
  // "Perbudakan" on a fishing vessel is the fishing-crew form, not another one.
  ['PERBUDAKAN_LAINNYA', 'ABK_PERIKANAN'],
  // Unpaid, forced work at sea is what the fishing-crew form means.
  ['KERJA_PAKSA', 'ABK_PERIKANAN'],
  // A bride made to work for the husband's family is the contract-marriage form's exploitation.
  ['KERJA_PAKSA', 'KAWIN_KONTRAK'],
];

/** Collects the distinct matches of patterns in a text, in order. */
function collectEvidence(text: string, patterns: readonly RegExp[], into: string[]): void {
  const seen = new Set(into.map((e) => e.toLowerCase()));
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const written = match[0].replace(/\s+/g, ' ');
      const key = written.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        into.push(written);
      }
    }
  }
}

/** Types the text of an article, with evidence; UMUM when no specific trigger is found. */
export function classifyTypes(text: string): TypeHit[] {
  const found = new Map<TppoTypeCode, string[]>();
  for (const code of TPPO_TYPE_CODES) {
    const evidence: string[] = [];
    collectEvidence(text, TRIGGERS[code] ?? [], evidence);
    if (evidence.length > 0) found.set(code, evidence);
  }
  for (const [code, by] of ABSORBED_BY) {
    const absorbed = found.get(code);
    const target = found.get(by);
    if (absorbed && target) {
      target.push(...absorbed);
      found.delete(code);
    }
  }
  const explained = [...found.keys()].some((code) => !NOT_A_FORM.has(code));
  for (const [code, patterns] of Object.entries(FALLBACK) as [TppoTypeCode, RegExp[]][]) {
    if (explained && !found.has(code)) continue;
    const evidence = found.get(code) ?? [];
    collectEvidence(text, patterns, evidence);
    if (evidence.length > 0) found.set(code, evidence);
  }
  for (const [code, patterns] of Object.entries(WEAK) as [TppoTypeCode, RegExp[]][]) {
    const evidence = found.get(code);
    if (evidence) collectEvidence(text, patterns, evidence);
  }
  if (found.size === 0) return [{ code: 'UMUM', evidence: [] }];
  return TPPO_TYPE_CODES.filter((code) => found.has(code)).map((code) => ({
    code,
    evidence: found.get(code) ?? [],
  }));
}
