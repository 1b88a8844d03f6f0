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
    /\b(?:tunda|menunda|ditunda|penundaan)\s+keberangkatan\b/giu,
    /\bcalon\s+(?:pmi|pekerja migran|tki)\b/giu,
    /\bjalur\s+tikus\b/giu,
    /\b(?:bp2mi|bp3mi|kp2mi|p4mi)\b/giu,
    /\bbekerja\s+(?:secara\s+)?ilegal\b/giu,
  ],
  ONLINE_SCAM: [
    /\bonline\s+scam(?:ming)?\b/giu,
    /\bscam(?:mer|mers)?\b/giu,
    /\bpenipuan\s+(?:daring|online|investasi online|siber)\b/giu,
    /\bjudi\s+(?:online|daring)\b/giu,
    /\blove\s+scam(?:ming)?\b/giu,
    /\b(?:kk park|shwe kokko|bavet|sihanoukville|myawaddy|poipet)\b/giu,
    /\bkamboja\b/giu,
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
  KERJA_PAKSA: [
    /\bkerja\s+paksa\b/giu,
    /\b(?:dipaksa|terpaksa)\s+bekerja\b(?!\s+(?:sebagai\s+)?(?:scammer|operator|penipu))/giu,
    /\bgaji(?:nya)?\s+tidak\s+(?:dibayar|dibayarkan)\b/giu,
    /\btidak\s+(?:digaji|dibayar)\b/giu,
    /\bjerat(?:an)?\s+utang\b/giu,
    /\bdisekap\b/giu,
    /\bpekerja\s+rumah\s+tangga\b/giu,
    /\basisten\s+rumah\s+tangga\b/giu,
  ],
  EKSPLOITASI_ANAK: [
    /\beksploitasi\s+anak\b/giu,
    /\bpekerja\s+anak\b/giu,
    /\bperdagangan\s+anak\b/giu,
    /\b(?:anak|korban|remaja)\s+(?:yang\s+masih\s+)?di\s+bawah\s+umur\b/giu,
    /\bmasih\s+di\s+bawah\s+umur\b/giu,
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

/** Types whose match is absorbed by a more specific type found in the same text. */
const ABSORBED_BY: Partial<Record<TppoTypeCode, TppoTypeCode>> = {
  // "Perbudakan" on a fishing vessel is the fishing-crew form, not another one.
  PERBUDAKAN_LAINNYA: 'ABK_PERIKANAN',
};

/** Types the text of an article, with evidence; UMUM when no specific trigger is found. */
export function classifyTypes(text: string): TypeHit[] {
  const found = new Map<TppoTypeCode, string[]>();
  for (const code of TPPO_TYPE_CODES) {
    const patterns = TRIGGERS[code];
    if (!patterns) continue;
    const evidence: string[] = [];
    const seen = new Set<string>();
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const key = match[0].toLowerCase().replace(/\s+/g, ' ');
        if (!seen.has(key)) {
          seen.add(key);
          evidence.push(match[0].replace(/\s+/g, ' '));
        }
      }
    }
    if (evidence.length > 0) found.set(code, evidence);
  }
  for (const [code, by] of Object.entries(ABSORBED_BY) as [TppoTypeCode, TppoTypeCode][]) {
    const absorbed = found.get(code);
    const target = found.get(by);
    if (absorbed && target) {
      target.push(...absorbed);
      found.delete(code);
    }
  }
  if (found.size === 0) return [{ code: 'UMUM', evidence: [] }];
  return TPPO_TYPE_CODES.filter((code) => found.has(code)).map((code) => ({
    code,
    evidence: found.get(code) ?? [],
  }));
}
