/**
 * Phonetic keys for single name tokens. Old and new Indonesian spellings of one sound share a key
 * (Van Ophuijsen oe→u; the 1972 EYD dj→j, tj→c, nj→ny, sj→sy, ch→kh, j→y), so Djoko, Tjahjono,
 * Jusuf and Soeharto key like Joko, Cahyono, Yusuf and Suharto; ty keys as c, because an old tj
 * may stand for either (Aditja = Aditya). Both sides of a comparison are
 * keyed the same way, so a fold may merge two spellings without harm as long as it is applied
 * consistently.
 */

/** The key every spelling and abbreviation of Muhammad receives. */
export const MUHAMMAD_KEY = 'muhammad';

/** Abbreviations of Muhammad written as tokens (M., Moh., Moch., Muh., Mohd., ...). */
const MUHAMMAD_ABBREVIATIONS = new Set([
  'm',
  'md',
  'mhd',
  'mhmd',
  'moh',
  'mohd',
  'moch',
  'mochd',
  'much',
  'muh',
  'muhd',
  'moeh',
  'moech',
  'mok',
  'mukh',
]);

/** Full spellings after folding: mu/mo, single or double m, optional h/kh/ch, a/e/u, final d or t. */
const MUHAMMAD_FOLDED = /^m[uo]h?am?m[aeu][dt]$/;

/**
 * Chinese-Indonesian surname spellings (Dutch-era Hokkien, pinyin and later forms) that name one
 * family name; each group keys to its first member.
 */
const CHINESE_GROUPS: readonly (readonly string[])[] = [
  ['lim', 'liem', 'lin'],
  ['oei', 'oey', 'wee', 'ui', 'huang', 'wie'],
  ['tan', 'chen', 'tjhin'],
  ['tjan', 'chan', 'tjhan', 'can'],
  ['kwee', 'kwik', 'kwek', 'kwe', 'que', 'kuo', 'guo'],
  ['go', 'goh', 'wu', 'gouw'],
  ['njoo', 'nyoo', 'yang'],
  ['lie', 'lee', 'li'],
  ['liong', 'leong', 'liang'],
  ['tio', 'thio', 'tjio', 'zhang', 'chang'],
  ['sie', 'sia', 'xie'],
  ['ong', 'wang'],
  ['the', 'tee', 'teh', 'zheng'],
];

const CHINESE_KEY = new Map<string, string>();
for (const group of CHINESE_GROUPS) {
  const head = group[0] ?? '';
  for (const spelling of group) CHINESE_KEY.set(spelling, `${head}#`);
}

/** Legal forms and generic words of organisation names: kept, but weighted as weak tokens. */
const ORGANISATION_FORMS = new Set([
  'pt',
  'cv',
  'ud',
  'tbk',
  'persero',
  'yayasan',
  'koperasi',
  'lpk',
  'pjtki',
  'p3mi',
  'ppmi',
  'perusahaan',
  'firma',
  'fa',
  'sdn',
  'bhd',
  'ltd',
  'co',
  'inc',
  'llc',
  'agency',
  'agensi',
  'group',
]);

/** Ordered rewrites applied to a lower-case ASCII token; earlier rules feed later ones. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/oe/g, 'u'], // Van Ophuijsen: Soeharto → Suharto
  [/dj/g, 'j'], // EYD: Djoko → Joko (now a new-spelling j; the j/y merge below keys it)
  [/tj/g, 'c'], // EYD: Tjahjono → Cahjono
  [/sj/g, 'sy'], // EYD: Sjahrir → Syahrir
  [/sh/g, 'sy'], // Arabic sh is written sy or sh: Shinta / Syinta
  [/nj/g, 'ny'], // EYD: Njoman → Nyoman
  [/j/g, 'y'], // old j is new y (Jusuf → Yusuf); merging j and y keeps Djoko = Joko too
  // Old tj is read as c (Tjahjono) but was also t + j (Aditja = Aditya): merge ty with c.
  [/ty/g, 'c'],
  [/[ck]h/g, 'h'], // EYD ch→kh, and kh is itself written h: Rachmat, Rakhmat, Rahmat
  [/ph/g, 'f'],
  [/v/g, 'f'], // Novi / Nofi, Vitri / Fitri
  [/q/g, 'k'], // Taufiq / Taufik
  [/x/g, 'ks'],
  [/th/g, 't'], // Thalib / Talib
  [/dh/g, 'd'], // Ridho / Rido
  [/ck/g, 'k'],
  [/ou/g, 'u'],
  [/(.)\1+/g, '$1'], // doubled letters: Hassan / Hasan, Abdullah / Abdulah
];

/**
 * Returns the phonetic key of one lower-case ASCII name token. Chinese surname spellings map to a
 * group key ending in `#`, every form of Muhammad to {@link MUHAMMAD_KEY}.
 *
 * @example phoneticKey('tjahjono') === phoneticKey('cahyono') // 'cahyono'
 */
export function phoneticKey(token: string): string {
  const cached = KEY_CACHE.get(token);
  if (cached !== undefined) return cached;
  const key = computeKey(token);
  // Name tokens follow a steep frequency curve: a bounded memo catches most of them.
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(token, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function computeKey(token: string): string {
  const chinese = CHINESE_KEY.get(token);
  if (chinese !== undefined) return chinese;
  if (MUHAMMAD_ABBREVIATIONS.has(token)) return MUHAMMAD_KEY;
  let key = token;
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  // A final h after a vowel is often dropped in writing: Fatimah / Fatima, Aminah / Amina.
  if (key.length > 3 && /[aiueo]h$/.test(key)) key = key.slice(0, -1);
  if (MUHAMMAD_FOLDED.test(key)) return MUHAMMAD_KEY;
  return key;
}

/** Keys of the organisation forms, computed once the rewrite rules exist. */
const ORGANISATION_KEYS = new Set([...ORGANISATION_FORMS].map((form) => phoneticKey(form)));

/** Tells whether a key carries little identity on its own (Muhammad, organisation legal forms). */
export function isWeakKey(key: string): boolean {
  return key === MUHAMMAD_KEY || ORGANISATION_KEYS.has(key);
}
