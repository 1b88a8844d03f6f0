import { isWeakKey, phoneticKey } from './name-phonetic.ts';

/**
 * Turns a written Indonesian name into comparable tokens: case, accents, apostrophes and
 * punctuation removed; titles and honorifics dropped (H., Hj., Drs., Bapak, "Ahmad, S.H.");
 * bin/binti kept as a marker whose following tokens are the father's name.
 */

/** One token of a normalised name. */
export interface NameToken {
  /** Lower-case ASCII form as written (after folding accents and dropping punctuation). */
  text: string;
  /** Phonetic key shared by old and new spellings of the token. */
  key: string;
  /** Carries little identity alone (Muhammad family, organisation legal forms, initials). */
  weak: boolean;
  /** Stands after bin/binti: part of the father's name. */
  patronymic: boolean;
}

/** Honorifics, religious and academic titles written before a name. */
const LEADING_TITLES = new Set([
  'h',
  'hj',
  'haji',
  'hajah',
  'hajjah',
  'drs',
  'dra',
  'ir',
  'dr',
  'drg',
  'prof',
  'bapak',
  'bpk',
  'bp',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'tn',
  'tuan',
  'ny',
  'nyonya',
  'nn',
  'nona',
  'kh',
  'kyai',
  'kiai',
  'ust',
  'ustadz',
  'ustaz',
  'ustadzah',
  'ustazah',
  'ns',
  'apt',
  'almarhum',
  'alm',
  'almh',
]);

/** Degree abbreviations that are sometimes written without dots after a comma. */
const BARE_DEGREES = new Set([
  'sh',
  'se',
  'st',
  'ss',
  'mm',
  'mh',
  'mba',
  'msc',
  'ma',
  'phd',
  'lc',
  'amd',
  'spd',
  'skom',
  'sag',
  'ssos',
  'sip',
  'skep',
  'skm',
  'msi',
  'mpd',
  'mkes',
  'ked',
]);

/** Markers after which the father's name follows. */
const PATRONYMIC_MARKERS = new Set(['bin', 'binti', 'bintu', 'binte', 'bte', 'ibnu', 'ibn']);

/** A degree written with dots: S.H., S.Pd., M.M., A.Md., Ph.D., S.I.Kom. */
const DOTTED_DEGREE = /^(?:[a-z]{1,4}\.){1,3}[a-z]{0,5}\.?$/;

const APOSTROPHES = /['\u2018\u2019\u02bc\u02bb`\u00b4]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds case and accents and drops apostrophes (Ma'ruf → maruf), keeping dots and commas. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\u00df/g, 'ss')
    .replace(/[\u00f8]/g, 'o')
    .replace(/[\u00e6]/g, 'ae');
}

/**
 * Normalises a person or organisation name into tokens in written order.
 *
 * @example normalizeName('H. Djoko Soesilo, S.H.').map((t) => t.key) // ['yoko', 'susilo']
 */
export function normalizeName(text: string): NameToken[] {
  const segments = foldName(text).split(',');
  const chunks: string[] = [];
  segments.forEach((segment, index) => {
    const parts = segment.split(/[\s\-/&+()[\]{}"|;:_]+/).filter((part) => part !== '');
    // After a comma, a segment made only of degrees ("Ahmad, S.H., M.M.") is a title.
    if (index > 0 && parts.every((part) => isDegree(part))) return;
    chunks.push(...parts);
  });
  const raw: { text: string; dotted: boolean }[] = [];
  let seenName = false;
  for (const chunk of chunks) {
    // A dotted degree after the name ("Ahmad S.Pd.") is a title; before it ("H.M. Yusuf") the
    // dots mark abbreviations (Haji Muhammad) that the title and Muhammad rules handle.
    if (seenName && DOTTED_DEGREE.test(chunk) && chunk.replace(/[^.]/g, '').length >= 2) continue;
    const pieces = chunk.split('.');
    pieces.forEach((piece, i) => {
      const clean = piece.replace(/[^a-z0-9]/g, '');
      if (clean === '') return;
      raw.push({ text: clean, dotted: i < pieces.length - 1 });
      if (!LEADING_TITLES.has(clean)) seenName = true;
    });
  }
  while (raw.length > 1 && LEADING_TITLES.has(raw[0]?.text ?? '')) raw.shift();
  const tokens: NameToken[] = [];
  let patronymic = false;
  raw.forEach((piece, i) => {
    if (PATRONYMIC_MARKERS.has(piece.text) && i > 0 && i < raw.length - 1) {
      patronymic = true;
      return;
    }
    const key = phoneticKey(piece.text);
    tokens.push({
      text: piece.text,
      key,
      weak: isWeakKey(key) || (piece.text.length === 1 && !/\d/.test(piece.text)),
      patronymic,
    });
  });
  return tokens;
}

/** Tells whether a normalised name holds at most one token that identifies on its own. */
export function isSingleWordName(tokens: readonly NameToken[]): boolean {
  return tokens.filter((token) => !token.weak).length <= 1;
}

function isDegree(part: string): boolean {
  return DOTTED_DEGREE.test(part) || BARE_DEGREES.has(part.replace(/\./g, ''));
}
