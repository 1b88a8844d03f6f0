/**
 * Composes a person's full name from the weighted pools, per population group and sex, with the
 * patterns Indonesian names follow: mononyms (Javanese ~1 in 8), birth-order names (Eko/Dwi/Tri,
 * Balinese Wayan/Made), Sri/Siti/Nur first names, Batak marga, Muhammad/Abdul compounds, Hokkien
 * three-part names, bin/binti patronymics, and modern two-part names for younger cohorts.
 */
import { POOLS, type PoolName } from './name-stock.ts';
import { createWeightedPicker, type Rng, type WeightedPicker } from './prng.ts';
import type { NameGroup } from './regions.ts';

/** One slot of a name pattern: a pool, a literal token, or a compound rule. */
type Slot = PoolName | { literal: string } | 'abdul' | 'nurCompound' | 'hokkienGiven';

/** Name patterns per group and sex, with weights (weights sum need not be 100). */
type PatternTable = readonly (readonly [number, readonly Slot[]])[];

const JAV_M: PatternTable = [
  [13, ['javaneseMale']],
  [30, ['javaneseMale', 'javaneseMale']],
  [9, ['javaneseOrder', 'javaneseMale']],
  [12, ['muhammad', 'javaneseMale']],
  [8, ['arabicMale', 'javaneseMale']],
  [12, ['javaneseMale', 'javaneseMale', 'javaneseMale']],
  [6, ['muhammad', 'arabicMale', 'javaneseMale']],
  [4, ['abdul', 'javaneseMale']],
  [3, ['muhammad', 'arabicMale', 'javaneseMale', 'javaneseMale']],
  [3, ['javaneseOrder', 'javaneseMale', 'javaneseMale']],
];
const JAV_F: PatternTable = [
  [12, ['javaneseFemale']],
  [20, [{ literal: 'Sri' }, 'javaneseFemale']],
  [24, ['javaneseFemale', 'javaneseFemale']],
  [9, [{ literal: 'Siti' }, 'javaneseFemale']],
  [5, ['nurCompound']],
  [8, ['javaneseOrderFemale', 'javaneseFemale']],
  [5, [{ literal: 'Dewi' }, 'javaneseFemale']],
  [9, ['javaneseFemale', 'javaneseFemale', 'javaneseFemale']],
  [6, ['arabicFemale', 'javaneseFemale']],
  [2, [{ literal: 'Siti' }, 'arabicFemale', 'javaneseFemale', 'javaneseFemale']],
];
const SUN_M: PatternTable = [
  [6, ['sundaneseMale']],
  [50, ['sundaneseMale', 'sundaneseSecondMale']],
  [14, ['muhammad', 'sundaneseSecondMale']],
  [10, ['arabicMale', 'sundaneseSecondMale']],
  [12, ['sundaneseMale', 'arabicMale', 'sundaneseSecondMale']],
  [4, ['abdul', 'sundaneseSecondMale']],
  [3, ['muhammad', 'arabicMale', 'sundaneseMale', 'sundaneseSecondMale']],
];
const SUN_F: PatternTable = [
  [6, ['sundaneseFemale']],
  [48, ['sundaneseFemale', 'sundaneseSecondFemale']],
  [16, [{ literal: 'Siti' }, 'sundaneseSecondFemale']],
  [8, ['nurCompound', 'sundaneseSecondFemale']],
  [12, ['sundaneseFemale', 'arabicFemale', 'sundaneseSecondFemale']],
  [4, [{ literal: 'Siti' }, 'arabicFemale', 'sundaneseFemale', 'sundaneseSecondFemale']],
];
const MAL_M: PatternTable = [
  [5, ['malayMale']],
  [36, ['malayMale', 'malayMale']],
  [16, ['muhammad', 'malayMale']],
  [14, ['arabicMale', 'malayMale']],
  [10, ['malayMale', { literal: 'bin' }, 'arabicMale']],
  [10, ['muhammad', 'arabicMale', 'malayMale']],
  [5, ['abdul', 'malayMale']],
];
const MAL_F: PatternTable = [
  [5, ['malayFemale']],
  [38, ['malayFemale', 'malayFemale']],
  [16, [{ literal: 'Siti' }, 'malayFemale']],
  [12, ['arabicFemale', 'malayFemale']],
  [10, ['malayFemale', { literal: 'binti' }, 'arabicMale']],
  [10, ['nurCompound', 'malayFemale']],
  [5, [{ literal: 'Cut' }, 'malayFemale', 'malayFemale']],
];
const BATAK_M: PatternTable = [
  [50, ['batakMale', 'batakMarga']],
  [25, ['batakMale', 'christianMale', 'batakMarga']],
  [15, ['arabicMale', 'batakMarga']],
  [10, ['muhammad', 'arabicMale', 'batakMarga']],
];
const BATAK_F: PatternTable = [
  [50, ['batakFemale', 'batakMarga']],
  [25, ['christianFemale', 'batakFemale', 'batakMarga']],
  [15, [{ literal: 'Siti' }, 'arabicFemale', 'batakMarga']],
  [10, ['arabicFemale', 'batakMarga']],
];
const BUGIS_M: PatternTable = [
  [10, ['bugisMale']],
  [30, ['bugisMale', 'bugisMale']],
  [20, ['muhammad', 'bugisMale']],
  [15, [{ literal: 'Andi' }, 'bugisMale', 'bugisMale']],
  [15, ['arabicMale', 'bugisMale']],
  [10, ['muhammad', 'arabicMale', 'bugisMale']],
];
const BUGIS_F: PatternTable = [
  [10, ['bugisFemale']],
  [30, ['bugisFemale', 'bugisFemale']],
  [20, [{ literal: 'Sitti' }, 'bugisFemale']],
  [15, [{ literal: 'Andi' }, 'bugisFemale', 'bugisFemale']],
  [15, ['arabicFemale', 'bugisFemale']],
  [10, ['nurCompound', 'bugisFemale']],
];
const BALI_M: PatternTable = [
  [55, [{ literal: 'I' }, 'balineseOrder', 'balineseMale']],
  [25, [{ literal: 'I' }, 'balineseOrder', 'balineseMale', 'balineseMale']],
  [20, ['balineseOrder', 'balineseMale']],
];
const BALI_F: PatternTable = [
  [45, [{ literal: 'Ni' }, 'balineseOrder', 'balineseFemale']],
  [25, [{ literal: 'Ni' }, { literal: 'Luh' }, 'balineseOrder', 'balineseFemale']],
  [15, [{ literal: 'Ni' }, 'balineseOrder', 'balineseFemale', 'balineseFemale']],
  [15, ['balineseOrder', 'balineseFemale']],
];
const CHN_M: PatternTable = [
  [45, ['chineseMale', 'chineseSurname']],
  [15, ['chineseMale', 'chineseMale', 'chineseSurname']],
  [40, ['hokkienSurname', 'hokkienGiven']],
];
const CHN_F: PatternTable = [
  [45, ['chineseFemale', 'chineseSurname']],
  [15, ['chineseFemale', 'chineseFemale', 'chineseSurname']],
  [40, ['hokkienSurname', 'hokkienGiven']],
];
const EAST_M: PatternTable = [
  [55, ['christianMale', 'easternFamily']],
  [30, ['christianMale', 'christianMale', 'easternFamily']],
  [10, ['christianMale', 'javaneseMale', 'easternFamily']],
  [5, ['christianMale']],
];
const EAST_F: PatternTable = [
  [55, ['christianFemale', 'easternFamily']],
  [30, ['christianFemale', 'christianFemale', 'easternFamily']],
  [10, ['christianFemale', 'modernFemale', 'easternFamily']],
  [5, ['christianFemale']],
];
const MUS_M: PatternTable = [
  [6, ['arabicMale']],
  [22, ['muhammad', 'arabicMale']],
  [22, ['arabicMale', 'arabicMale']],
  [12, ['abdul']],
  [10, ['muhammad', 'arabicMale', 'arabicMale']],
  [10, ['arabicMale', { literal: 'bin' }, 'arabicMale']],
  [10, ['arabicMale', 'javaneseMale']],
  [8, ['abdul', 'arabicMale']],
];
const MUS_F: PatternTable = [
  [6, ['arabicFemale']],
  [26, [{ literal: 'Siti' }, 'arabicFemale']],
  [20, ['arabicFemale', 'arabicFemale']],
  [12, ['nurCompound']],
  [10, ['arabicFemale', { literal: 'binti' }, 'arabicMale']],
  [12, [{ literal: 'Nur' }, 'arabicFemale']],
  [8, [{ literal: 'Siti' }, 'arabicFemale', 'javaneseFemale']],
  [6, ['arabicFemale', 'javaneseFemale']],
];
const MODERN_M: PatternTable = [
  [45, ['modernMale', 'modernSecondMale']],
  [30, ['muhammad', 'modernMale', 'modernSecondMale']],
  [15, ['modernMale', 'modernMale', 'modernSecondMale']],
  [10, ['modernMale', 'arabicMale']],
];
const MODERN_F: PatternTable = [
  [45, ['modernFemale', 'modernSecondFemale']],
  [20, ['modernFemale', 'modernFemale', 'modernSecondFemale']],
  [20, ['nurCompound', 'modernSecondFemale']],
  [15, [{ literal: 'Siti' }, 'modernFemale', 'modernSecondFemale']],
];

