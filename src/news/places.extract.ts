/**
 * Places in an article, in two steps. First, pure extraction of mentions (places.mentions.ts);
 * then resolution through the regions index, which uses the chain as parent context and flags
 * parents that do not fit instead of dropping the place. Names without a level word count only
 * when they are exactly a province, kabupaten or kota; a village name shared by several
 * regencies is settled by the other places of the same article.
 */
import type { RegionCandidate, RegionRef } from '../regions/index.ts';
import { findForeignPlaces } from './foreign-place.data.ts';
import type { PlaceFact, PlaceMentionPart } from './news.types.ts';
import {
  extractBarePlaceNames,
  extractCapitalisedSpans,
  extractDatelineNames,
  extractPlaceMentions,
} from './places.mentions.ts';
import { findProvinceNames, matchProvincePrefix } from './province.data.ts';

export { extractBarePlaceNames, extractPlaceMentions } from './places.mentions.ts';

/** The part of the regions index the news pipeline uses (the full index satisfies it). */
export interface PlaceResolver {
  get(code: string): RegionRef | undefined;
  childrenOf(code: string): RegionRef[];
  parentsOf(code: string): RegionRef[];
  resolveMention(parts: readonly PlaceMentionPart[]): RegionCandidate[];
}

/** Normalises a region name for exact comparison (no prefix, case or spaces). */
function bareKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kab\.|kota|provinsi)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Provinces and regencies by bare name, built once per regions index (fuzzy search is too slow per article). */
const upperLevelCache = new WeakMap<PlaceResolver, Map<string, RegionRef[]>>();

/** Returns the bare-name map of provinces, kabupaten and kota. */
function upperLevels(regions: PlaceResolver): Map<string, RegionRef[]> {
  let map = upperLevelCache.get(regions);
  if (map) return map;
  map = new Map();
  const add = (region: RegionRef, name = region.name): void => {
    const key = bareKey(name);
    map?.set(key, [...(map.get(key) ?? []), region]);
  };
  for (let code = 11; code <= 99; code++) {
    const province = regions.get(String(code));
    if (!province) continue;
    add(province);
    // The name news uses when the official one differs ("DKI Jakarta").
    const common = matchProvincePrefix(province.name);
    if (common && common.length === province.name.length && common.name !== province.name)
      add(province, common.name);
    for (const regency of regions.childrenOf(province.code)) add(regency);
  }
  upperLevelCache.set(regions, map);
  return map;
}

/** Finds the province, kota or kabupaten with exactly this name; a kota wins over a same-named kabupaten. */
function findUpperLevel(name: string, regions: PlaceResolver): RegionCandidate | null {
  const found = upperLevels(regions).get(bareKey(name)) ?? [];
  const ranked = [...found].sort((a, b) => rankUpper(a) - rankUpper(b));
  const best = ranked[0];
  if (!best) return null;
  const notes = ['no level written; exact name match'];
  if (ranked.length > 1)
    notes.push(
      `also the name of ${ranked
        .slice(1)
        .map((r) => `${r.name} (${r.code})`)
        .join(', ')}`,
    );
  return { ...best, parents: regions.parentsOf(best.code), score: 1, notes };
}

/** Order of preference among same-named upper-level regions. */
function rankUpper(region: RegionRef): number {
  return region.level === 'provinsi' ? 0 : region.level === 'kota' ? 1 : 2;
}

/** Resolved chains per regions index: resolution costs milliseconds, and a corpus repeats its places. */
const mentionCache = new WeakMap<PlaceResolver, Map<string, RegionCandidate[]>>();

/** Resolves a chain through the index, remembering its candidates. */
function resolveCandidates(
  parts: readonly PlaceMentionPart[],
  regions: PlaceResolver,
): RegionCandidate[] {
  let cache = mentionCache.get(regions);
  if (!cache) mentionCache.set(regions, (cache = new Map<string, RegionCandidate[]>()));
  const key = parts.map((p) => `${p.levelHint ?? ''}:${p.text.toLowerCase()}`).join('|');
  let candidates = cache.get(key);
  if (candidates === undefined) {
    candidates = regions.resolveMention(parts);
    // Bounded: a long-running ingestion must not grow without limit.
    if (cache.size > 50_000) cache.clear();
    cache.set(key, candidates);
  }
  return candidates;
}

