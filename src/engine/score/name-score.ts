import { alignNames } from '../name/name-align.ts';
import type { AlignToken, TokenSimilarity } from '../name/name-align.ts';
import { isWeakKey } from '../name/name-phonetic.ts';
import { compareKeys } from '../name/name-similarity.ts';
import type { BirthDateRelation } from './birth-date.ts';
import type { PreparedName, PreparedQuery } from './query-prep.ts';
import { inverseFrequency, WEAK_TOKEN_FACTOR } from './query-prep.ts';
import type { FeatureName } from './score-model.ts';
import type { ScoringContext } from './match-score.ts';
import { FEATURE_INDEX, NAME_EXTRA_CAP, NAME_INFO_CAP, singleWordCap } from './score-model.ts';

/** An entry token ready for alignment, and whether it is weak (Muhammad, legal forms, initials). */
export interface EntryToken {
  align: AlignToken;
  weak: boolean;
}

const NAME_FEATURES: readonly FeatureName[] = [
  'name_share',
  'name_info',
  'name_extra_query',
  'name_extra_entry',
  'name_single',
  'name_single_info',
];

/** The name part of pairwise scoring: the best pair of query and entry names, as features. */

/** Token similarity between one query name and one entry name, memoised per query token and key. */
class MemoSimilarity implements TokenSimilarity {
  name: PreparedName | null = null;
  readonly entryTokens: AlignToken[] = [];
  readonly entryIds: number[] = [];

  between(qi: number, ej: number): number {
    const id = this.entryIds[ej] ?? -1;
    const memo = this.name?.memo[qi];
    const known = memo?.get(id);
    if (known !== undefined) return known;
    const sim = compareKeys(this.name?.tokens[qi]?.key ?? '', this.entryTokens[ej]?.key ?? '');
    memo?.set(id, sim);
    return sim;
  }
}

/** Reused by every scoring (scoring is synchronous). */
const SIMILARITY = new MemoSimilarity();

interface NameScore {
  z: number;
  queryIndex: number;
  entryIndex: number;
}

/**
 * Best name pair over the query's names and the entry's names: writes its name features (and,
 * with an equal full birth date, the date interactions) into `f` and returns the name's log-odds.
 */
export function scoreNames(
  context: ScoringContext,
  query: PreparedQuery,
  slot: number,
  relation: BirthDateRelation | null,
  f: Float64Array,
): NameScore | null {
  const exactDate = relation === 'exact';
  const { store, vocabulary, population, model } = context;
  const wt = model.weights;
  const cap = singleWordCap(model);
  const pool = store.tokens;
  let best: NameScore | null = null;
  let bestTotal = -Infinity;
  let bestValues: number[] = [];
  const tokens = context.tokens ?? new Map<number, EntryToken>();
  const similarity = SIMILARITY;
  similarity.entryTokens.length = 0;
  similarity.entryIds.length = 0;
  const { entryTokens, entryIds } = similarity;
  const end = store.namesEnd(slot);
  let entryIndex = -1;
  for (let at = store.namesStart(slot); at < end;) {
    const start = at + 1;
    const length = pool[at] ?? 0;
    at = start + length;
    entryIndex++;
    if (length === 0) continue;
    entryTokens.length = 0;
    entryIds.length = 0;
    let strong = 0;
    for (let k = 0; k < length; k++) {
      const code = pool[start + k] ?? 0;
      const id = code >> 1;
      let token = tokens.get(code);
      if (token === undefined) {
        const key = vocabulary.keyOf(id);
        const weak = isWeakKey(key) || key.length === 1;
        const idf = inverseFrequency(vocabulary.frequency(id), population);
        token = {
          align: {
            key,
            weight: weak ? idf * WEAK_TOKEN_FACTOR : idf,
            patronymic: (code & 1) === 1,
          },
          weak,
        };
        tokens.set(code, token);
      }
      if (!token.weak) strong++;
      entryTokens.push(token.align);
      entryIds.push(id);
    }
    for (let queryIndex = 0; queryIndex < query.names.length; queryIndex++) {
      const name = query.names[queryIndex];
      if (name === undefined) continue;
      similarity.name = name;
      const alignment = alignNames(name.tokens, entryTokens, similarity, compareKeys);
      const single = name.single || strong <= 1 ? 1 : 0;
      const info = Math.min(alignment.info, NAME_INFO_CAP);
      const extraEntry = Math.min(alignment.unpairedEntry, NAME_EXTRA_CAP);
      const values = [
        alignment.score,
        info,
        Math.min(alignment.unpairedQuery, NAME_EXTRA_CAP),
        extraEntry,
        single,
        single * info,
      ];
      let z = 0;
      for (let k = 0; k < values.length; k++)
        z += (values[k] ?? 0) * wt[NAME_FEATURES[k] ?? 'name_share'];
      // Without a date to compare, the name carries the match alone: its own slope is in the name.
      if (relation === null) z += wt.date_unknown + wt.date_unknown_info * info;
      if (single) z = Math.min(z, cap);
      const interaction = exactDate
        ? wt.date_exact_extra_entry * extraEntry +
          wt.date_exact_single * single +
          wt.date_exact_info * info
        : 0;
      if (z + interaction > bestTotal) {
        bestTotal = z + interaction;
        best = { z, queryIndex, entryIndex };
        bestValues = values;
      }
    }
  }
  if (best !== null) {
    bestValues.forEach((v, k) => (f[FEATURE_INDEX[NAME_FEATURES[k] ?? 'name_share']] = v));
    if (exactDate) {
      f[FEATURE_INDEX.date_exact_extra_entry] = bestValues[3] ?? 0;
      f[FEATURE_INDEX.date_exact_single] = bestValues[4] ?? 0;
      f[FEATURE_INDEX.date_exact_info] = bestValues[1] ?? 0;
    }
    if (relation === null) f[FEATURE_INDEX.date_unknown_info] = bestValues[1] ?? 0;
  }
  return best;
}
