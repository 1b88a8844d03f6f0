import type { Reason, WatchEntry } from '../match.types.ts';
import { alignNames } from '../name/name-align.ts';
import type { AlignToken } from '../name/name-align.ts';
import { isWeakKey } from '../name/name-phonetic.ts';
import { compareKeys } from '../name/name-similarity.ts';
import type { EntryStore } from '../store/entry-store.ts';
import type { TokenVocabulary } from '../store/token-vocabulary.ts';
import { BIRTH_DATE_WEIGHTS, compareBirthDates, formatPackedDate } from './birth-date.ts';
import { documentKey, phoneKey } from './identifier-normalize.ts';
import type { PreparedQuery } from './query-prep.ts';
import { foldPlace, inverseFrequency, WEAK_TOKEN_FACTOR } from './query-prep.ts';

/**
 * Pairwise scoring: a logistic model over features, score = σ(BIAS + Σ weights). The weights
 * are log-odds contributions, set by reasoning about frequencies and checked on labelled data
 * (docs/matching.md); each reason reports how far its feature moved the score.
 */

/** Log-odds of a pair with no evidence at all: a random pair is almost never a match. */
export const BIAS = -10;
/** Log-odds per unit of name alignment score (share of both names explained). */
export const NAME_SHARE_WEIGHT = 4;
/** Log-odds per nat of rarity carried by the paired tokens. */
export const NAME_INFO_WEIGHT = 0.5;
/** Rarity beyond this adds nothing: two rare tokens already say all a name can. */
export const NAME_INFO_CAP = 14;
/** Most a single-word name may add: the score of a name alone stays at 0.25, below any alert. */
export const SINGLE_WORD_NAME_CAP = 8.9;
/** Identifier and contact features (log-odds). */
export const FEATURE_WEIGHTS = {
  nik: 12,
  nikNear: 2.5,
  passport: 10,
  registration: 10,
  phoneOnlyEntry: 12,
  phone: 3.5,
  sexConflict: -1.5,
  nationalityConflict: -1.5,
  nikConflict: -1,
  birthPlace: 0.4,
} as const;

/** Identifier matches found at retrieval, as bit flags per candidate. */
export const MATCHED = { nik: 1, nikNear: 2, passport: 4, phone: 8, registration: 16 } as const;

