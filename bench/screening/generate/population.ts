/**
 * The population model: one person per (seed, stream, index), with a name from names.ts, a birth
 * date skewed to working ages, a NIK consistent with birth date, sex and home regency, mobile phones
 * and sometimes a passport. Listed entries and non-listed queries are drawn from this same model.
 */
import { composeName, composeOrganizationName } from './names.ts';
import { createRng, createWeightedPicker, type Rng } from './prng.ts';
import {
  GROUP_REGION_PREFIXES,
  listRegenciesFor,
  MOBILE_PREFIXES,
  PASSPORT_LETTERS,
  type NameGroup,
  type Regency,
} from './regions.ts';
import {
  DEGREE_SUFFIXES,
  hasOldSpellingTarget,
  isMuhammadToken,
  pickPrefixTitle,
  toOldSpelling,
} from './spelling.ts';
import type { BenchEntry, Person, Sex } from './types.ts';

/** Streams keep listed entries, negatives, positives and updates independent of each other. */
export const STREAM = { entry: 1, negative: 2, positive: 3, update: 4, entryMeta: 5 } as const;

const GROUP_PICKER = createWeightedPicker<NameGroup>(
  ['javanese', 'sundanese', 'malay', 'batak', 'bugis', 'balinese', 'chinese', 'eastern', 'muslim'],
  [36, 15, 10, 4, 5, 2, 3, 8, 17],
);

const REGENCIES_BY_GROUP = new Map<NameGroup, Regency[]>(
  (Object.keys(GROUP_REGION_PREFIXES) as NameGroup[]).map((g) => [
    g,
    listRegenciesFor(GROUP_REGION_PREFIXES[g]),
  ]),
);

/** The reference year for ages (the benchmark models screenings in 2025). */
const REFERENCE_YEAR = 2025;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Pads a number with leading zeros. */
function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Draws an age skewed to young adults (most applicants who are screened are 18-40). */
function drawAge(rng: Rng): number {
  const u = rng.next();
  if (u < 0.62) return rng.range(18, 35);
  if (u < 0.9) return rng.range(36, 50);
  return rng.range(51, 65);
}

/** Draws a full birth date; a few older people carry the registry default 01-01 or 31-12. */
function drawBirthDate(rng: Rng): { year: number; month: number; day: number } {
  const year = REFERENCE_YEAR - drawAge(rng);
  if (year < 1975 && rng.chance(0.06))
    return rng.chance(0.7) ? { year, month: 1, day: 1 } : { year, month: 12, day: 31 };
  const month = rng.range(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 30);
  return { year, month, day: rng.range(1, days) };
}

/** Builds a NIK: PP KK CC, DD (+40 for women) MM YY, serial 0001+ skewed small. */
export function buildNik(
  rng: Rng,
  regency: Regency,
  sex: Sex,
  date: { year: number; month: number; day: number },
): string {
  const region = regency.code.replace('.', '');
  const district = pad(rng.range(1, regency.districts), 2);
  const day = pad(date.day + (sex === 'P' ? 40 : 0), 2);
  const serial = pad(1 + Math.floor(Math.pow(rng.next(), 2.5) * 2999), 4);
  return `${region}${district}${day}${pad(date.month, 2)}${pad(date.year % 100, 2)}${serial}`;
}

/** Draws a mobile number in the plain 08xx form, 11-13 digits long. */
function drawPhone(rng: Rng): string {
  let digits = rng.pick(MOBILE_PREFIXES);
  const rest = rng.range(7, 8);
  for (let i = 0; i < rest; i++) digits += String(rng.int(10));
  return digits;
}