/**
 * Resolves a chain; when its first name carries following capitalised words that are not part
 * of it (headlines are in title case: "Desa Bringin Ponorogo Jadi ..."), retries with fewer.
 */
function resolveChain(
  parts: readonly PlaceMentionPart[],
  regions: PlaceResolver,
): RegionCandidate[] {
  const found = resolveCandidates(parts, regions);
  const [first, ...rest] = parts;
  if (found.length > 0 || !first) return found;
  const words = first.text.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const shorter = resolveCandidates(
      [{ ...first, text: words.slice(0, n).join(' ') }, ...rest],
      regions,
    );
    if (shorter.length > 0) return shorter;
  }
  return [];
}

/** Turns a region candidate into a place fact. */
function toFact(text: string, candidate: RegionCandidate, notes: string[] = []): PlaceFact {
  return {
    text,
    code: candidate.code,
    name: candidate.name,
    level: candidate.level,
    notes: [...candidate.notes, ...notes],
    parentCodes: candidate.parents.map((p) => p.code),
  };
}

/** A mention with its candidates, before the article's other places settle a tie. */
interface Resolution {
  text: string;
  candidates: RegionCandidate[];
  levelHint: PlaceMentionPart['levelHint'] | null;
  /** How many parts the mention was written with: the fullest text of a place is kept. */
  parts: number;
}

/** The candidates that share the best score. */
function tiedBest(candidates: readonly RegionCandidate[]): RegionCandidate[] {
  const best = candidates[0];
  return best ? candidates.filter((c) => c.score >= best.score - 1e-9) : [];
}

/** Whether a chain's resolved place lies inside a region of this name. */
function hasParentNamed(candidate: RegionCandidate, name: string): boolean {
  const key = bareKey(name);
  return candidate.parents.some((p) => bareKey(p.name) === key);
}

/** Rank of a level hint, finest first (desa 0 ... provinsi 3). */
function levelRank(level: PlaceMentionPart['levelHint']): number {
  if (level === 'desa' || level === 'kelurahan') return 0;
  if (level === 'kecamatan') return 1;
  return level === 'provinsi' ? 3 : 2;
}

/** Resolves the prefixed chains of a text, with the names listed beside them. */
function resolveChains(text: string, regions: PlaceResolver): Resolution[] {
  const out: Resolution[] = [];
  for (const mention of extractPlaceMentions(text)) {
    const candidates = resolveChain(mention.parts, regions);
    const levelHint = mention.parts[0]?.levelHint ?? null;
    out.push({ text: mention.text, candidates, levelHint, parts: mention.parts.length });
    const context = mention.parts.slice(1).filter((p) => p.levelHint !== undefined);
    const siblings = [...(mention.siblings ?? [])];
    // A bare name after a comma that is not the chain's parent is another place of that level.
    const best = candidates[0];
    mention.parts.forEach((part, i) => {
      const before = mention.parts[i - 1];
      if (part.levelHint !== undefined || !before?.levelHint) return;
      if (best && hasParentNamed(best, part.text)) return;
      siblings.push({ text: part.text, levelHint: before.levelHint });
    });
    // Names listed together are neighbours: a sibling must share the chain place's parent.
    if (!best) continue;
    const area = new Set([best.code, ...best.parents.map((p) => p.code)]);
    for (const sibling of siblings) {
      const rank = levelRank(sibling.levelHint);
      const coarser = context.filter((p) => levelRank(p.levelHint) > rank);
      const found = resolveCandidates([sibling, ...coarser], regions).filter(
        (c) => !area.has(c.code) && area.has(c.parents.at(-1)?.code ?? ''),
      );
      if (found.length > 0)
        out.push({ text: sibling.text, candidates: found, levelHint: null, parts: 1 });
    }
  }
  return out;
}

