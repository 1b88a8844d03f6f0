import type { Reason, WatchEntry } from '../match.types.ts';
import type { EntryStore } from '../store/entry-store.ts';
import type { TokenVocabulary } from '../store/token-vocabulary.ts';
import type { BirthDateRelation } from './birth-date.ts';
import { compareBirthDates, formatPackedDate } from './birth-date.ts';
import { documentKey, phoneKey } from './identifier-normalize.ts';
import { nikConflict } from './nik-conflict.ts';
import type { PreparedQuery } from './query-prep.ts';
import type { FeatureName, ScoreModel } from './score-model.ts';
import { scoreNames, type EntryToken } from './name-score.ts';
import {
  FEATURE_COUNT,
  FEATURE_INDEX,
  NATIONALITY_CONFLICT_WEIGHT,
  NIK_NEAR_WEIGHT,
  ruleWeight,
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
  /**
   * Entry tokens already weighed in this search, by token code (key id × 2 + patronymic bit):
   * rarity depends only on the vocabulary and population, fixed during one search.
   */
  tokens?: Map<number, EntryToken>;
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
  // Each part names its feature and query value; the entry's value is read only to explain.
  const parts: Part[] = [];
  const f = FEATURES_SCRATCH.fill(0);

  const entryBirth = facts.birth !== 0 ? facts.birth : facts.nikBirth;
  // With one NIK on both sides and no stated dates, the dates are the NIK's own: no new evidence.
  const bothFromNik = (matched & MATCHED.nik) !== 0 && query.birthFromNik && facts.birth === 0;
  const relation = bothFromNik ? null : compareBirthDates(query.birth, entryBirth);
  if (relation !== null) f[FEATURE_INDEX[DATE_FEATURE[relation]]] = 1;
  else f[FEATURE_INDEX.date_unknown] = 1;

  const name = scoreNames(context, query, slot, relation, f);
  if (name !== null) {
    const queryName = query.names[name.queryIndex]?.text ?? '';
    parts.push(part('name', name.z, queryName, entry?.names[name.entryIndex]));
  }
  if (matched & MATCHED.nik)
    parts.push(part('nik', ruleWeight(model, 'nik'), query.nik, entry?.nik));
  else if (matched & MATCHED.nikNear) {
    parts.push(part('nik_typo', NIK_NEAR_WEIGHT, query.nik, entry?.nik));
  }
  if (matched & MATCHED.passport) {
    const shown = entry ? findEqual(entry.passportNumbers, query.passport, documentKey) : undefined;
    parts.push(part('passport', ruleWeight(model, 'passport'), query.passport, shown));
  }
  if (matched & MATCHED.registration) {
    const wanted = query.registrations;
    const shown = entry ? findAny(entry.registrationNumbers, wanted, documentKey) : undefined;
    parts.push(part('registration', ruleWeight(model, 'registration'), wanted.join('; '), shown));
  }
  if (matched & MATCHED.phone) {
    let weight = ruleWeight(model, 'phoneOnlyEntry');
    if (facts.kind !== 'phone') {
      f[FEATURE_INDEX.phone] = 1;
      weight = weighted(model, f, 'phone');
    }
    const shown = entry ? findAny(entry.phones, query.phones, phoneKey) : undefined;
    parts.push(part('phone', weight, query.phones.join('; '), shown));
  }
  if (relation !== null) {
    const queryText = query.birthFromNik
      ? `${formatPackedDate(query.birth)} (NIK)`
      : query.birthText;
    let shown: string | undefined;
    if (entry)
      shown =
        facts.birth !== 0 ? (entry.birthDate ?? '') : `${formatPackedDate(facts.nikBirth)} (NIK)`;
    let dateZ = 0;
    for (const feature of DATE_FEATURES) dateZ += weighted(model, f, feature);
    parts.push(part('birth_date', dateZ, queryText, shown));
  }
  const entrySex = facts.sex !== 0 ? facts.sex : facts.nikSex;
  if (query.sex !== 0 && entrySex !== 0 && query.sex !== entrySex) {
    f[FEATURE_INDEX.sex_conflict] = 1;
    const shown = entry ? sexText(entrySex, facts.sex === 0) : undefined;
    parts.push(
      part('sex', weighted(model, f, 'sex_conflict'), sexText(query.sex, query.sexFromNik), shown),
    );
  }
  if (query.country !== 0 && facts.country !== 0 && query.country !== facts.country) {
    parts.push(
      part('nationality', NATIONALITY_CONFLICT_WEIGHT, query.nationality, entry?.nationality),
    );
  }
  const conflict = nikConflict(query, facts, (matched & MATCHED.nik) !== 0);
  if (conflict !== null) {
    f[FEATURE_INDEX.nik_conflict] = conflict.weight;
    const z = weighted(model, f, 'nik_conflict');
    parts.push(part('nik_conflict', z, conflict.query, entry ? conflict.entry : undefined));
  }
  if (query.birthPlaceId !== 0 && facts.birthPlace === query.birthPlaceId) {
    f[FEATURE_INDEX.birth_place] = 1;
    const z = weighted(model, f, 'birth_place');
    parts.push(part('birth_place', z, query.birthPlace, entry?.birthPlace));
  }
  let ruleZ = 0;
  for (const p of parts) {
    if (RULE_FEATURES.has(p.feature) || (p.feature === 'phone' && facts.kind === 'phone'))
      ruleZ += p.z;
  }
  const { score, reasons } = finish(model.bias, parts, explain);
  return { score, reasons, features: f, ruleZ };
}

/** One part of a score; the entry's value is empty when not explaining. */
function part(feature: string, z: number, query: string | null, entry: string | undefined): Part {
  return { feature, z, query: query ?? '', entry: entry ?? '' };
}

/** Weight × value of one fitted feature. */
function weighted(model: ScoreModel, f: Float64Array, name: FeatureName): number {
  return model.weights[name] * (f[FEATURE_INDEX[name]] ?? 0);
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
