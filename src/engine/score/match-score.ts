import type { Reason, WatchEntry } from '../match.types.ts';
import { alignNames } from '../name/name-align.ts';
import type { AlignToken } from '../name/name-align.ts';
import { isWeakKey } from '../name/name-phonetic.ts';
import { compareKeys } from '../name/name-similarity.ts';
import type { EntryStore } from '../store/entry-store.ts';
import type { TokenVocabulary } from '../store/token-vocabulary.ts';
import type { BirthDateRelation } from './birth-date.ts';
import { compareBirthDates, formatPackedDate } from './birth-date.ts';
import { documentKey, phoneKey } from './identifier-normalize.ts';
import type { PreparedQuery } from './query-prep.ts';
import { inverseFrequency, WEAK_TOKEN_FACTOR } from './query-prep.ts';
import type { FeatureName, ScoreModel } from './score-model.ts';
import {
  FEATURE_COUNT,
  FEATURE_INDEX,
  NAME_EXTRA_CAP,
  NAME_INFO_CAP,
  NATIONALITY_CONFLICT_WEIGHT,
  NIK_NEAR_WEIGHT,
  ruleWeight,
  singleWordCap,
} from './score-model.ts';

/**
 * Pairwise scoring: a logistic model over features, score = σ(bias + Σ weight × feature), with
 * weights fitted on labelled training data (score-model.ts) and fixed rule weights for identifiers
 * that decide alone; each reason reports how far its feature group moved the score.
 */

/** Identifier matches found at retrieval, as bit flags per candidate. */
export const MATCHED = { nik: 1, nikNear: 2, passport: 4, phone: 8, registration: 16 } as const;

/** What scoring reads from the index. */
export interface ScoringContext {
  vocabulary: TokenVocabulary;
  store: EntryStore;
  population: number;
  model: ScoreModel;
}

interface Part {
  feature: string;
  z: number;
  query: string;
  entry: string;
}

/** A scored candidate; reasons are filled only when asked to explain. */
export interface ScoredCandidate {
  score: number;
  reasons: Reason[];
}

/** The fitted features of one candidate and the log-odds its identifier rules add. */
export interface CandidateFeatures {
  features: Float64Array;
  ruleZ: number;
}

const DATE_FEATURE: Readonly<Record<BirthDateRelation, FeatureName>> = {
  exact: 'date_exact',
  month_agrees: 'date_month',
  year_agrees: 'date_year',
  day_month_swapped: 'date_swapped',
  year_slip: 'date_year_slip',
  year_apart: 'date_year_apart',
  day_differs: 'date_day_differs',
  conflict: 'date_conflict',
};

const NAME_FEATURES: readonly FeatureName[] = [
  'name_share',
  'name_info',
  'name_extra_query',
  'name_extra_entry',
  'name_single',
  'name_single_info',
];
const DATE_FEATURES: readonly FeatureName[] = [
  ...Object.values(DATE_FEATURE),
  'date_exact_extra_entry',
  'date_exact_single',
  'date_exact_info',
];

/** Scores one candidate slot; with `explain`, also names both values of every feature. */
export function scoreCandidate(
  context: ScoringContext,
  query: PreparedQuery,
  slot: number,
  matched: number,
  explain: boolean,
): ScoredCandidate {
  const { score, reasons } = evaluate(context, query, slot, matched, explain);
  return { score, reasons };
}

/**
 * The fitted features of one candidate (for fitting the weights offline) with the log-odds its
 * identifier rules add; the name pair is the one the context's model prefers.
 */
export function candidateFeatures(
  context: ScoringContext,
  query: PreparedQuery,
  slot: number,
  matched: number,
): CandidateFeatures {
  const { features, ruleZ } = evaluate(context, query, slot, matched, false);
  return { features: features.slice(), ruleZ };
}

/** Reused feature vector: scoring is synchronous, so one buffer serves every candidate. */
const FEATURES_SCRATCH = new Float64Array(FEATURE_COUNT);

const RULE_FEATURES = new Set(['nik', 'nik_typo', 'passport', 'registration', 'nationality']);

