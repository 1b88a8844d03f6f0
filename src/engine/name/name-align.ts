/**
 * Aligns the tokens of two names regardless of order: each token pairs at most once, greedily by
 * similarity; a token may also pair with two adjacent tokens of the other side written as one
 * (Abubakar / Abu Bakar, Nurhayati / Nur Hayati). Unpaired tokens count against the match,
 * query-side extras more than entry-side ones, and a missing father's name (after bin/binti)
 * least.
 */

/** A token ready for alignment: its key and its weight (rarity, reduced for weak tokens). */
export interface AlignToken {
  key: string;
  weight: number;
  patronymic: boolean;
}

/** The outcome of aligning two names. */
export interface NameAlignment {
  /** Weighted share of both names explained by paired tokens, in [0, 1]. */
  score: number;
  /** Evidence of the pairs: sum of similarity × weight (in nats of rarity). */
  info: number;
  /** Number of query tokens that found a partner. */
  pairedQuery: number;
  /** Rarity of the query tokens without a partner (a father's name counts partly). */
  unpairedQuery: number;
  /** Rarity of the entry tokens without a partner (a father's name counts partly). */
  unpairedEntry: number;
}

/** Penalty factor for query tokens without a partner (the applicant's name has more). */
export const EXTRA_QUERY_FACTOR = 0.7;
/** Penalty factor for entry tokens without a partner (the listed name has more). */
export const EXTRA_ENTRY_FACTOR = 0.5;
/** Extra reduction for an unpaired father's name: a dropped "bin X" is no contradiction. */
export const PATRONYMIC_FACTOR = 0.3;
/** Pairs below this similarity are not pairs. */
const MIN_PAIR_SIMILARITY = 0.5;

/** Paired-token flags reused by every alignment (alignment is synchronous). */
let usedScratch = new Uint8Array(64);

interface Link {
  q0: number;
  q1: number;
  e0: number;
  e1: number;
  sim: number;
  weight: number;
}

/** Similarity of query token `qi` and entry token `ej` (the caller memoises it). */
export interface TokenSimilarity {
  between(qi: number, ej: number): number;
}

/**
 * Aligns query tokens with entry tokens; `similarity.between(qi, ej)` compares single tokens,
 * `compare(a, b)` compares raw keys for joined tokens.
 */
export function alignNames(
  query: readonly AlignToken[],
  entry: readonly AlignToken[],
  similarity: TokenSimilarity,
  compare: (a: string, b: string) => number,
): NameAlignment {
  const links: Link[] = [];
  for (let i = 0; i < query.length; i++) {
    const qt = query[i];
    if (qt === undefined) continue;
    for (let j = 0; j < entry.length; j++) {
      const et = entry[j];
      if (et === undefined) continue;
      const sim = similarity.between(i, j);
      if (sim >= MIN_PAIR_SIMILARITY) {
        links.push({ q0: i, q1: i, e0: j, e1: j, sim, weight: (qt.weight + et.weight) / 2 });
      }
      const nextEntry = entry[j + 1];
      if (nextEntry !== undefined) addJoined(links, qt, i, et, nextEntry, j, false, compare);
      const nextQuery = query[i + 1];
      if (nextQuery !== undefined) addJoined(links, et, j, qt, nextQuery, i, true, compare);
    }
  }
  links.sort(
    (a, b) => b.sim - a.sim || b.weight - a.weight || a.q0 - b.q0 || a.e0 - b.e0 || a.q1 - b.q1,
  );
  // Query tokens' flags at [0, query.length), entry tokens' after them, in one reused buffer.
  const eOffset = query.length;
  const needed = query.length + entry.length;
  if (usedScratch.length < needed) usedScratch = new Uint8Array(needed * 2);
  const used = usedScratch.fill(0, 0, needed);
  let matched = 0;
  let matchedWeight = 0;
  let pairedQuery = 0;
  for (const link of links) {
    if (used[link.q0] || used[link.q1] || used[eOffset + link.e0] || used[eOffset + link.e1])
      continue;
    used[link.q0] = used[link.q1] = 1;
    used[eOffset + link.e0] = used[eOffset + link.e1] = 1;
    matched += link.sim * link.weight;
    matchedWeight += link.weight;
    pairedQuery += link.q1 - link.q0 + 1;
  }
  const unpairedQuery = sumUnpaired(query, used, 0);
  const unpairedEntry = sumUnpaired(entry, used, eOffset);
  const denominator =
    matchedWeight + unpairedQuery * EXTRA_QUERY_FACTOR + unpairedEntry * EXTRA_ENTRY_FACTOR;
  return {
    score: denominator > 0 ? matched / denominator : 0,
    info: matched,
    pairedQuery,
    unpairedQuery,
    unpairedEntry,
  };
}

function addJoined(
  links: Link[],
  single: AlignToken,
  singleIndex: number,
  first: AlignToken,
  second: AlignToken,
  firstIndex: number,
  singleIsEntry: boolean,
  compare: (a: string, b: string) => number,
): void {
  const joinedLength = first.key.length + second.key.length;
  if (Math.abs(joinedLength - single.key.length) > 1 || single.key.length < 5) return;
  const sim = compare(single.key, first.key + second.key);
  if (sim < MIN_PAIR_SIMILARITY) return;
  // The joined form is one name: weigh it like the single token, not like two rare tokens.
  const weight = (single.weight + Math.max(first.weight, second.weight)) / 2;
  if (singleIsEntry) {
    links.push({
      q0: firstIndex,
      q1: firstIndex + 1,
      e0: singleIndex,
      e1: singleIndex,
      sim,
      weight,
    });
  } else {
    links.push({
      q0: singleIndex,
      q1: singleIndex,
      e0: firstIndex,
      e1: firstIndex + 1,
      sim,
      weight,
    });
  }
}

function sumUnpaired(tokens: readonly AlignToken[], used: Uint8Array, offset: number): number {
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (!used[offset + i])
      total += token.patronymic ? token.weight * PATRONYMIC_FACTOR : token.weight;
  }
  return total;
}
