import { depthOfLevel } from './region-code.ts';
import { fitLevel } from './region-level.score.ts';
import { normaliseRegionName, stripLevelPrefix } from './region-name.normaliser.ts';
import type { IdRange, NameHit } from './region-name.search.ts';
import { searchName } from './region-name.search.ts';
import type { RegionStore } from './region-store.builder.ts';
import { levelAt } from './region-store.builder.ts';
import type {
  FindOptions,
  MentionPart,
  RegionCandidate,
  RegionLevel,
  RegionRef,
} from './region.types.ts';

/** Weight of each context part against the place's own name in the final score. */
const CONTEXT_WEIGHT = 0.5;
/** Share of a context part's credit kept when it names the wrong level but the right area. */
const WRONG_LEVEL_CREDIT = 0.5;
/** Parent regions searched again, with a looser spelling tolerance, for the place's name. */
const MAX_SCOPES = 8;
const DEFAULT_LIMIT = 10;
/** A chain names at most four levels (desa to provinsi); two spare parts allow repeats. */
const MAX_PARTS = 6;
const VILLAGE_DEPTH = 3;

/** A hit weighed by the level the part announced. */
interface PartHit extends NameHit {
  own: number;
  levelMismatch: boolean;
}

/** One part of a mention, with its hits best first. */
interface EvaluatedPart {
  part: MentionPart;
  /** The part's text without its level word, for notes. */
  display: string;
  hint: RegionLevel | undefined;
  hits: PartHit[];
}

/** Candidates for a chain of parts, best first (see RegionIndex.resolveMention). */
export function resolveParts(
  store: RegionStore,
  parts: readonly MentionPart[],
  options: FindOptions = {},
  within?: IdRange,
): RegionCandidate[] {
  const evaluated = parts
    .slice(0, MAX_PARTS)
    .map((part) => evaluatePart(store, part))
    .filter((part) => part !== undefined);
  const candidates = resolveEvaluated(store, evaluated, within, []);
  const levels = options.levels;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  return candidates
    .filter((candidate) => levels === undefined || levels.includes(candidate.level))
    .slice(0, limit);
}

/** Whether a part's text matches any region, exactly or fuzzily. */
export function hasCandidates(store: RegionStore, part: MentionPart): boolean {
  return (evaluatePart(store, part)?.hits.length ?? 0) > 0;
}

/** Searches one part's name, in the whole list or in one subtree; undefined for an empty text. */
function evaluatePart(
  store: RegionStore,
  part: MentionPart,
  scope?: IdRange,
): EvaluatedPart | undefined {
  const normalised = normaliseRegionName(part.text);
  if (normalised === '') return undefined;
  const stripped = stripLevelPrefix(normalised);
  const hint = part.levelHint ?? stripped.level;
  const hits = new Map<number, PartHit>();
  const weigh = (hit: NameHit, level: RegionLevel | undefined): void => {
    const fit = fitLevel(levelAt(store, hit.id), level);
    const own = hit.match * fit.weight;
    const known = hits.get(hit.id);
    if (known === undefined || known.own < own)
      hits.set(hit.id, { ...hit, own, levelMismatch: fit.mismatch });
  };
  const fuzzyAboveVillages = hint !== undefined && depthOfLevel(hint) < VILLAGE_DEPTH;
  for (const hit of searchName(store, stripped.name, { scope, fuzzyAboveVillages }))
    weigh(hit, hint);
  // Some names begin with a level word ("Desa Baru", "Kota Baru"): also try the whole text.
  if (stripped.level !== undefined) {
    for (const hit of searchName(store, normalised, { scope, exactOnly: true }))
      weigh(hit, part.levelHint);
  }
  const droppedWords = normalised.split(' ').length - stripped.name.split(' ').length;
  return {
    part,
    display: dropLeadingWords(part.text, droppedWords),
    hint,
    hits: sortHits(store, [...hits.values()]),
  };
}

/** The text without its first `count` words ("Kab. Bekasi" → "Bekasi"), for notes. */
function dropLeadingWords(text: string, count: number): string {
  let rest = text.trim();
  for (let i = 0; i < count; i++) rest = rest.replace(/^[\p{L}\p{N}]+\.?\s*/u, '');
  return rest === '' ? text.trim() : rest;
}

/** Hits best first: by weighed match, then higher level, then code order. */
function sortHits(store: RegionStore, hits: PartHit[]): PartHit[] {
  return hits.sort(
    (a, b) => b.own - a.own || depthAt(store, a.id) - depthAt(store, b.id) || a.id - b.id,
  );
}

