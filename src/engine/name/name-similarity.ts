/**
 * Typo-tolerant comparison of phonetic keys: a bounded optimal-string-alignment distance (edits
 * plus adjacent transpositions) turned into a similarity, with an edit budget that grows with
 * the token length so short tokens must match exactly.
 */

/** Edits allowed between two keys whose shorter one has `length` characters. */
export function editBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Returns the optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it
 * is known to exceed `max` (the band keeps the cost near O(len × max)).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let curr = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = spare;
  }
  return prev[lb] ?? max + 1;
}

/**
 * Similarity of two phonetic keys in [0, 1]: 1 when equal, `1 - edits / longer length` within
 * the edit budget, 0 beyond it. A one-letter key (an initial) matches a key with that first
 * letter at 0.7. Chinese surname group keys (ending in `#`) match only themselves.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) {
    return a.length !== b.length && a[0] === b[0] && !a.endsWith('#') && !b.endsWith('#') ? 0.7 : 0;
  }
  if (a.endsWith('#') || b.endsWith('#')) return 0;
  const budget = editBudget(Math.min(a.length, b.length));
  if (budget === 0) return 0;
  const distance = boundedDistance(a, b, budget);
  if (distance > budget) return 0;
  return 1 - distance / Math.max(a.length, b.length);
}