function evaluate(
  context: ScoringContext,
  query: PreparedQuery,
  slot: number,
  matched: number,
  explain: boolean,
): ScoredCandidate & CandidateFeatures {
  const { store, model } = context;
  const facts = store.factsAt(slot);
  const entry: WatchEntry | null = explain ? store.entryAt(slot) : null;
  const parts: Part[] = [];
  const add = (feature: string, z: number, q: string, e: () => string): void => {
    parts.push({ feature, z, query: q, entry: entry === null ? '' : e() });
  };
  const f = FEATURES_SCRATCH.fill(0);
  const w = (name: FeatureName): number => model.weights[name] * (f[FEATURE_INDEX[name]] ?? 0);
  const sum = (names: readonly FeatureName[]): number => names.reduce((s, n) => s + w(n), 0);

  const entryBirth = facts.birth !== 0 ? facts.birth : facts.nikBirth;
  // With one NIK on both sides and no stated dates, the dates are the NIK's own: no new evidence.
  const bothFromNik = (matched & MATCHED.nik) !== 0 && query.birthFromNik && facts.birth === 0;
  const relation = bothFromNik ? null : compareBirthDates(query.birth, entryBirth);
  if (relation !== null) f[FEATURE_INDEX[DATE_FEATURE[relation]]] = 1;
  else f[FEATURE_INDEX.date_unknown] = 1;

  const name = scoreNames(context, query, slot, relation, f);
  if (name !== null) {
    const queryName = query.names[name.queryIndex]?.text ?? '';
    add('name', name.z, queryName, () => entry?.names[name.entryIndex] ?? '');
  }
  if (matched & MATCHED.nik)
    add('nik', ruleWeight(model, 'nik'), query.nik ?? '', () => entry?.nik ?? '');
  else if (matched & MATCHED.nikNear) {
    add('nik_typo', NIK_NEAR_WEIGHT, query.nik ?? '', () => entry?.nik ?? '');
  }
  if (matched & MATCHED.passport) {
    add('passport', ruleWeight(model, 'passport'), query.passport ?? '', () =>
      findEqual(entry?.passportNumbers, query.passport, documentKey),
    );
  }
  if (matched & MATCHED.registration) {
    const wanted = query.registrations;
    add('registration', ruleWeight(model, 'registration'), wanted.join('; '), () =>
      findAny(entry?.registrationNumbers, wanted, documentKey),
    );
  }
  if (matched & MATCHED.phone) {
    let weight = ruleWeight(model, 'phoneOnlyEntry');
    if (facts.kind !== 'phone') {
      f[FEATURE_INDEX.phone] = 1;
      weight = w('phone');
    }
    add('phone', weight, query.phones.join('; '), () =>
      findAny(entry?.phones, query.phones, phoneKey),
    );
  }
  if (relation !== null) {
    const queryText = query.birthFromNik
      ? `${formatPackedDate(query.birth)} (NIK)`
      : query.birthText;
    add('birth_date', sum(DATE_FEATURES), queryText, () =>
      facts.birth !== 0 ? (entry?.birthDate ?? '') : `${formatPackedDate(facts.nikBirth)} (NIK)`,
    );
  }
  const entrySex = facts.sex !== 0 ? facts.sex : facts.nikSex;
  if (query.sex !== 0 && entrySex !== 0 && query.sex !== entrySex) {
    f[FEATURE_INDEX.sex_conflict] = 1;
    add('sex', w('sex_conflict'), sexText(query.sex, query.sexFromNik), () =>
      sexText(entrySex, facts.sex === 0),
    );
  }
  if (query.country !== 0 && facts.country !== 0 && query.country !== facts.country) {
    add(
      'nationality',
      NATIONALITY_CONFLICT_WEIGHT,
      query.nationality,
      () => entry?.nationality ?? '',
    );
  }
  addNikConflict(query, facts, matched, (feature, weight, q, e) => {
    f[FEATURE_INDEX.nik_conflict] = weight;
    add(feature, w('nik_conflict'), q, e);
  });
  if (query.birthPlaceId !== 0 && facts.birthPlace === query.birthPlaceId) {
    f[FEATURE_INDEX.birth_place] = 1;
    add('birth_place', w('birth_place'), query.birthPlace, () => entry?.birthPlace ?? '');
  }
  let ruleZ = 0;
  for (const part of parts) {
    if (RULE_FEATURES.has(part.feature) || (part.feature === 'phone' && facts.kind === 'phone'))
      ruleZ += part.z;
  }
  return { ...finish(model.bias, parts, explain), features: f, ruleZ };
}

