import { parseNik } from '../../domain/nik.ts';
import type { EntryKind, MatchQuery } from '../match.types.ts';
import type { AlignToken } from '../name/name-align.ts';
import { isSingleWordName, normalizeName } from '../name/name-normalize.ts';
import type { TokenVocabulary } from '../store/token-vocabulary.ts';
import {
  encodeCountry,
  encodeDate,
  encodeSex,
  foldPlace,
  refineDate,
} from '../store/entry-store.ts';
import { documentKey, nikKey, phoneKey } from './identifier-normalize.ts';

/** Weight factor of weak tokens (Muhammad, legal forms, initials). */
export const WEAK_TOKEN_FACTOR = 0.25;
/** Prior population added to the index size so IDF stays sane in small indexes. */
const IDF_PRIOR = 1000;

/** Rarity weight of a key held by `frequency` of `population` entries, in nats. */
export function inverseFrequency(frequency: number, population: number): number {
  return Math.log((population + IDF_PRIOR) / (frequency + 1));
}

/** One query name ready for alignment, with a per-token memo of similarities by entry key id. */
export interface PreparedName {
  text: string;
  tokens: AlignToken[];
  keyIds: number[];
  weights: number[];
  single: boolean;
  memo: Map<number, number>[];
}

/** A query with everything scoring needs computed once. */
export interface PreparedQuery {
  names: PreparedName[];
  birth: number;
  birthFromNik: boolean;
  birthText: string;
  sex: number;
  sexFromNik: boolean;
  country: number;
  nationality: string;
  birthPlace: string;
  /** The store's id of the folded birth place, 0 when no entry has it. */
  birthPlaceId: number;
  nik: string | null;
  nikBirth: number;
  nikSex: number;
  passport: string | null;
  phones: string[];
  registrations: string[];
  kindMask: number;
}

const KIND_BITS: Readonly<Record<EntryKind, number>> = { person: 1, organization: 2, phone: 4 };

/** Normalises a query against the current vocabulary and population. */
export function prepareQuery(
  query: MatchQuery,
  vocabulary: TokenVocabulary,
  population: number,
  referenceDate: Date,
  placeIdOf: (folded: string) => number,
): PreparedQuery {
  const names: PreparedName[] = [];
  const seen = new Set<string>();
  for (const text of [query.name, ...(query.aliases ?? [])]) {
    const tokens = normalizeName(text);
    const signature = tokens.map((t) => `${t.key}${t.patronymic ? '*' : ''}`).join(' ');
    if (tokens.length === 0 || seen.has(signature)) continue;
    seen.add(signature);
    const keyIds = tokens.map((t) => vocabulary.idOf(t.key) ?? -1);
    const weights = tokens.map((t, i) => {
      const id = keyIds[i] ?? -1;
      const idf = inverseFrequency(id < 0 ? 0 : vocabulary.frequency(id), population);
      return t.weak ? idf * WEAK_TOKEN_FACTOR : idf;
    });
    names.push({
      text,
      tokens: tokens.map((t, i) => ({
        key: t.key,
        weight: weights[i] ?? 0,
        patronymic: t.patronymic,
      })),
      keyIds,
      weights,
      single: isSingleWordName(tokens),
      memo: tokens.map(() => new Map<number, number>()),
    });
  }
  const nik = nikKey(query.nik);
  const parsedNik = nik === null ? null : parseNik(nik, referenceDate);
  const nikBirth = parsedNik?.ok ? encodeDate(parsedNik.birthDate) : 0;
  const nikSex = parsedNik?.ok ? encodeSex(parsedNik.sex) : 0;
  const statedBirth = refineDate(encodeDate(query.birthDate), nikBirth);
  const statedSex = encodeSex(query.sex);
  let kindMask = 0;
  for (const kind of query.kinds ?? ['person', 'organization', 'phone'])
    kindMask |= KIND_BITS[kind];
  return {
    names,
    birth: statedBirth !== 0 ? statedBirth : nikBirth,
    birthFromNik: statedBirth === 0 && nikBirth !== 0,
    birthText: query.birthDate ?? '',
    sex: statedSex !== 0 ? statedSex : nikSex,
    sexFromNik: statedSex === 0 && nikSex !== 0,
    country: encodeCountry(query.nationality),
    nationality: query.nationality ?? '',
    birthPlace: query.birthPlace ?? '',
    birthPlaceId: placeIdOf(foldPlace(query.birthPlace)),
    nik,
    nikBirth,
    nikSex,
    passport: documentKey(query.passportNumber),
    phones: unique((query.phones ?? []).map((p) => phoneKey(p))),
    registrations: unique((query.registrationNumbers ?? []).map((r) => documentKey(r))),
    kindMask,
  };
}

/** Tells whether an entry kind code (0 person, 1 organisation, 2 phone) is searched. */
export function acceptsKind(query: PreparedQuery, kindCode: number): boolean {
  return (query.kindMask & (1 << kindCode)) !== 0;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