function depthAt(store: RegionStore, id: number): number {
  return depthOfLevel(levelAt(store, id));
}

/**
 * Resolves parts whose finest one is the place and the rest its context; when the place is not
 * found at all, the next finest part is resolved instead, with a note saying so.
 */
function resolveEvaluated(
  store: RegionStore,
  parts: EvaluatedPart[],
  within: IdRange | undefined,
  inherited: string[],
): RegionCandidate[] {
  const leafIndex = pickLeaf(store, parts);
  const leaf = parts[leafIndex];
  if (leaf === undefined) return [];
  const context = parts.filter((_, i) => i !== leafIndex);
  const hits = collectLeafHits(store, leaf, context, within);
  if (hits.length === 0) {
    if (context.length === 0) return [];
    const note = `"${leaf.display}" was not found; resolved to the enclosing region`;
    return resolveEvaluated(store, context, within, [...inherited, note]);
  }
  const candidates = hits.map((hit) => scoreHit(store, hit, leaf, context, inherited));
  return candidates.sort(
    (a, b) =>
      b.score - a.score ||
      depthOfLevel(a.level) - depthOfLevel(b.level) ||
      (a.code < b.code ? -1 : 1),
  );
}

/** The part naming the finest level (announced, or else of its best hit); the first on a tie. */
function pickLeaf(store: RegionStore, parts: EvaluatedPart[]): number {
  let best = -1;
  let bestDepth = -2;
  parts.forEach((part, i) => {
    const top = part.hits[0];
    const depth =
      part.hint !== undefined ? depthOfLevel(part.hint) : top ? depthAt(store, top.id) : -1;
    if (depth > bestDepth) {
      best = i;
      bestDepth = depth;
    }
  });
  return best;
}

/**
 * The place's hits: from the whole list, plus a looser search inside each region the context
 * names (and inside the area a wrong-level context word belongs to), all limited to `within`.
 */
function collectLeafHits(
  store: RegionStore,
  leaf: EvaluatedPart,
  context: EvaluatedPart[],
  within: IdRange | undefined,
): PartHit[] {
  const byId = new Map<number, PartHit>();
  const keep = (hit: PartHit): void => {
    const known = byId.get(hit.id);
    if (known === undefined || known.own < hit.own) byId.set(hit.id, hit);
  };
  const base =
    within === undefined ? leaf.hits : (evaluatePart(store, leaf.part, within)?.hits ?? []);
  base.forEach(keep);
  for (const scope of contextScopes(store, context)) {
    const start = Math.max(scope.start, within?.start ?? 0);
    const end = Math.min(scope.end, within?.end ?? store.codes.length);
    if (start < end) evaluatePart(store, leaf.part, { start, end })?.hits.forEach(keep);
  }
  return [...byId.values()];
}

/** Subtrees the context names: its best hits, and their areas at the level it announced. */
function contextScopes(store: RegionStore, context: EvaluatedPart[]): IdRange[] {
  const roots = new Set<number>();
  for (const part of context) {
    for (const hit of part.hits.filter((h) => h.kind !== 'partial').slice(0, 4)) {
      roots.add(hit.id);
      if (part.hint !== undefined)
        roots.add(ancestorAtDepth(store, hit.id, depthOfLevel(part.hint)));
    }
  }
  return [...roots]
    .filter((id) => id >= 0 && (store.ends[id] ?? 0) - id > 1)
    .slice(0, MAX_SCOPES)
    .map((id) => ({ start: id, end: store.ends[id] ?? id }));
}

/** The ancestor (or the region itself) at a depth; -1 when the region is higher than that. */
function ancestorAtDepth(store: RegionStore, id: number, depth: number): number {
  let current = id;
  while (current >= 0 && depthAt(store, current) > depth) current = store.parents[current] ?? -1;
  return current >= 0 && depthAt(store, current) === depth ? current : -1;
}

/**
 * Whether region `a` strictly contains region `b`. Context parts are parents: a part naming the
 * place itself again, or a place below it, is no evidence for it.
 */
function contains(store: RegionStore, a: number, b: number): boolean {
  return a < b && b < (store.ends[a] ?? 0);
}