/** Turns a pattern table into a weighted picker. */
function toPicker(table: PatternTable): WeightedPicker<readonly Slot[]> {
  return createWeightedPicker(
    table.map(([, slots]) => slots),
    table.map(([w]) => w),
  );
}

const PATTERNS: Readonly<
  Record<NameGroup, { L: WeightedPicker<readonly Slot[]>; P: WeightedPicker<readonly Slot[]> }>
> = {
  javanese: { L: toPicker(JAV_M), P: toPicker(JAV_F) },
  sundanese: { L: toPicker(SUN_M), P: toPicker(SUN_F) },
  malay: { L: toPicker(MAL_M), P: toPicker(MAL_F) },
  batak: { L: toPicker(BATAK_M), P: toPicker(BATAK_F) },
  bugis: { L: toPicker(BUGIS_M), P: toPicker(BUGIS_F) },
  balinese: { L: toPicker(BALI_M), P: toPicker(BALI_F) },
  chinese: { L: toPicker(CHN_M), P: toPicker(CHN_F) },
  eastern: { L: toPicker(EAST_M), P: toPicker(EAST_F) },
  muslim: { L: toPicker(MUS_M), P: toPicker(MUS_F) },
};
const MODERN = { L: toPicker(MODERN_M), P: toPicker(MODERN_F) };

