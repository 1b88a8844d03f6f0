/**
 * Spelling facts used to write names the way Indonesian records write them: the pre-1972 spelling
 * (Van Ophuijsen / Soewandi), Muhammad-family spellings, Hokkien spellings of Chinese surnames,
 * titles and degrees. Written from the public descriptions of the reforms, independent of the engine.
 */
import type { Rng } from './prng.ts';

/** The EYD 1972 reform read backwards: which modern letter groups had which old spelling. */
const OLD_SPELLING_RULES: readonly (readonly [string, string])[] = [
  ['kh', 'ch'],
  ['ny', 'nj'],
  ['sy', 'sj'],
  ['j', 'dj'],
  ['y', 'j'],
  ['c', 'tj'],
  ['u', 'oe'],
];

/**
 * Rewrites a modern-spelling token in old spelling; each rule fires with probability `ruleShare`
 * (real names mix the systems, e.g. "Soekarno" but "Cahyono"). Returns the token unchanged when no rule fits.
 */
export function toOldSpelling(token: string, rng: Rng, ruleShare = 1): string {
  const enabled = OLD_SPELLING_RULES.map(() => rng.chance(ruleShare));
  const lower = token.toLowerCase();
  let out = '';
  let i = 0;
  while (i < lower.length) {
    let matched = false;
    for (let r = 0; r < OLD_SPELLING_RULES.length; r++) {
      const rule = OLD_SPELLING_RULES[r];
      if (!rule || !enabled[r]) continue;
      const [modern, old] = rule;
      // Old j stood for the consonant y only (before a vowel); a final y as in "Rizky" is a modern habit.
      if (modern === 'y' && !'aeiou'.includes(lower[i + 1] ?? '')) continue;
      if (lower.startsWith(modern, i)) {
        out += old;
        i += modern.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += lower[i];
      i += 1;
    }
  }
  return restoreCase(token, out);
}

/** True when a token contains a letter group the old spelling would change. */
export function hasOldSpellingTarget(token: string): boolean {
  return /kh|ny|sy|j|y|c|u/i.test(token);
}

/** Pairs of old and modern spellings, for records already written the old way ("Soeharto" → "Suharto"). */
export function toModernSpelling(token: string): string {
  const lower = token
    .toLowerCase()
    .replace(/oe/g, 'u')
    .replace(/tj/g, 'c')
    .replace(/dj/g, '#')
    .replace(/nj/g, 'ny')
    .replace(/sj/g, 'sy')
    .replace(/j/g, 'y')
    .replace(/#/g, 'j');
  return restoreCase(token, lower);
}

/** True when a token carries a typical old-spelling group. */
export function hasOldSpelling(token: string): boolean {
  return /oe|tj|dj|nj|sj/i.test(token);
}

/** Copies the capitalisation pattern of the original (all caps, or initial capital) onto a rewritten token. */
export function restoreCase(original: string, rewritten: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return rewritten.toUpperCase();
  if (original[0] !== undefined && original[0] === original[0].toUpperCase()) {
    return rewritten.charAt(0).toUpperCase() + rewritten.slice(1);
  }
  return rewritten;
}

/** Spellings and abbreviations of Muhammad that are interchangeable on documents. */
export const MUHAMMAD_FAMILY = [
  'Muhammad',
  'Muhamad',
  'Mohammad',
  'Mohamad',
  'Mochamad',
  'Mochammad',
  'Moehammad',
  'Mohammed',
  'Muhammat',
  'Mukhamad',
  'M.',
  'Moh.',
  'Muh.',
  'Moch.',
  'Mohd.',
  'Much.',
  'M',
];

/** True when a token is a Muhammad-family spelling or abbreviation. */
export function isMuhammadToken(token: string): boolean {
  const t = token.toLowerCase().replace(/\.$/, '');
  return MUHAMMAD_FAMILY.some((m) => m.toLowerCase().replace(/\.$/, '') === t);
}

/** Hokkien surname and syllable spellings that denote the same name (Dutch-era vs later romanisation). */
export const CHINESE_SPELLING_GROUPS: readonly (readonly string[])[] = [
  ['Liem', 'Lim'],
  ['Oei', 'Oey', 'Wee'],
  ['Kwee', 'Kwik', 'Kwek', 'Que'],
  ['Tjan', 'Chan'],
  ['Lie', 'Lee'],
  ['Njoo', 'Nyoo'],
  ['Tjoa', 'Cua', 'Chua'],
  ['The', 'Tee'],
  ['Go', 'Goh'],
  ['Siauw', 'Siau'],
  ['Thio', 'Tio'],
  ['Khoe', 'Khu'],
  ['Liong', 'Leong'],
  ['Tjoen', 'Cun'],
  ['Djien', 'Jien'],
  ['Sioe', 'Siu'],
  ['Hock', 'Hok'],
  ['Tjiang', 'Ciang'],
  ['Tjong', 'Cong'],
  ['Djie', 'Jie'],
  ['Gouw', 'Gow'],
  ['Lauw', 'Lau'],
  ['Kiem', 'Kim'],
];

/** Returns another spelling of a Hokkien token, or null when the token has none. */
export function swapChineseSpelling(token: string, rng: Rng): string | null {
  const lower = token.toLowerCase();
  const group = CHINESE_SPELLING_GROUPS.find((g) => g.some((s) => s.toLowerCase() === lower));
  if (!group) return null;
  const others = group.filter((s) => s.toLowerCase() !== lower);
  return restoreCase(token, rng.pick(others).toLowerCase());
}

/** Religious and academic titles written before a name, with the sex they fit (null = either). */
export const PREFIX_TITLES: readonly (readonly [string, 'L' | 'P' | null])[] = [
  ['H.', 'L'],
  ['Hj.', 'P'],
  ['Haji', 'L'],
  ['Hajjah', 'P'],
  ['Drs.', 'L'],
  ['Dra.', 'P'],
  ['Ir.', null],
  ['dr.', null],
  ['Bapak', 'L'],
  ['Ibu', 'P'],
  ['Bpk.', 'L'],
  ['Prof.', null],
  ['Dr.', null],
  ['Sdr.', 'L'],
  ['Sdri.', 'P'],
];

/** Degree suffixes written after a comma ("Ahmad, S.H."). */
export const DEGREE_SUFFIXES = [
  'S.H.',
  'S.Pd.',
  'S.E.',
  'S.Kom.',
  'S.Sos.',
  'S.T.',
  'S.Kep.',
  'A.Md.',
  'M.Si.',
  'S.Ag.',
  'M.M.',
  'S.IP.',
  'S.Pd.I.',
];

/** Picks a title that fits the sex. */
export function pickPrefixTitle(rng: Rng, sex: 'L' | 'P'): string {
  const fitting = PREFIX_TITLES.filter(([, s]) => s === null || s === sex);
  return rng.pick(fitting)[0];
}

/** Tokens that split off the front of a joined name (Nurhayati → Nur Hayati, Abubakar → Abu Bakar). */
export const SPLITTABLE_PREFIXES = [
  'Nurul',
  'Nur',
  'Sri',
  'Siti',
  'Abdul',
  'Abdur',
  'Abu',
  'Dwi',
  'Tri',
  'Eko',
  'Muh',
  'Ahmad',
  'Dewi',
  'Putri',
  'Rahma',
  'Wahyu',
];
