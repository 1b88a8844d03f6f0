/**
 * Weighted name pools built from the typed-in core stock plus combinatorial Javanese, Malay and
 * -uddin morphology. Every pool has Zipf-like weights: the head (Siti, Nur, Muhammad, Sri, Dewi,
 * Budi ...) is drawn often, thousands of tail tokens rarely, as in real Indonesian name frequencies.
 */
import * as S from './name-stock.data.ts';
import { createRng, createWeightedPicker, zipfWeights, type WeightedPicker } from './prng.ts';

/** Names of the pools a name pattern can draw from. */
export type PoolName =
  | 'arabicMale'
  | 'arabicFemale'
  | 'abdulPart'
  | 'javaneseMale'
  | 'javaneseFemale'
  | 'sundaneseMale'
  | 'sundaneseFemale'
  | 'sundaneseSecondMale'
  | 'sundaneseSecondFemale'
  | 'malayMale'
  | 'malayFemale'
  | 'batakMarga'
  | 'batakMale'
  | 'batakFemale'
  | 'balineseOrder'
  | 'balineseMale'
  | 'balineseFemale'
  | 'chineseSurname'
  | 'chineseMale'
  | 'chineseFemale'
  | 'hokkienSurname'
  | 'hokkienSyllable'
  | 'christianMale'
  | 'christianFemale'
  | 'easternFamily'
  | 'bugisMale'
  | 'bugisFemale'
  | 'modernMale'
  | 'modernFemale'
  | 'modernSecondMale'
  | 'modernSecondFemale'
  | 'muhammad'
  | 'javaneseOrder'
  | 'javaneseOrderFemale'
  | 'organizationWord';

/** Joins a stem and an ending into one capitalised token. */
function joinStem(stem: string, ending: string): string {
  return stem + ending;
}

/** Crosses stems with endings, drops tokens already in the core list, and shuffles them with a fixed seed so rank is not alphabetical. */
function deriveTokens(
  stems: readonly string[],
  endings: readonly string[],
  core: readonly string[],
  salt: number,
): string[] {
  const seen = new Set(core.map((t) => t.toLowerCase()));
  const out: string[] = [];
  for (const stem of stems) {
    for (const ending of endings) {
      const token = joinStem(stem, ending);
      // Only seams Javanese and Malay names really show: after a vowel or r/n/m/s/l/h anything, else a vowel.
      const last = stem.slice(-1).toLowerCase();
      const first = ending.charAt(0).toLowerCase();
      const vowelStart = 'aeiou'.includes(first);
      if (!'aeiou'.includes(last) && !vowelStart && !'rnmslh'.includes(last)) continue;
      if (/[^aeiouy]{3}/i.test(token.slice(stem.length - 2, stem.length + 2))) continue;
      if (seen.has(token.toLowerCase())) continue;
      seen.add(token.toLowerCase());
      out.push(token);
    }
  }
  const rng = createRng(0x5eed, salt);
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = out[i] as string;
    out[i] = out[j] as string;
    out[j] = a;
  }
  return out;
}

/** Builds a pool whose weights fall off as 1/(rank + offset)^exponent. */
function zipfPool(tokens: readonly string[], exponent = 1, offset = 0): WeightedPicker<string> {
  const unique = [...new Set(tokens)];
  return createWeightedPicker(unique, zipfWeights(unique.length, exponent, offset));
}

const javaneseMaleTail = deriveTokens(
  S.JAVANESE_STEMS,
  S.JAVANESE_MALE_ENDINGS,
  S.JAVANESE_MALE,
  1,
);
const javaneseFemaleTail = deriveTokens(
  S.JAVANESE_STEMS,
  S.JAVANESE_FEMALE_ENDINGS,
  S.JAVANESE_FEMALE,
  2,
);
const malayMaleTail = deriveTokens(S.MALAY_STEMS, S.MALAY_MALE_ENDINGS, S.MALAY_MALE, 3);
const malayFemaleTail = deriveTokens(S.MALAY_STEMS, S.MALAY_FEMALE_ENDINGS, S.MALAY_FEMALE, 4);
const uddinTokens = deriveTokens(S.UDDIN_ROOTS, ['uddin', 'udin', 'uddin'], [], 5);
const sundaneseTail = deriveTokens(
  S.JAVANESE_STEMS.slice(0, 60),
  ['na', 'tna', 'wan', 'man'],
  S.SUNDANESE_SECOND_MALE,
  6,
);
const sundaneseFemaleTail = deriveTokens(
  S.JAVANESE_STEMS.slice(20, 80),
  ['yati', 'sih', 'nah', 'tini'],
  S.SUNDANESE_SECOND_FEMALE,
  7,
);
const nurJoined = S.ARABIC_FEMALE.slice(3, 40)
  .concat(S.JAVANESE_FEMALE.slice(5, 30))
  .map((t) => `Nur${t.toLowerCase()}`);
const muhammadPicker = createWeightedPicker(
  S.MUHAMMAD_SPELLINGS.map(([s]) => s),
  S.MUHAMMAD_SPELLINGS.map(([, w]) => w),
);