/** The candidate for one hit of the place: its own match combined with every context part. */
function scoreHit(
  store: RegionStore,
  hit: PartHit,
  leaf: EvaluatedPart,
  context: EvaluatedPart[],
  inherited: string[],
): RegionCandidate {
  const ref = refOf(store, hit.id);
  const notes = [...describeOwnMatch(store, hit, leaf)];
  let credit = 0;
  for (const part of context) {
    const judged = judgeContext(store, hit.id, part);
    credit += judged.credit;
    if (judged.note !== undefined) notes.push(judged.note);
  }
  // A part that names no region at all ("Jl. Merdeka No. 5", "RT 02/RW 03") is not a wrong
  // parent, only noise around the place: it gets a note but does not weigh in the score.
  const weighed = context.filter((part) => part.hits.length > 0).length;
  const score = (hit.own + CONTEXT_WEIGHT * credit) / (1 + CONTEXT_WEIGHT * weighed);
  return {
    ...ref,
    parents: parentsOf(store, hit.id),
    score: Math.round(score * 1000) / 1000,
    notes: [...notes, ...inherited],
  };
}

/** Notes on the spelling and level of the place's own match. */
function describeOwnMatch(store: RegionStore, hit: PartHit, leaf: EvaluatedPart): string[] {
  const name = store.names[hit.id] ?? '';
  const level = levelAt(store, hit.id);
  // A regency is spelled without its "Kabupaten"/"Kota" word, which the level already says.
  const spelled = level === 'kabupaten' || level === 'kota' ? dropLeadingWords(name, 1) : name;
  const notes: string[] = [];
  switch (hit.kind) {
    case 'exact':
      break;
    case 'spacing':
    case 'fuzzy':
      notes.push(`"${leaf.display}" is spelled "${spelled}" officially`);
      break;
    case 'oldSpelling':
      notes.push(`"${leaf.display}" is the old spelling of "${spelled}"`);
      break;
    case 'alias':
      notes.push(`"${leaf.display}" stands for ${name}`);
      break;
    case 'partial':
      notes.push(`"${leaf.display}" is only part of the official name "${name}"`);
      break;
  }
  if (hit.levelMismatch && leaf.hint !== undefined) {
    notes.push(`"${leaf.display}" is officially a ${level}, not a ${leaf.hint}`);
  }
  return notes;
}

/** Credit and note for one context part: full when it contains the place, partial or none else. */
function judgeContext(
  store: RegionStore,
  id: number,
  part: EvaluatedPart,
): { credit: number; note?: string } {
  const hint = part.hint;
  const related = part.hits.find((hit) => contains(store, hit.id, id));
  if (related !== undefined) {
    const note =
      related.levelMismatch && hint !== undefined
        ? describeWrongLevel(store, part, related.id, hint)
        : undefined;
    return { credit: related.own, note };
  }
  const top = part.hits[0];
  if (top === undefined) return { credit: 0, note: `"${part.display}" was not found; ignored` };
  if (hint !== undefined) {
    const wrong = part.hits.find((hit) => hit.levelMismatch && hit.kind !== 'partial');
    const area = wrong === undefined ? -1 : ancestorAtDepth(store, wrong.id, depthOfLevel(hint));
    if (wrong !== undefined && area >= 0 && contains(store, area, id)) {
      const areaName = `${store.names[area]} (${store.codes[area]})`;
      return {
        credit: WRONG_LEVEL_CREDIT * wrong.match,
        note: `${describeWrongLevel(store, part, wrong.id, hint)}; read as ${areaName}, which contains the place`,
      };
    }
    if (top.levelMismatch) {
      return {
        credit: 0,
        note: `${describeWrongLevel(store, part, top.id, hint)}; parent ignored`,
      };
    }
  }
  const place = store.names[id] ?? '';
  const tied = part.hits.filter((hit) => hit.own === top.own).length;
  const note =
    tied === 1
      ? `${store.names[top.id]} (${store.codes[top.id]}) does not contain ${place}; parent ignored`
      : `no ${hint ?? 'region'} named "${part.display}" contains ${place}; parent ignored`;
  return { credit: 0, note };
}

/** `"Kalianda" is a kecamatan (18.01.06), not a kabupaten`. */
function describeWrongLevel(
  store: RegionStore,
  part: EvaluatedPart,
  id: number,
  hint: RegionLevel,
): string {
  return `"${part.display}" is a ${levelAt(store, id)} (${store.codes[id]}), not a ${hint}`;
}

/** A short reference to a region id. */
export function refOf(store: RegionStore, id: number): RegionRef {
  return { code: store.codes[id] ?? '', name: store.names[id] ?? '', level: levelAt(store, id) };
}

/** References to the parents of a region id, root (provinsi) first. */
export function parentsOf(store: RegionStore, id: number): RegionRef[] {
  const parents: RegionRef[] = [];
  for (
    let current = store.parents[id] ?? -1;
    current >= 0;
    current = store.parents[current] ?? -1
  ) {
    parents.push(refOf(store, current));
  }
  return parents.reverse();
}