/** Groups where younger cohorts often carry modern national names instead of regional ones. */
const MODERNISING: ReadonlySet<NameGroup> = new Set([
  'javanese',
  'sundanese',
  'malay',
  'muslim',
  'bugis',
]);

/** Fills one slot with tokens. */
function fillSlot(slot: Slot, rng: Rng): string[] {
  if (typeof slot === 'object') return [slot.literal];
  if (slot === 'abdul') {
    // Abdul compounds are written apart (Abdul Rahman) or joined with assimilation (Abdurrahman).
    return rng.chance(0.85)
      ? ['Abdul', POOLS.abdulPart.draw(rng)]
      : [`Abdul${POOLS.abdulPart.draw(rng).toLowerCase()}`];
  }
  if (slot === 'nurCompound') {
    const part = POOLS.arabicFemale.draw(rng);
    if (part.startsWith('Nur')) return [part];
    return rng.chance(0.6) ? [`Nur${part.toLowerCase()}`] : ['Nur', part];
  }
  if (slot === 'hokkienGiven')
    return [POOLS.hokkienSyllable.draw(rng), POOLS.hokkienSyllable.draw(rng)];
  return [POOLS[slot].draw(rng)];
}

/** Draws the tokens of a full name in modern spelling for a person of the group, sex and birth year. */
export function composeName(
  rng: Rng,
  group: NameGroup,
  sex: 'L' | 'P',
  birthYear: number,
): string[] {
  const modern = MODERNISING.has(group) && birthYear >= 1990 && rng.chance(0.35);
  const slots = (modern ? MODERN : PATTERNS[group])[sex].draw(rng);
  const tokens: string[] = [];
  for (const slot of slots) {
    for (const token of fillSlot(slot, rng)) {
      // A name never repeats a token (no "Budi Budi"); redraw once, then skip.
      if (tokens.some((t) => t.toLowerCase() === token.toLowerCase())) {
        const again = fillSlot(slot, rng)[0];
        if (again && !tokens.some((t) => t.toLowerCase() === again.toLowerCase()))
          tokens.push(again);
        continue;
      }
      tokens.push(token);
    }
  }
  return tokens;
}

/** Draws an organisation name such as "PT Karya Mandiri Sejahtera" or "LPK Bina Insan". */
export function composeOrganizationName(rng: Rng): string {
  const form = rng.pick(['PT', 'PT', 'PT', 'CV', 'LPK', 'Yayasan', 'PT']);
  const count = rng.range(2, 3);
  const words: string[] = [];
  while (words.length < count) {
    const w = POOLS.organizationWord.draw(rng);
    if (!words.includes(w)) words.push(w);
  }
  return `${form} ${words.join(' ')}`;
}