/** Adds a reason when one side's NIK encodes a birth date or sex the other side contradicts. */
function addNikConflict(
  query: PreparedQuery,
  facts: ReturnType<EntryStore['factsAt']>,
  matched: number,
  add: (feature: string, value: number, q: string, e: () => string) => void,
): void {
  // Compared on stated values only: when one side has no stated date, the birth-date feature
  // already used the NIK's, and counting it twice would double the penalty.
  const sameNik = (matched & MATCHED.nik) !== 0;
  const weight = sameNik ? 0 : 1;
  if (facts.nikBirth !== 0 && facts.birth !== 0 && !query.birthFromNik && query.birth !== 0) {
    const entryNikBirth = facts.nikBirth;
    if (disagreesOnKnownParts(query.birth, entryNikBirth)) {
      add(
        'nik_conflict',
        weight,
        query.birthText,
        () => `${formatPackedDate(entryNikBirth)} (NIK)`,
      );
      return;
    }
  }
  if (query.nikBirth !== 0 && query.birth !== 0 && !query.birthFromNik && facts.birth !== 0) {
    if (sameNik && disagreesOnKnownParts(query.birth, query.nikBirth)) {
      add('nik_conflict', 0, `${query.birthText} / ${formatPackedDate(query.nikBirth)} (NIK)`, () =>
        formatPackedDate(facts.birth),
      );
    } else if (!sameNik && disagreesOnKnownParts(facts.birth, query.nikBirth)) {
      add('nik_conflict', weight, `${formatPackedDate(query.nikBirth)} (NIK)`, () =>
        formatPackedDate(facts.birth),
      );
    }
  }
}

interface NameScore {
  z: number;
  queryIndex: number;
  entryIndex: number;
}

/**
 * Best name pair over the query's names and the entry's names: writes its name features (and,
 * with an equal full birth date, the date interactions) into `f` and returns the name's log-odds.
 */
function scoreNames(
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
  store.forEachName(slot, (start, length, entryIndex) => {
    if (length === 0) return;
    const entryTokens: AlignToken[] = [];
    const entryIds: number[] = [];
    let strong = 0;
    for (let k = 0; k < length; k++) {
      const code = pool[start + k] ?? 0;
      const id = code >> 1;
      const key = vocabulary.keyOf(id);
      const weak = isWeakKey(key) || key.length === 1;
      if (!weak) strong++;
      const idf = inverseFrequency(vocabulary.frequency(id), population);
      entryTokens.push({
        key,
        weight: weak ? idf * WEAK_TOKEN_FACTOR : idf,
        patronymic: (code & 1) === 1,
      });
      entryIds.push(id);
    }
    query.names.forEach((name, queryIndex) => {
      const similarity = (qi: number, ej: number): number => {
        const id = entryIds[ej] ?? -1;
        const memo = name.memo[qi];
        const known = memo?.get(id);
        if (known !== undefined) return known;
        const sim = compareKeys(name.tokens[qi]?.key ?? '', entryTokens[ej]?.key ?? '');
        memo?.set(id, sim);
        return sim;
      };
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
      values.forEach((v, k) => (z += v * wt[NAME_FEATURES[k] ?? 'name_share']));
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
    });
  });
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

/** Turns log-odds parts into a score and reasons whose effects add up to the score. */
function finish(bias: number, parts: Part[], explain: boolean): ScoredCandidate {
  let z = bias;
  for (const part of parts) z += part.z;
  const score = roundTo(sigmoid(z), 4);
  if (!explain) return { score, reasons: [] };
  const reasons: Reason[] = [];
  let running = bias;
  let previous = 0;
  parts.forEach((part) => {
    running += part.z;
    const now = sigmoid(running);
    reasons.push({
      feature: part.feature,
      query: part.query,
      entry: part.entry,
      effect: roundTo(now - previous, 3),
    });
    previous = now;
  });
  return { score, reasons };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function sexText(code: number, fromNik: boolean): string {
  const text = code === 1 ? 'L' : 'P';
  return fromNik ? `${text} (NIK)` : text;
}

/** Tells whether a stated packed date contradicts a NIK's on any part it states (years by 2 digits). */
function disagreesOnKnownParts(stated: number, fromNik: number): boolean {
  const year = Math.floor(stated / 10000) % 100;
  const month = Math.floor(stated / 100) % 100;
  const day = stated % 100;
  if (year !== Math.floor(fromNik / 10000) % 100) return true;
  if (month === 0) return false;
  if (month !== Math.floor(fromNik / 100) % 100) return true;
  return day !== 0 && day !== fromNik % 100;
}

function findEqual(
  values: string[] | undefined,
  wanted: string | null,
  key: (v: string) => string | null,
): string {
  return values?.find((v) => key(v) === wanted) ?? '';
}

function findAny(
  values: string[] | undefined,
  wanted: readonly string[],
  key: (v: string) => string | null,
): string {
  return values?.find((v) => wanted.includes(key(v) ?? '')) ?? '';
}