/** What scoring reads from the index. */
export interface ScoringContext {
  vocabulary: TokenVocabulary;
  store: EntryStore;
  population: number;
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

/** Scores one candidate slot; with `explain`, also names both values of every feature. */
export function scoreCandidate(
  context: ScoringContext,
  query: PreparedQuery,
  slot: number,
  matched: number,
  explain: boolean,
): ScoredCandidate {
  const { store } = context;
  const facts = store.factsAt(slot);
  const entry: WatchEntry | null = explain ? store.entryAt(slot) : null;
  const parts: Part[] = [];
  const add = (feature: string, z: number, q: string, e: () => string): void => {
    parts.push({ feature, z, query: q, entry: entry === null ? '' : e() });
  };

  const name = scoreNames(context, query, slot);
  if (name !== null) {
    const queryName = query.names[name.queryIndex]?.text ?? '';
    add('name', name.z, queryName, () => entry?.names[name.entryIndex] ?? '');
  }
  if (matched & MATCHED.nik)
    add('nik', FEATURE_WEIGHTS.nik, query.nik ?? '', () => entry?.nik ?? '');
  else if (matched & MATCHED.nikNear) {
    add('nik_typo', FEATURE_WEIGHTS.nikNear, query.nik ?? '', () => entry?.nik ?? '');
  }
  if (matched & MATCHED.passport) {
    add('passport', FEATURE_WEIGHTS.passport, query.passport ?? '', () =>
      findEqual(entry?.passportNumbers, query.passport, documentKey),
    );
  }
  if (matched & MATCHED.registration) {
    const wanted = query.registrations;
    add('registration', FEATURE_WEIGHTS.registration, wanted.join('; '), () =>
      findAny(entry?.registrationNumbers, wanted, documentKey),
    );
  }
  if (matched & MATCHED.phone) {
    const weight = facts.kind === 'phone' ? FEATURE_WEIGHTS.phoneOnlyEntry : FEATURE_WEIGHTS.phone;
    add('phone', weight, query.phones.join('; '), () =>
      findAny(entry?.phones, query.phones, phoneKey),
    );
  }

  const entryBirth = facts.birth !== 0 ? facts.birth : facts.nikBirth;
  // With one NIK on both sides and no stated dates, the dates are the NIK's own: no new evidence.
  const bothFromNik = (matched & MATCHED.nik) !== 0 && query.birthFromNik && facts.birth === 0;
  const relation = bothFromNik ? null : compareBirthDates(query.birth, entryBirth);
  if (relation !== null) {
    const queryText = query.birthFromNik
      ? `${formatPackedDate(query.birth)} (NIK)`
      : query.birthText;
    add('birth_date', BIRTH_DATE_WEIGHTS[relation], queryText, () =>
      facts.birth !== 0 ? (entry?.birthDate ?? '') : `${formatPackedDate(facts.nikBirth)} (NIK)`,
    );
  }
  const entrySex = facts.sex !== 0 ? facts.sex : facts.nikSex;
  if (query.sex !== 0 && entrySex !== 0 && query.sex !== entrySex) {
    add('sex', FEATURE_WEIGHTS.sexConflict, sexText(query.sex, query.sexFromNik), () =>
      sexText(entrySex, facts.sex === 0),
    );
  }
  if (query.country !== 0 && facts.country !== 0 && query.country !== facts.country) {
    add(
      'nationality',
      FEATURE_WEIGHTS.nationalityConflict,
      query.nationality,
      () => entry?.nationality ?? '',
    );
  }
  addNikConflict(query, facts, matched, add);
  if (
    query.birthPlace !== '' &&
    entry !== null &&
    foldPlace(entry.birthPlace) === query.birthPlace
  ) {
    add('birth_place', FEATURE_WEIGHTS.birthPlace, query.birthPlace, () => entry.birthPlace ?? '');
  }
  return finish(parts, explain);
}

/** Adds a reason when one side's NIK encodes a birth date or sex the other side contradicts. */
function addNikConflict(
  query: PreparedQuery,
  facts: ReturnType<EntryStore['factsAt']>,
  matched: number,
  add: (feature: string, z: number, q: string, e: () => string) => void,
): void {
  // Compared on stated values only: when one side has no stated date, the birth-date feature
  // already used the NIK's, and counting it twice would double the penalty.
  const sameNik = (matched & MATCHED.nik) !== 0;
  const weight = sameNik ? 0 : FEATURE_WEIGHTS.nikConflict;
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

/** Best name pair over the query's names and the entry's names, as a log-odds contribution. */
function scoreNames(context: ScoringContext, query: PreparedQuery, slot: number): NameScore | null {
  const { store, vocabulary, population } = context;
  const pool = store.tokens;
  let best: NameScore | null = null;
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
      let z =
        NAME_SHARE_WEIGHT * alignment.score +
        NAME_INFO_WEIGHT * Math.min(alignment.info, NAME_INFO_CAP);
      if (name.single || strong <= 1) z = Math.min(z, SINGLE_WORD_NAME_CAP);
      if (best === null || z > best.z) best = { z, queryIndex, entryIndex };
    });
  });
  return best;
}

/** Turns log-odds parts into a score and reasons whose effects add up to the score. */
function finish(parts: Part[], explain: boolean): ScoredCandidate {
  let z = BIAS;
  for (const part of parts) z += part.z;
  const score = roundTo(sigmoid(z), 4);
  if (!explain) return { score, reasons: [] };
  const reasons: Reason[] = [];
  let running = BIAS;
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

function disagreesOnKnownParts(stated: number, fromNik: number): boolean {
  const text = formatPackedDate(stated);
  const nik = formatPackedDate(fromNik);
  return checkNikAgainstDates(text, nik);
}

function checkNikAgainstDates(stated: string, nikDate: string): boolean {
  const [year, month, day] = stated.split('-');
  const [nikYear, nikMonth, nikDay] = nikDate.split('-');
  return (
    (year !== undefined && year.slice(-2) !== nikYear?.slice(-2)) ||
    (month !== undefined && month !== nikMonth) ||
    (day !== undefined && day !== nikDay)
  );
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
