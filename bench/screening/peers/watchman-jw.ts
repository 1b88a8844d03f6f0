/**
 * Clean-room Jaro-Winkler scoring as Moov Watchman documents it (moov-io/watchman
 * internal/stringscore/jaro_winkler.go and phonetics.go, described in our reference screening.md §3):
 * Winkler boost above 0.7 with a 4-letter prefix, a length-ratio penalty below 0.9, a 0.9 factor when
 * the first letters sit in different phonetic classes, and BestPairsJaroWinkler over tokens with the
 * unmatched-index-token weight 0.15. Written from that description, not from its source.
 */

/** Weight of index-side tokens left unmatched (Watchman's UNMATCHED_INDEX_TOKEN_WEIGHT). */
export const UNMATCHED_INDEX_TOKEN_WEIGHT = 0.15;
const BOOST_THRESHOLD = 0.7;
const PREFIX_SIZE = 4;
const LENGTH_RATIO_FLOOR = 0.9;
const LENGTH_PENALTY = 0.3;
const DIFFERENT_CLASS_FACTOR = 0.9;

/** First-letter phonetic classes: vowels with y; b f p v; c g j k q s x z; d t; m n; h w (l and r alone). */
const PHONETIC_CLASS: Readonly<Record<string, number>> = (() => {
  const classes = ['aeiouy', 'bfpv', 'cgjkqsxz', 'dt', 'mn', 'hw', 'l', 'r'];
  const out: Record<string, number> = {};
  classes.forEach((letters, i) => {
    for (const ch of letters) out[ch] = i;
  });
  return out;
})();

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Plain Jaro similarity of two strings. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ch) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Watchman-style Jaro-Winkler of two prepared tokens, with its length and phonetic-class penalties. */
export function customJaroWinkler(a: string, b: string): number {
  let score = jaro(a, b);
  if (score > BOOST_THRESHOLD) {
    let prefix = 0;
    const max = Math.min(PREFIX_SIZE, a.length, b.length);
    while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
    score += prefix * 0.1 * (1 - score);
  }
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  if (ratio < LENGTH_RATIO_FLOOR) score *= 1 - (1 - ratio) * LENGTH_PENALTY;
  const ca = PHONETIC_CLASS[a[0] ?? ''];
  const cb = PHONETIC_CLASS[b[0] ?? ''];
  if (ca === undefined || cb === undefined || ca !== cb) score *= DIFFERENT_CLASS_FACTOR;
  return score;
}

/**
 * BestPairsJaroWinkler: score every query×index token pair, take pairs greedily best first with each
 * token used once, average the pair scores weighted by the pair's character length, and scale down by
 * the share of index-side characters left unmatched.
 */
export function bestPairsJaroWinkler(
  queryTokens: readonly string[],
  indexTokens: readonly string[],
): number {
  if (queryTokens.length === 0 || indexTokens.length === 0) return 0;
  const pairs: { score: number; q: number; i: number }[] = [];
  for (let q = 0; q < queryTokens.length; q++) {
    for (let i = 0; i < indexTokens.length; i++) {
      pairs.push({ score: customJaroWinkler(queryTokens[q] ?? '', indexTokens[i] ?? ''), q, i });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const usedQ = new Set<number>();
  const usedI = new Set<number>();
  let weighted = 0;
  let weights = 0;
  let matchedIndexChars = 0;
  for (const pair of pairs) {
    if (usedQ.has(pair.q) || usedI.has(pair.i)) continue;
    usedQ.add(pair.q);
    usedI.add(pair.i);
    const qt = queryTokens[pair.q] ?? '';
    const it = indexTokens[pair.i] ?? '';
    const w = qt.length + it.length;
    weighted += pair.score * w;
    weights += w;
    matchedIndexChars += it.length;
  }
  let indexChars = 0;
  for (const t of indexTokens) indexChars += t.length;
  const unmatchedFraction = indexChars === 0 ? 0 : 1 - matchedIndexChars / indexChars;
  return (
    (weights === 0 ? 0 : weighted / weights) *
    (1 - unmatchedFraction * UNMATCHED_INDEX_TOKEN_WEIGHT)
  );
}

/** Watchman-style preparation: "LAST, First" reordered, NFD without marks, lowercase, punctuation to spaces. */
export function prepareName(name: string): string[] {
  let text = name;
  const comma = text.indexOf(',');
  if (comma > 0 && text.indexOf(',', comma + 1) < 0)
    text = `${text.slice(comma + 1)} ${text.slice(0, comma)}`;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
}
