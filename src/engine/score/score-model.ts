/**
 * The scoring model: score = σ(bias + Σ weight × feature) over the features the engine computes
 * for a query and a candidate, plus fixed rule weights for identifiers that decide on their own.
 * The fitted weights come from tools/fit-engine-weights.ts (see FITTED_MODEL for how).
 */

/** Names of the fitted features, in the order of a feature vector. */
export const FEATURE_NAMES = [
  // Name: share of both names explained, rarity (nats) of the pairs, unpaired rarity per side.
  'name_share',
  'name_info',
  'name_extra_query',
  'name_extra_entry',
  'name_single',
  'name_single_info',
  // Birth date relation (one-hot; no date on either side = all zero).
  'date_exact',
  'date_month',
  'date_year',
  'date_swapped',
  'date_year_slip',
  'date_year_apart',
  'date_day_differs',
  'date_conflict',
  // No date to compare (either side lacks one): the name must carry the match alone.
  'date_unknown',
  'date_unknown_info',
  // An equal full birth date makes a shorter or single-word name say more.
  'date_exact_extra_entry',
  'date_exact_single',
  'date_exact_info',
  // Other evidence.
  'phone',
  'sex_conflict',
  'nik_conflict',
  'birth_place',
] as const;

/** One fitted feature. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Position of each feature in a vector. */
export const FEATURE_INDEX: Readonly<Record<FeatureName, number>> = Object.fromEntries(
  FEATURE_NAMES.map((name, i) => [name, i]),
) as Record<FeatureName, number>;

/** Number of fitted features. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Rarity beyond this adds nothing: two rare tokens already say all a name can. */
export const NAME_INFO_CAP = 20;
/** Unpaired rarity beyond this counts no further against a name. */
export const NAME_EXTRA_CAP = 16;

/**
 * Identifiers that identify on their own are rules, not fitted (their meaning is fixed and some
 * are rare in any training set): the log-odds each leaves on its own, before any other evidence.
 * An equal NIK alone stays strong even against a conflicting birth date and sex; an equal passport
 * or registration number alone sits at the edge of possible; a NIK one typo away is evidence only.
 */
export const RULE_ALONE = {
  nik: 8,
  passport: 0.5,
  registration: 0.5,
  phoneOnlyEntry: 3,
} as const;

/**
 * Log-odds of a nationality conflict (both given): a rule, because the training data has no
 * foreign applicants to fit it on.
 */
export const NATIONALITY_CONFLICT_WEIGHT = -1.5;

/** Log-odds a NIK one typo away adds (not enough alone). */
export const NIK_NEAR_WEIGHT = 2.5;

/** Log-odds an identifier rule adds under a model: enough to reach its stated level alone. */
export function ruleWeight(model: ScoreModel, rule: keyof typeof RULE_ALONE): number {
  return RULE_ALONE[rule] - model.bias;
}

/** A fitted model: bias and one weight per feature (log-odds). */
export interface ScoreModel {
  bias: number;
  weights: Readonly<Record<FeatureName, number>>;
}

/**
 * Fitted by `npx tsx tools/fit-engine-weights.ts`: L2-regularised logistic regression (Newton
 * steps) over every retrieved candidate of the labelled queries of the screening generator with
 * seeds 1, 2 and 3 (100,000 entries, 1,000 listed and 5,000 non-listed queries each); the
 * benchmark's seed is not used for fitting.
 */
export const FITTED_MODEL: ScoreModel = {
  bias: -14.997,
  weights: {
    name_share: 5.558,
    name_info: 0.55,
    name_extra_query: 0.058,
    name_extra_entry: -0.159,
    name_single: 0.928,
    name_single_info: 0.138,
    date_exact: 6.303,
    date_month: 4.004,
    date_year: 1.693,
    date_swapped: 3.571,
    date_year_slip: -1.23,
    date_year_apart: -3.069,
    date_day_differs: -2.222,
    date_conflict: -6.976,
    date_unknown: -2.073,
    date_unknown_info: 0.038,
    date_exact_extra_entry: 0.03,
    date_exact_single: 0.495,
    date_exact_info: 0.059,
    phone: 8.162,
    sex_conflict: -4.102,
    nik_conflict: -1.4,
    birth_place: 3.161,
  },
};

/** Number of entries the weights were fitted at (each training index held this many). */
export const FIT_POPULATION = 100_000;

/**
 * The model for an index of `population` entries. The prior odds that a screened person is one
 * given entry fall as the list grows (one in N), while every feature's evidence stays the same
 * (rarity is relative to N), so past the fitting size the bias drops by ln(N / fitted N): at a
 * million entries an equal birth date is shared by ten times as many people. Smaller lists keep
 * the fitted bias, so a small list is never screened more eagerly than the fit supports.
 */
export function modelForPopulation(model: ScoreModel, population: number): ScoreModel {
  if (population <= FIT_POPULATION) return model;
  return { bias: model.bias - Math.log(population / FIT_POPULATION), weights: model.weights };
}

/** Score of a name alone that a single-word name may not exceed (below the reporting band). */
export const SINGLE_WORD_NAME_SCORE = 0.25;

/** Log-odds a single-word name may add at most, so that the name alone scores 0.25. */
export function singleWordCap(model: ScoreModel): number {
  return Math.log(SINGLE_WORD_NAME_SCORE / (1 - SINGLE_WORD_NAME_SCORE)) - model.bias;
}