/** Whether a province name is only part of a longer regency name ("Bandar Lampung", "Jakarta Pusat"). */
function isInsideRegencyName(text: string, start: number, end: number, regions: PlaceResolver) {
  const map = upperLevels(regions);
  const name = text.slice(start, end);
  const before = /(\p{Lu}[\p{L}'’-]*)[ ]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[ ]+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30))?.[1];
  return (
    (before !== undefined && map.has(bareKey(`${before} ${name}`))) ||
    (after !== undefined && map.has(bareKey(`${name} ${after}`)))
  );
}

/** Names without a level word that are exactly a province, kabupaten or kota. */
function resolveUpperNames(text: string, regions: PlaceResolver): Resolution[] {
  const out: Resolution[] = [];
  const add = (written: string, query: string): void => {
    const best = findUpperLevel(query, regions);
    if (best) out.push({ text: written, candidates: [best], levelHint: null, parts: 1 });
  };
  const addName = (name: string): void => {
    const province = matchProvincePrefix(name);
    add(name, province && province.length === name.length ? province.name : name);
  };
  for (const name of extractDatelineNames(text)) addName(name);
  for (const name of extractBarePlaceNames(text)) addName(name);
  for (const found of findProvinceNames(text)) {
    if (!isInsideRegencyName(text, found.start, found.end, regions)) add(found.text, found.name);
  }
  const known = upperLevels(regions);
  for (const span of extractCapitalisedSpans(text)) {
    if (known.has(bareKey(span))) add(span, span);
  }
  return out;
}

/**
 * Settles names shared by several regions (a village name in many regencies) with the other
 * places of the article: the tied candidate inside the most of them wins.
 */
function settleTies(resolutions: readonly Resolution[]): (RegionCandidate | null)[] {
  const context = new Map<string, number>();
  for (const r of resolutions) {
    const tied = tiedBest(r.candidates);
    const only = tied.length === 1 ? tied[0] : undefined;
    if (!only) continue;
    for (const code of [only.code, ...only.parents.map((p) => p.code)])
      context.set(code, (context.get(code) ?? 0) + 1);
  }
  return resolutions.map((r) => {
    const tied = tiedBest(r.candidates);
    if (tied.length <= 1) return tied[0] ?? null;
    let best: { candidate: RegionCandidate; support: number } | null = null;
    for (const candidate of tied) {
      const support = candidate.parents.reduce((n, p) => n + (context.get(p.code) ?? 0), 0);
      if (!best || support > best.support) best = { candidate, support };
    }
    if (!best || best.support === 0) return tied[0] ?? null;
    return {
      ...best.candidate,
      notes: [
        ...best.candidate.notes,
        "name shared by several regions; chosen by the article's other places",
      ],
    };
  });
}

/** Resolves chains, bare names and foreign places of a text into place facts, one per code. */
export function resolvePlaces(text: string, regions: PlaceResolver): PlaceFact[] {
  const facts: PlaceFact[] = [];
  const seen = new Map<string, { fact: PlaceFact; parts: number }>();
  const push = (fact: PlaceFact, parts = 1): void => {
    // Foreign cities share their country's code, so they are told apart by name.
    const foreign = fact.level === 'negara' || fact.level === 'kota_asing';
    const key = foreign ? `foreign:${fact.name}` : (fact.code ?? `?${fact.text}`);
    const known = seen.get(key);
    if (known) {
      // A place named again with its parents keeps that fuller text ("Desa X, Kecamatan Y").
      if (parts > known.parts) Object.assign(known.fact, { text: fact.text, notes: fact.notes });
      known.parts = Math.max(known.parts, parts);
      return;
    }
    seen.set(key, { fact, parts });
    facts.push(fact);
  };
  const resolutions = [...resolveChains(text, regions), ...resolveUpperNames(text, regions)];
  const chosen = settleTies(resolutions);
  resolutions.forEach((r, i) => {
    const best = chosen[i];
    if (best) push(toFact(r.text, best), r.parts);
    else if (r.levelHint !== null) {
      push({
        text: r.text,
        code: null,
        name: null,
        level: r.levelHint ?? null,
        notes: ['not found in the official region list'],
        parentCodes: [],
      });
    }
  });
  for (const found of findForeignPlaces(text)) {
    push({
      text: found.text,
      code: found.place.code,
      name: found.place.name,
      level: found.place.level,
      notes: found.place.level === 'kota_asing' ? [`city in ${found.place.code}`] : [],
      parentCodes: [],
    });
  }
  return facts;
}
