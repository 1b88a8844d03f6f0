/**
 * Numbers that matter in a TPPO report: victims, suspects, passports, persons repatriated,
 * Desa Binaan counts and money in rupiah (with "juta"/"miliar"). Outlets often disagree on
 * them, so they are both grouping evidence and the source of event conflicts.
 */
import type { NumberFact, NumberKind } from './news.types.ts';

const UNITS: Record<string, number> = {
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

const WORD_NUMBER = String.raw`(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:puluh|belas|ratus)(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?|sepuluh|sebelas|seratus|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)`;
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+|${WORD_NUMBER})`;

/** Parses a digit string ("1.200") or Indonesian number words ("dua puluh lima") up to 999. */
export function parseIndonesianNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  const special: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100 };
  if (special[text] !== undefined) return special[text];
  const words = text.split(/\s+/);
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const unit = UNITS[words[i] ?? ''];
    if (unit === undefined) return null;
    const next = words[i + 1];
    if (next === 'puluh') total += unit * 10;
    else if (next === 'belas') total += unit + 10;
    else if (next === 'ratus') total += unit * 100;
    else {
      total += unit;
      continue;
    }
    i++;
  }
  return total;
}

/** Parses "1,5" or "15.000.000" as written in Indonesian (comma decimals, dot thousands). */
function parseAmount(raw: string): number {
  return Number(raw.replace(/\./g, '').replace(',', '.'));
}

const MULTIPLIERS: Record<string, number> = {
  ribu: 1e3,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
};

const RULES: readonly { kind: NumberKind; unit: string; regex: RegExp }[] = [
  {
    kind: 'dipulangkan',
    unit: 'orang',
    regex: new RegExp(
      String.raw`\b(?:memulangkan|dipulangkan|pemulangan|mendeportasi|dideportasi|repatriasi|mengevakuasi|dievakuasi)\s+(?:sebanyak\s+|terhadap\s+)?${NUM}\s+(?:orang|WNI|PMI|korban|warga)`,
      'giu',
    ),
  },
  {
    kind: 'dipulangkan',
    unit: 'orang',
    regex: new RegExp(
      String.raw`\b${NUM}\s+(?:orang\s+)?(?:WNI|PMI|korban|warga)?\s*(?:yang\s+)?(?:telah\s+|berhasil\s+)?(?:dipulangkan|dideportasi|dievakuasi)`,
      'giu',
    ),
  },
  {
    kind: 'korban',
    unit: 'orang',
    regex: new RegExp(
      String.raw`\b${NUM}\s+(?:orang\s+)?korban\b|\bkorban\s+(?:sebanyak|berjumlah|mencapai)\s+${NUM}\b|\b(?:menyelamatkan|diselamatkan)\s+(?:sebanyak\s+)?${NUM}\s+(?:orang|WNI|PMI|calon|perempuan|anak|korban)`,
      'giu',
    ),
  },
  {
    kind: 'tersangka',
    unit: 'orang',
    regex: new RegExp(
      String.raw`\b${NUM}\s+(?:orang\s+)?tersangka\b|\btersangka\s+(?:sebanyak|berjumlah)\s+${NUM}\b`,
      'giu',
    ),
  },
  {
    kind: 'paspor',
    unit: 'paspor',
    regex: new RegExp(
      String.raw`\b${NUM}\s+(?:buah\s+|lembar\s+|permohonan\s+|pemohon\s+|dokumen\s+)?paspor\b|\bpaspor\s+(?:sebanyak|berjumlah)\s+${NUM}\b|\b${NUM}\s+(?:orang\s+)?pemohon\b`,
      'giu',
    ),
  },
  {
    kind: 'desa_binaan',
    unit: 'desa',
    regex: new RegExp(String.raw`\b${NUM}\s+Desa\s+Binaan\b`, 'giu'),
  },
  {
    kind: 'orang',
    unit: 'orang',
    regex: new RegExp(
      String.raw`\b${NUM}\s+(?:orang\s+)?(?:calon\s+PMI|CPMI|PMI|WNI|pekerja\s+migran|TKI)\b`,
      'giu',
    ),
  },
];

const RUPIAH =
  /\bRp\.?\s?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(ribu|juta|miliar|milyar|triliun)\b)?|\b(\d+(?:,\d+)?)\s*(ribu|juta|miliar|milyar|triliun)\s+rupiah\b/giu;

/** Extracts the numbers that matter, each once per kind and value, in text order. */
export function extractNumbers(text: string): NumberFact[] {
  const out: (NumberFact & { start: number; end: number })[] = [];
  const taken = (start: number, end: number): boolean =>
    out.some((n) => start < n.end && n.start < end);
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.regex)) {
      const raw = match.slice(1).find((group) => group !== undefined);
      const value = raw === undefined ? null : parseIndonesianNumber(raw);
      const end = match.index + match[0].length;
      if (value === null || value === 0 || taken(match.index, end)) continue;
      out.push({
        kind: rule.kind,
        value,
        unit: rule.unit,
        text: match[0].trim(),
        start: match.index,
        end,
      });
    }
  }
  for (const match of text.matchAll(RUPIAH)) {
    const amount = match[1] ?? match[3];
    const scale = (match[2] ?? match[4] ?? '').toLowerCase();
    if (!amount) continue;
    const value = Math.round(parseAmount(amount) * (MULTIPLIERS[scale] ?? 1));
    if (value > 0) {
      out.push({
        kind: 'rupiah',
        value,
        unit: 'rupiah',
        text: match[0].trim(),
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.start - b.start)
    .filter((n) => {
      const key = `${n.kind}:${n.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ start: _start, end: _end, ...fact }) => fact);
}