/** Generates the person at (seed, stream, index); the same triple always gives the same person. */
export function generatePerson(seed: number, stream: number, index: number): Person {
  const rng = createRng(seed, stream, index);
  const group = GROUP_PICKER.draw(rng);
  const sex: Sex = rng.chance(0.5) ? 'L' : 'P';
  const date = drawBirthDate(rng);
  const tokens = composeName(rng, group, sex, date.year);
  // People born before the 1972 reform often keep the old spelling of their name; some younger ones too.
  const oldSpelling = rng.chance(date.year < 1972 ? 0.35 : 0.04);
  const writtenTokens = tokens.map((t) =>
    oldSpelling && !isMuhammadToken(t) && hasOldSpellingTarget(t) && rng.chance(0.8)
      ? toOldSpelling(t, rng, 0.8)
      : t,
  );
  const regencies = REGENCIES_BY_GROUP.get(group) ?? [];
  const regency = rng.pick(regencies);
  const birthDate = `${date.year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  const nik = buildNik(rng, regency, sex, date);
  const phoneCount = rng.chance(0.75) ? (rng.chance(0.25) ? 2 : 1) : 0;
  const phones: string[] = [];
  for (let i = 0; i < phoneCount; i++) phones.push(drawPhone(rng));
  const passport = rng.chance(0.45)
    ? `${rng.pick(PASSPORT_LETTERS)}${pad(rng.int(10_000_000), 7)}`
    : null;
  const age = REFERENCE_YEAR - date.year;
  const title = age >= 40 && rng.chance(0.12) ? pickPrefixTitle(rng, sex) : null;
  const degree = rng.chance(0.03) ? rng.pick(DEGREE_SUFFIXES) : null;
  return {
    group,
    sex,
    tokens,
    writtenTokens,
    title,
    degree,
    birthDate,
    regency: regency.code,
    birthPlace: regency.name.replace(/^Kota /, ''),
    nik,
    phones,
    passport,
  };
}

/** Writes a person's name as a record would: title, written tokens, degree after a comma. */
export function writeFullName(person: Person, withTitle: boolean): string {
  let name = person.writtenTokens.join(' ');
  if (withTitle && person.title) name = `${person.title} ${name}`;
  if (withTitle && person.degree) name = `${name}, ${person.degree}`;
  return name;
}

/** Tokens that open many names and never give a nickname (Muhammad, Siti, Nur, Sri, Balinese markers). */
const NO_NICKNAME =
  /^(m|moh|muh|moch|mohd|muhammad|muhamad|mohammad|mohamad|mochamad|mochammad|siti|sitti|nur|nurul|sri|abdul|i|ni|luh|bin|binti|eko|dwi|tri|eka)\.?$/i;

/**
 * A panggilan (short form) of a person's name: the last two syllables of the first given name, as
 * Javanese and Sundanese nicknames are made (Sugianto → Anto, Harningrum → Ningrum), other tokens kept.
 * Returns null when no token gives a shorter form.
 */
export function nicknameOf(tokens: readonly string[]): string | null {
  const index = tokens.findIndex((t) => t.length >= 5 && !NO_NICKNAME.test(t));
  const token = tokens[index];
  if (token === undefined) return null;
  const lower = token.toLowerCase();
  const vowels: number[] = [];
  for (let i = 0; i < lower.length; i++) if ('aeiou'.includes(lower[i] ?? '')) vowels.push(i);
  const penultimate = vowels[vowels.length - 2];
  if (penultimate === undefined || penultimate === 0) return null;
  const start = 'aeiou'.includes(lower[penultimate - 1] ?? '') ? penultimate : penultimate - 1;
  const short = lower.slice(start);
  if (short.length < 3 || short.length >= lower.length) return null;
  const out = [...tokens];
  out[index] = short.charAt(0).toUpperCase() + short.slice(1);
  return out.join(' ');
}

/**
 * Turns person i of the entry stream into the watchlist entry a list would hold: a subset of the
 * person's identifiers, a birth date that is sometimes only a year, and 0-3 aliases.
 */
export function generateEntry(seed: number, index: number): BenchEntry {
  const id = `w${pad(index, 7)}`;
  const meta = createRng(seed, STREAM.entryMeta, index);
  const listing = meta.chance(0.15) ? 'protective' : 'suspect';
  const kindRoll = meta.next();
  if (kindRoll < 0.02) {
    return {
      id,
      kind: 'organization',
      names: [composeOrganizationName(meta)],
      listing,
      registrationNumbers: [pad(meta.int(1e9), 9) + pad(meta.int(1e4), 4)],
      address: `Jl. ${composeOrganizationName(meta).split(' ').slice(1).join(' ')} No. ${meta.range(1, 200)}`,
      phones: [drawPhone(meta)],
    };
  }
  if (kindRoll < 0.03) return { id, kind: 'phone', names: [], phones: [drawPhone(meta)], listing };
  const person = generatePerson(seed, STREAM.entry, index);
  return entryFromPerson(person, id, meta, listing);
}

/** Writes the entry for a known person (also used for update tests). */
export function entryFromPerson(
  person: Person,
  id: string,
  rng: Rng,
  listing: 'suspect' | 'protective',
): BenchEntry {
  const names = [writeFullName(person, rng.chance(0.5))];
  const aliasRoll = rng.next();
  const aliasCount = aliasRoll < 0.62 ? 0 : aliasRoll < 0.87 ? 1 : aliasRoll < 0.96 ? 2 : 3;
  for (let a = 0; a < aliasCount; a++) {
    const kind = rng.next();
    const nickname = kind < 0.4 ? nicknameOf(person.tokens) : null;
    if (nickname) {
      names.push(nickname);
    } else if (kind < 0.7) {
      // A different identity used by the same person (recruiters rotate names).
      const other = generatePerson(rng.int(2 ** 31), STREAM.update, rng.int(1e6));
      names.push(other.tokens.join(' '));
    } else {
      names.push(person.tokens.join(' '));
    }
  }
  const entry: BenchEntry = {
    id,
    kind: 'person',
    names: [...new Set(names)],
    sex: person.sex,
    listing,
    nationality: 'ID',
  };
  const dateRoll = rng.next();
  if (dateRoll < 0.72) entry.birthDate = person.birthDate;
  else if (dateRoll < 0.77) entry.birthDate = person.birthDate.slice(0, 7);
  else if (dateRoll < 0.9) entry.birthDate = person.birthDate.slice(0, 4);
  if (rng.chance(0.55)) entry.nik = person.nik;
  if (person.phones.length > 0 && rng.chance(0.5))
    entry.phones = person.phones.slice(0, rng.range(1, person.phones.length));
  if (person.passport && rng.chance(0.6)) entry.passportNumbers = [person.passport];
  if (rng.chance(0.5)) entry.birthPlace = person.birthPlace;
  if (rng.chance(0.7)) entry.homeRegion = person.regency;
  if (rng.chance(0.03)) delete entry.sex;
  return entry;
}
