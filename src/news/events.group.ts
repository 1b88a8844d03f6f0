/**
 * Groups articles into events: blocking by shared office, place or person within a one-week
 * time bucket (so 100k articles are never compared all against all), pairwise scoring of the
 * candidates, then average-link merging. Events about the same actors on other dates are
 * linked as `related` developments, never merged.
 */
import {
  deriveFeatures,
  scoreFacts,
  scorePair,
  type EventFeatures,
  type EventInput,
} from './event.features.ts';
import { buildEvent } from './event.merge.ts';
import type { NewsEvent } from './news.types.ts';

/** Tuning of the grouping step. */
export interface GroupOptions {
  /** Minimum average pair score to merge two groups. */
  mergeThreshold?: number;
  /** Minimum fact score (without date) for two events on different dates to be related. */
  relatedThreshold?: number;
  /** Largest gap in days between related developments of a story. */
  relatedWindowDays?: number;
}

const WEEK = 7;
const UNDATED = 'undated';

/** Small union-find with member lists, for average-link merging. */
class Clusters {
  private readonly parent: number[];
  readonly members: Map<number, number[]>;
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    for (let node = i; node !== root;) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const [small, large] =
      (this.members.get(a)?.length ?? 0) < (this.members.get(b)?.length ?? 0) ? [a, b] : [b, a];
    this.parent[small] = large;
    this.members.get(large)?.push(...(this.members.get(small) ?? []));
    this.members.delete(small);
  }
}

/** Most articles an undated report is compared with per key; beyond it the key says little. */
const UNDATED_CAP = 2000;

/** Lists candidate pairs: articles sharing a block key in the same or the neighbouring week. */
function candidatePairs(features: readonly EventFeatures[]): [number, number][] {
  const byKey = new Map<string, { all: number[]; byWeek: Map<string, number[]> }>();
  features.forEach((f, i) => {
    const week = f.day === null ? UNDATED : String(Math.floor(f.day / WEEK));
    for (const key of f.blockKeys) {
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { all: [], byWeek: new Map() }));
      entry.all.push(i);
      const list = entry.byWeek.get(week);
      if (list) list.push(i);
      else entry.byWeek.set(week, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = features.length;
  const addPair = (i: number, j: number): void => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const id = a * n + b;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push([a, b]);
  };
  features.forEach((f, i) => {
    for (const key of f.blockKeys) {
      const entry = byKey.get(key);
      if (!entry) continue;
      if (f.day === null) {
        // An undated report may belong to any week: compare it with the key's other reports.
        for (const j of entry.all.slice(0, UNDATED_CAP)) addPair(i, j);
        continue;
      }
      const week = Math.floor(f.day / WEEK);
      for (const w of [week - 1, week, week + 1]) {
        for (const j of entry.byWeek.get(String(w)) ?? []) if (j > i) addPair(i, j);
      }
    }
  });
  return pairs;
}

/** Unites the features of an event's articles; the day is the most frequent one. */
function mergeFeatures(members: readonly EventFeatures[]): EventFeatures {
  const days = new Map<number, number>();
  for (const m of members) if (m.day !== null) days.set(m.day, (days.get(m.day) ?? 0) + 1);
  let day: number | null = null;
  for (const [d, count] of days)
    if (day === null || count > (days.get(day) ?? 0) || (count === days.get(day) && d < day))
      day = d;
  const union = (pick: (f: EventFeatures) => Set<string>): Set<string> =>
    new Set(members.flatMap((m) => [...pick(m)]));
  return {
    day,
    offices: union((f) => f.offices),
    places: union((f) => f.places),
    persons: union((f) => f.persons),
    types: union((f) => f.types),
    numbers: union((f) => f.numbers),
    sites: union((f) => f.sites),
    blockKeys: [...new Set(members.flatMap((m) => m.blockKeys))],
  };
}

/** Groups analysed articles into events (input order is kept inside each event). */
export function groupEvents(
  inputs: readonly EventInput[],
  options: GroupOptions = {},
): NewsEvent[] {
  const mergeThreshold = options.mergeThreshold ?? 0.5;
  const features = inputs.map(deriveFeatures);
  const scores = new Map<number, number>();
  const n = inputs.length;
  const score = (i: number, j: number): number => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const id = a * n + b;
    let value = scores.get(id);
    if (value === undefined) {
      const fa = features[a];
      const fb = features[b];
      value = fa && fb ? scorePair(fa, fb) : 0;
      scores.set(id, value);
    }
    return value;
  };
  const pairs = candidatePairs(features)
    .map(([i, j]) => ({ i, j, s: score(i, j) }))
    .filter((p) => p.s >= mergeThreshold)
    .sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const clusters = new Clusters(n);
  for (const { i, j } of pairs) {
    const a = clusters.find(i);
    const b = clusters.find(j);
    if (a === b) continue;
    const left = clusters.members.get(a) ?? [];
    const right = clusters.members.get(b) ?? [];
    let total = 0;
    let veto = false;
    for (const x of left) {
      for (const y of right) {
        const s = score(x, y);
        if (s < 0) veto = true;
        total += s;
      }
    }
    if (!veto && total / (left.length * right.length) >= mergeThreshold) clusters.union(a, b);
  }
  const groups = [...clusters.members.values()].map((members) => members.sort((x, y) => x - y));
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  const events = groups.map((members) =>
    buildEvent(members.map((i) => inputs[i]).filter((x) => x !== undefined)),
  );
  linkRelated(events, groups, features, options);
  return events;
}

/** Links events that share actors or places on another date (developments of one story). */
function linkRelated(
  events: NewsEvent[],
  groups: number[][],
  features: readonly EventFeatures[],
  options: GroupOptions,
): void {
  const threshold = options.relatedThreshold ?? 0.45;
  const window = options.relatedWindowDays ?? 120;
  const representative = groups.map((members) =>
    mergeFeatures(members.map((i) => features[i]).filter((f) => f !== undefined)),
  );
  const byKey = new Map<string, number[]>();
  representative.forEach((f, e) => {
    for (const key of f?.blockKeys ?? []) {
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
  });
  const linked = new Set<string>();
  for (const list of byKey.values()) {
    // A key shared by very many events (a busy Kanim) links only near neighbours in time.
    const sorted = [...list].sort(
      (x, y) => (representative[x]?.day ?? 0) - (representative[y]?.day ?? 0),
    );
    for (let p = 0; p < sorted.length; p++) {
      for (let q = p + 1; q < Math.min(sorted.length, p + 20); q++) {
        const a = sorted[p] ?? 0;
        const b = sorted[q] ?? 0;
        const fa = representative[a];
        const fb = representative[b];
        if (!fa || !fb || fa.day === null || fb.day === null) continue;
        const gap = Math.abs(fa.day - fb.day);
        if (gap === 0 || gap > window) continue;
        const pairKey = a < b ? `${a}:${b}` : `${b}:${a}`;
        if (linked.has(pairKey) || scoreFacts(fa, fb) < threshold) continue;
        linked.add(pairKey);
        events[a]?.related.push(events[b]?.id ?? '');
        events[b]?.related.push(events[a]?.id ?? '');
      }
    }
  }
  for (const event of events) event.related.sort();
}
