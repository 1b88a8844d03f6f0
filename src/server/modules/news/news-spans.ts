import type { ArticleFacts } from '../../../news/index.ts';

/** What a highlighted stretch of text is. */
export type SpanKind = 'office' | 'place' | 'date' | 'person' | 'number';

/** A stretch of an article's text that states an extracted fact, as character offsets. */
export interface FactSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** What the fact resolved to, e.g. `16.72.01.1018 Dempo Makmur (kelurahan)`. */
  label: string;
}

interface Needle {
  text: string;
  kind: SpanKind;
  label: string;
}

/** Where a kind wins when two facts cover the same words (a place inside an office name loses). */
const PRIORITY: Record<SpanKind, number> = {
  office: 5,
  person: 4,
  date: 3,
  number: 2,
  place: 1,
};

function needlesOf(facts: ArticleFacts): Needle[] {
  const needles: Needle[] = [];
  for (const office of facts.offices) {
    for (const mention of office.mentions) {
      needles.push({ text: mention, kind: 'office', label: office.name });
    }
  }
  for (const place of facts.places) {
    const label = place.code
      ? `${place.code} ${place.name ?? ''}${place.level ? ` (${place.level})` : ''}`.trim()
      : place.text;
    const notes = place.notes.length > 0 ? ` — ${place.notes.join('; ')}` : '';
    needles.push({ text: place.text, kind: 'place', label: label + notes });
    // A chain ("Desa X, Kecamatan Y") may be written with other separators: its first part
    // still shows where the place is named.
    const first = place.text.split(/\s*,\s*/)[0];
    if (first && first !== place.text)
      needles.push({ text: first, kind: 'place', label: label + notes });
  }
  for (const date of facts.dates) {
    const notes = [...(date.inferred ? ['inferred'] : []), ...date.notes];
    needles.push({
      text: date.text,
      kind: 'date',
      label: `${date.date}${date.end ? ` – ${date.end}` : ''}${notes.length > 0 ? ` — ${notes.join('; ')}` : ''}`,
    });
  }
  for (const person of facts.persons) {
    needles.push({
      text: person.name,
      kind: 'person',
      label: [person.name, person.role, person.age !== null ? `${person.age} th` : null]
        .filter(Boolean)
        .join(', '),
    });
    if (person.role) {
      needles.push({ text: person.role, kind: 'person', label: `${person.role}: ${person.name}` });
    }
  }
  for (const number of facts.numbers) {
    needles.push({
      text: number.text,
      kind: 'number',
      label: `${number.kind}: ${number.value} ${number.unit}`,
    });
  }
  return needles.filter((n) => n.text.trim().length >= 2);
}

/** Every occurrence of `needle` in `text`, ignoring case when that keeps offsets exact. */
function occurrences(text: string, lower: string, needle: string): number[] {
  const found: number[] = [];
  const folded = needle.toLowerCase();
  const caseless = lower.length === text.length && folded.length === needle.length;
  const haystack = caseless ? lower : text;
  const target = caseless ? folded : needle;
  for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + 1)) {
    const before = at === 0 ? '' : (text[at - 1] ?? '');
    const after = text[at + target.length] ?? '';
    // Whole words only: "Enim" inside "Muara Enimnya" is not the office.
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    found.push(at);
  }
  return found;
}

/**
 * Finds where the extracted facts stand in an article's text: offices, places, dates, people
 * and numbers, as non-overlapping spans in text order (longer and more specific facts win).
 */
export function computeFactSpans(text: string, facts: ArticleFacts): FactSpan[] {
  const lower = text.toLowerCase();
  const candidates: FactSpan[] = [];
  const seen = new Set<string>();
  for (const needle of needlesOf(facts)) {
    for (const start of occurrences(text, lower, needle.text)) {
      const key = `${start}:${needle.text.length}:${needle.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({
        start,
        end: start + needle.text.length,
        kind: needle.kind,
        label: needle.label,
      });
    }
  }
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      PRIORITY[b.kind] - PRIORITY[a.kind] ||
      a.start - b.start,
  );
  const taken: FactSpan[] = [];
  for (const span of candidates) {
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start);
}