/** All pools, built once at module load (a few thousand tokens, milliseconds). */
export const POOLS: Readonly<Record<PoolName, WeightedPicker<string>>> = {
  arabicMale: zipfPool([...S.ARABIC_MALE, ...uddinTokens], 1.05),
  arabicFemale: zipfPool([...S.ARABIC_FEMALE, ...nurJoined], 1.1),
  abdulPart: zipfPool(S.ABDUL_PARTS, 0.9),
  javaneseMale: zipfPool([...S.JAVANESE_MALE, ...javaneseMaleTail], 1.0),
  javaneseFemale: zipfPool([...S.JAVANESE_FEMALE, ...javaneseFemaleTail], 1.0),
  sundaneseMale: zipfPool(S.SUNDANESE_MALE, 0.9),
  sundaneseFemale: zipfPool(S.SUNDANESE_FEMALE, 0.9),
  sundaneseSecondMale: zipfPool([...S.SUNDANESE_SECOND_MALE, ...sundaneseTail], 1.0),
  sundaneseSecondFemale: zipfPool([...S.SUNDANESE_SECOND_FEMALE, ...sundaneseFemaleTail], 1.0),
  malayMale: zipfPool([...S.MALAY_MALE, ...malayMaleTail], 1.0),
  malayFemale: zipfPool([...S.MALAY_FEMALE, ...malayFemaleTail], 1.0),
  batakMarga: zipfPool(S.BATAK_MARGA, 0.8),
  batakMale: zipfPool(S.BATAK_MALE, 0.9),
  batakFemale: zipfPool(S.BATAK_FEMALE, 0.9),
  balineseOrder: createWeightedPicker(S.BALINESE_ORDER, [30, 20, 12, 18, 8, 10, 8, 8, 4]),
  balineseMale: zipfPool(S.BALINESE_MALE, 0.8),
  balineseFemale: zipfPool(S.BALINESE_FEMALE, 0.8),
  chineseSurname: zipfPool(S.CHINESE_INDONESIAN_SURNAMES, 0.9),
  chineseMale: zipfPool(S.CHINESE_INDONESIAN_MALE, 0.8),
  chineseFemale: zipfPool(S.CHINESE_INDONESIAN_FEMALE, 0.8),
  hokkienSurname: zipfPool(S.HOKKIEN_SURNAMES, 1.0),
  hokkienSyllable: zipfPool(S.HOKKIEN_SYLLABLES, 0.7),
  christianMale: zipfPool(S.CHRISTIAN_MALE, 0.9),
  christianFemale: zipfPool(S.CHRISTIAN_FEMALE, 0.9),
  easternFamily: zipfPool(S.EASTERN_FAMILY, 0.7),
  bugisMale: zipfPool([...S.BUGIS_MALE, ...uddinTokens], 1.0),
  bugisFemale: zipfPool(S.BUGIS_FEMALE, 1.0),
  modernMale: zipfPool(S.MODERN_MALE, 0.9),
  modernFemale: zipfPool(S.MODERN_FEMALE, 0.9),
  modernSecondMale: zipfPool(S.MODERN_SECOND_MALE, 0.9),
  modernSecondFemale: zipfPool(S.MODERN_SECOND_FEMALE, 0.9),
  muhammad: muhammadPicker,
  javaneseOrder: createWeightedPicker(S.JAVANESE_ORDER, [40, 30, 22, 6, 2]),
  javaneseOrderFemale: createWeightedPicker(S.JAVANESE_ORDER_FEMALE, [30, 36, 26, 6, 2]),
  organizationWord: zipfPool(S.ORGANIZATION_WORDS, 0.8),
};

/** Number of distinct name tokens across all person pools (the generator's vocabulary size). */
export function countDistinctTokens(): number {
  const all = new Set<string>();
  const lists = [
    S.ARABIC_MALE,
    S.ARABIC_FEMALE,
    S.ABDUL_PARTS,
    S.JAVANESE_MALE,
    S.JAVANESE_FEMALE,
    S.SUNDANESE_MALE,
    S.SUNDANESE_FEMALE,
    S.SUNDANESE_SECOND_MALE,
    S.SUNDANESE_SECOND_FEMALE,
    S.MALAY_MALE,
    S.MALAY_FEMALE,
    S.BATAK_MARGA,
    S.BATAK_MALE,
    S.BATAK_FEMALE,
    S.BALINESE_ORDER,
    S.BALINESE_MALE,
    S.BALINESE_FEMALE,
    S.CHINESE_INDONESIAN_SURNAMES,
    S.CHINESE_INDONESIAN_MALE,
    S.CHINESE_INDONESIAN_FEMALE,
    S.HOKKIEN_SURNAMES,
    S.HOKKIEN_SYLLABLES,
    S.CHRISTIAN_MALE,
    S.CHRISTIAN_FEMALE,
    S.EASTERN_FAMILY,
    S.BUGIS_MALE,
    S.BUGIS_FEMALE,
    S.MODERN_MALE,
    S.MODERN_FEMALE,
    S.MODERN_SECOND_MALE,
    S.MODERN_SECOND_FEMALE,
    S.JAVANESE_ORDER_FEMALE,
    javaneseMaleTail,
    javaneseFemaleTail,
    malayMaleTail,
    malayFemaleTail,
    uddinTokens,
    sundaneseTail,
    sundaneseFemaleTail,
    nurJoined,
  ];
  for (const list of lists) for (const t of list) all.add(t.toLowerCase());
  return all.size;
}
