/** Computes the Levenshtein distance from one fixed query to many texts. */
export type DistanceTo = (text: string) => number;

/**
 * Prepares a Levenshtein distance from `query` to any text. Queries up to 32 characters use
 * Myers' bit-parallel algorithm (one pass over the text, a few word operations per character),
 * which is what makes scanning every village name affordable; longer ones use the plain dynamic
 * programme. Characters are compared by UTF-16 code unit.
 */
export function prepareDistance(query: string): DistanceTo {
  if (query.length === 0) return (text) => text.length;
  if (query.length > 32) return (text) => levenshtein(query, text);
  const peq = new Map<number, number>();
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  // Normalised names are ASCII: a flat table avoids a map lookup per character.
  const table = new Int32Array(128);
  for (const [c, bits] of peq) if (c < 128) table[c] = bits;
  const m = query.length;
  const last = 1 << (m - 1);
  return (text) => {
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? (table[c] ?? 0) : (peq.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // The first row of the global distance grows by one per text character: shift in a 1.
      ph = (ph << 1) | 1;
      mh = mh << 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  };
}

/** The Levenshtein distance between two strings by the textbook two-row dynamic programme. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
