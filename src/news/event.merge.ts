/**
 * Builds one event from its articles: merged facts with the files that state each one, and the
 * conflicts between outlets (different numbers of one kind, different spellings of a name).
 */
import { TPPO_TYPE_CODES, type TppoTypeCode } from '../domain/tppo.ts';
import type { EventInput } from './event.features.ts';
import type { EventConflict, NewsEvent, PlaceLevel, SourcedValue } from './news.types.ts';
import { normalizePersonName } from './persons.extract.ts';

/** 32-bit FNV-1a hash as 8 hex digits: stable event ids from member files. */
function hashFiles(files: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of [...files].sort().join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it is exceeded. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Collects values with the files that state them, keyed by `keyOf`. */
class Sourced<T> {
  private readonly entries = new Map<string, SourcedValue<T>>();
  add(key: string, value: T, file: string): void {
    const entry = this.entries.get(key);
    if (!entry) this.entries.set(key, { value, files: [file] });
    else if (!entry.files.includes(file)) entry.files.push(file);
  }
  get(key: string): SourcedValue<T> | undefined {
    return this.entries.get(key);
  }
  list(): SourcedValue<T>[] {
    return [...this.entries.values()];
  }
}

/** Finds numbers of one kind on which articles disagree (their value sets do not meet). */
function findNumberConflicts(articles: readonly EventInput[]): EventConflict[] {
  const perKind = new Map<string, Map<string, Set<number>>>();
  for (const article of articles) {
    for (const number of article.facts.numbers) {
      let files = perKind.get(number.kind);
      if (!files) perKind.set(number.kind, (files = new Map<string, Set<number>>()));
      let values = files.get(article.file);
      if (!values) files.set(article.file, (values = new Set()));
      values.add(number.value);
    }
  }
  const conflicts: EventConflict[] = [];
  for (const [kind, files] of perKind) {
    const sets = [...files.values()];
    const disagree = sets.some((a, i) =>
      sets.slice(i + 1).some((b) => ![...a].some((v) => b.has(v))),
    );
    if (!disagree) continue;
    const byValue = new Map<number, string[]>();
    for (const [file, values] of files)
      for (const v of values) byValue.set(v, [...(byValue.get(v) ?? []), file]);
    conflicts.push({
      kind: 'number',
      field: kind,
      values: [...byValue].sort((a, b) => a[0] - b[0]).map(([value, f]) => ({ value, files: f })),
    });
  }
  return conflicts;
}

/** Finds one person's name spelled differently by different articles. */
function findNameConflicts(articles: readonly EventInput[]): EventConflict[] {
  const spellings = new Map<string, Map<string, string[]>>();
  for (const article of articles) {
    for (const person of article.facts.persons) {
      if (person.initials) continue;
      const key = normalizePersonName(person.name);
      let forms = spellings.get(key);
      if (!forms) spellings.set(key, (forms = new Map<string, string[]>()));
      const form = person.name.replace(/\s+/g, ' ');
      const shown = [...forms.keys()].find((f) => f.toLowerCase() === form.toLowerCase()) ?? form;
      forms.set(shown, [...new Set([...(forms.get(shown) ?? []), article.file])]);
    }
  }
  const keys = [...spellings.keys()];
  const conflicts: EventConflict[] = [];
  const used = new Set<string>();
  for (const key of keys) {
    if (used.has(key)) continue;
    const similar = keys.filter(
      (other) =>
        other === key ||
        (!used.has(other) &&
          key.length >= 5 &&
          other[0] === key[0] &&
          editDistance(key, other, 2) <= 2),
    );
    const values = similar.flatMap((k) => [...(spellings.get(k) ?? new Map<string, string[]>())]);
    const files = new Set(values.flatMap(([, f]) => f));
    if (values.length > 1 && files.size > 1) {
      similar.forEach((k) => used.add(k));
      conflicts.push({
        kind: 'name',
        field: key,
        values: values.map(([value, f]) => ({ value, files: f })),
      });
    }
  }
  return conflicts;
}

/** Builds an event from the articles grouped into it. */
export function buildEvent(articles: readonly EventInput[]): NewsEvent {
  const files = articles.map((a) => a.file);
  const offices = new Sourced<{ key: string; name: string }>();
  const persons = new Sourced<{ name: string; role: string | null }>();
  const numbers = new Sourced<{
    kind: (typeof articles)[number]['facts']['numbers'][number]['kind'];
    value: number;
    unit: string;
  }>();
  const dates = new Sourced<string>();
  const places = new Map<
    string,
    { code: string; name: string | null; level: PlaceLevel | null; files: string[] }
  >();
  const types = new Map<TppoTypeCode, number>();
  for (const { file, facts } of articles) {
    for (const office of facts.offices)
      offices.add(office.key, { key: office.key, name: office.name }, file);
    for (const person of facts.persons) {
      const key = person.initials ? `i:${person.name}` : normalizePersonName(person.name);
      persons.add(key, { name: person.name, role: person.role }, file);
      const entry = persons.get(key);
      if (entry && entry.value.role === null && person.role) entry.value.role = person.role;
    }
    for (const n of facts.numbers)
      numbers.add(`${n.kind}:${n.value}`, { kind: n.kind, value: n.value, unit: n.unit }, file);
    if (facts.eventDate) dates.add(facts.eventDate, facts.eventDate, file);
    for (const place of facts.places) {
      if (!place.code) continue;
      const key =
        place.level === 'negara' || place.level === 'kota_asing'
          ? `${place.code}:${place.name}`
          : place.code;
      const entry = places.get(key);
      if (!entry)
        places.set(key, { code: place.code, name: place.name, level: place.level, files: [file] });
      else if (!entry.files.includes(file)) entry.files.push(file);
    }
    for (const type of facts.types) types.set(type.code, (types.get(type.code) ?? 0) + 1);
  }
  const dateList = dates
    .list()
    .sort((a, b) => b.files.length - a.files.length || a.value.localeCompare(b.value));
  const specific = TPPO_TYPE_CODES.filter((code) => code !== 'UMUM' && types.has(code));
  return {
    id: `ev-${hashFiles(files)}`,
    files,
    date: dateList[0]?.value ?? null,
    types: specific.length > 0 ? specific : ['UMUM'],
    places: [...places.values()],
    facts: {
      offices: offices.list(),
      persons: persons.list(),
      numbers: numbers.list(),
      dates: dateList,
    },
    conflicts: [...findNumberConflicts(articles), ...findNameConflicts(articles)],
    related: [],
  };
}
