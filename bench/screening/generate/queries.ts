/**
 * Labelled screening queries. Positives are listed people presenting with a varied name and the
 * fields an applicant gives (full or partial birth date, sometimes NIK, phone in another written
 * form, passport); negatives are non-listed people from the same population model, so they share the
 * common tokens (Siti, Nur, Muhammad, Sri) with the list.
 */
import { entryFromPerson, generateEntry, generatePerson, STREAM } from './population.ts';
import { createRng, type Rng } from './prng.ts';
import { garbleName, renderDraft, varyName, type NameDraft } from './variants.ts';
import type { BenchEntry, BenchQuery, LabelledQuery, Person } from './types.ts';

/** Writes a 08xx number in another of the forms people use (+62, 62, dashes, spaces, brackets). */
export function formatPhone(rng: Rng, digits08: string): string {
  const national = digits08.slice(1);
  const a = digits08.slice(0, 4);
  const b = digits08.slice(4, 8);
  const c = digits08.slice(8);
  return rng.pick([
    `+62${national}`,
    `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`,
    `62${national}`,
    `${a}-${b}-${c}`,
    `${a} ${b} ${c}`,
    `(${a}) ${b}${c}`,
    `62 ${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`,
  ]);
}

/** Swaps day and month of a full date when both are <= 12 (a clerical mix-up), else returns null. */
function swapDayMonth(date: string): string | null {
  const [y, m, d] = date.split('-');
  if (!y || !m || !d || Number(d) > 12 || d === m) return null;
  return `${y}-${d}-${m}`;
}

/** Adds the non-name fields of a query for a person, recording field operations. */
function fillFields(
  rng: Rng,
  person: Person,
  query: BenchQuery,
  ops: string[],
  allowNik: boolean,
): void {
  const dateRoll = rng.next();
  if (dateRoll < 0.88) {
    const swapped = rng.chance(0.02) ? swapDayMonth(person.birthDate) : null;
    query.birthDate = swapped ?? person.birthDate;
    if (swapped) ops.push('date_swap');
  } else if (dateRoll < 0.92) {
    query.birthDate = person.birthDate.slice(0, 7);
    ops.push('date_partial');
  } else if (dateRoll < 0.97) {
    query.birthDate = person.birthDate.slice(0, 4);
    ops.push('date_partial');
  } else ops.push('no_date');
  if (rng.chance(0.95)) query.sex = person.sex;
  if (allowNik && rng.chance(0.6)) query.nik = person.nik;
  const phone = person.phones[rng.int(Math.max(1, person.phones.length))];
  if (phone && rng.chance(0.45)) {
    query.phones = [formatPhone(rng, phone)];
    ops.push('phone_format');
  }
  if (person.passport && rng.chance(0.15)) query.passportNumber = person.passport;
  if (rng.chance(0.9)) query.nationality = 'ID';
  if (rng.chance(0.5)) query.birthPlace = person.birthPlace;
}

/** Uppercases the name as passports and many forms do, for a share of queries. */
function maybeUpper(rng: Rng, name: string): string {
  return rng.chance(0.3) ? name.toUpperCase() : name;
}

/** Builds positive query k: a listed person entry (chosen by the seed) presenting with a varied name. */
export function buildPositive(seed: number, k: number, size: number): LabelledQuery {
  const rng = createRng(seed, STREAM.positive, k);
  let entry: BenchEntry = generateEntry(seed, 0);
  let index = 0;
  // Positives target listed people; organisation and phone-only entries are redrawn.
  for (let tries = 0; tries < 50; tries++) {
    index = rng.int(size);
    entry = generateEntry(seed, index);
    if (entry.kind === 'person') break;
  }
  const person = generatePerson(seed, STREAM.entry, index);
  const ops: string[] = [];
  const query: BenchQuery = { name: '' };
  const nikOnly = entry.nik !== undefined && rng.chance(0.03);
  if (nikOnly) {
    const draft: NameDraft = {
      tokens: [...person.writtenTokens],
      prefix: null,
      suffix: null,
      lastFirst: false,
    };
    garbleName(rng, draft);
    query.name = maybeUpper(rng, renderDraft(draft));
    query.nik = person.nik;
    ops.push('nik_only_garbled');
  } else {
    fillFields(rng, person, query, ops, true);
    const aliases = entry.names.slice(1);
    const useAlias = aliases.length > 0 && rng.chance(0.12);
    const base = useAlias ? rng.pick(aliases).split(' ') : [...person.writtenTokens];
    if (useAlias) ops.push('alias');
    const primary = entry.names[0] ?? '';
    if (
      !useAlias &&
      primary.includes(',') === false &&
      person.title &&
      primary.startsWith(person.title)
    )
      ops.push('title_removed');
    const draft: NameDraft = { tokens: base, prefix: null, suffix: null, lastFirst: false };
    ops.unshift(
      ...varyName(rng, draft, { sex: person.sex, fullDate: (query.birthDate ?? '').length === 10 }),
    );
    query.name = maybeUpper(rng, renderDraft(draft));
  }
  const nikEqual = query.nik !== undefined && query.nik === entry.nik;
  return { id: `p${String(k).padStart(5, '0')}`, truth: entry.id, ops, nikEqual, query };
}

/** Builds negative query j: a person from the same population who is not on the list. */
export function buildNegative(seed: number, j: number): LabelledQuery {
  const rng = createRng(seed, STREAM.negative + 100, j);
  const person = generatePerson(seed, STREAM.negative, j);
  const query: BenchQuery = { name: '' };
  const ops: string[] = ['negative'];
  fillFields(rng, person, query, ops, true);
  let name = person.writtenTokens.join(' ');
  if (person.title && rng.chance(0.5)) name = `${person.title} ${name}`;
  query.name = maybeUpper(rng, name);
  return { id: `n${String(j).padStart(5, '0')}`, truth: null, ops, nikEqual: false, query };
}

/** Builds update u: a new listed person (id outside the main range) used to time upsert → screenable. */
export function buildUpdate(seed: number, u: number): { entry: BenchEntry; query: BenchQuery } {
  const person = generatePerson(seed, STREAM.update, u);
  const entry = entryFromPerson(
    person,
    `u${String(u).padStart(6, '0')}`,
    createRng(seed, STREAM.update + 100, u),
    'suspect',
  );
  entry.birthDate = person.birthDate;
  return {
    entry,
    query: { name: person.writtenTokens.join(' '), birthDate: person.birthDate, sex: person.sex },
  };
}

/**
 * Builds the labelled query set, positives and negatives interleaved in a fixed order so that any
 * prefix (the sample slow peers run) holds both in the same 1:5 proportion as the whole set.
 */
export function buildQueries(
  seed: number,
  size: number,
  positives: number,
  negatives: number,
): LabelledQuery[] {
  const out: LabelledQuery[] = [];
  let p = 0;
  let n = 0;
  while (p < positives || n < negatives) {
    // Emit whichever kind is behind its share of the total so far.
    const wantPositive =
      p < positives && (n >= negatives || p * (positives + negatives) <= (p + n) * positives);
    if (wantPositive) out.push(buildPositive(seed, p++, size));
    else out.push(buildNegative(seed, n++));
  }
  return out;
}
