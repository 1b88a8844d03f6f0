import { toDottedCode } from './region-code.ts';
import { readRegionSources } from './region-data.loader.ts';
import { hasCandidates, parentsOf, refOf, resolveParts } from './region-mention.resolver.ts';
import type { RegionStore } from './region-store.builder.ts';
import { buildRegionStore, levelAt } from './region-store.builder.ts';
import { splitAtKnownTail, splitPlaceText } from './region-text.parser.ts';
import { REGION_LEVELS } from './region.types.ts';
import type { FindOptions, Region, RegionCounts, RegionIndex } from './region.types.ts';

let loading: Promise<RegionIndex> | undefined;

/**
 * Loads the official region list once per process (about 0.25 s, some 21 MB of heap) and returns
 * the shared index; concurrent callers share one load, and a failed load is retried next call.
 */
export function loadRegions(): Promise<RegionIndex> {
  loading ??= readRegionSources()
    .then((sources) => createRegionIndex(buildRegionStore(sources)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Wraps a built store in the RegionIndex interface. */
export function createRegionIndex(store: RegionStore): RegionIndex {
  const idOf = (code: string): number => {
    const dotted = toDottedCode(code);
    return dotted === undefined ? -1 : findCode(store.codes, dotted);
  };
  const regionAt = (id: number): Region => {
    const parent = store.parents[id] ?? -1;
    return { ...refOf(store, id), parentCode: parent < 0 ? null : (store.codes[parent] ?? null) };
  };
  const rangeOf = (code: string | undefined): { start: number; end: number } | undefined => {
    if (code === undefined) return undefined;
    const id = idOf(code);
    return id < 0 ? { start: 0, end: 0 } : { start: id, end: store.ends[id] ?? id };
  };
  const counts = Object.fromEntries(REGION_LEVELS.map((level) => [level, 0])) as RegionCounts;
  for (let id = 0; id < store.codes.length; id++) counts[levelAt(store, id)]++;

  return {
    counts,
    get(code) {
      const id = idOf(code);
      return id < 0 ? undefined : regionAt(id);
    },
    parentsOf(code) {
      const id = idOf(code);
      return id < 0 ? [] : parentsOf(store, id);
    },
    childrenOf(code) {
      const id = idOf(code);
      const children: Region[] = [];
      if (id < 0) return children;
      // In code order a child's subtree ends where its next sibling starts.
      for (
        let child = id + 1;
        child < (store.ends[id] ?? 0);
        child = store.ends[child] ?? child + 1
      ) {
        children.push(regionAt(child));
      }
      return children;
    },
    isValidCode(code, levels) {
      const id = idOf(code);
      return id >= 0 && (levels === undefined || levels.includes(levelAt(store, id)));
    },
    find(text, options: FindOptions = {}) {
      const id = toDottedCode(text) === undefined ? -2 : idOf(text);
      if (id !== -2) {
        const within = rangeOf(options.within);
        const inside = id >= 0 && (within === undefined || (id >= within.start && id < within.end));
        const wanted =
          inside && (options.levels === undefined || options.levels.includes(levelAt(store, id)));
        const limit = options.limit ?? 1;
        return wanted && limit >= 1
          ? [{ ...refOf(store, id), parents: parentsOf(store, id), score: 1, notes: [] }]
          : [];
      }
      const isKnown = (compact: string): boolean => store.keyIndex.has(compact);
      const parts = splitPlaceText(text, isKnown).flatMap((part) => {
        // "Desa Juntinyuat Indramayu": split off a known trailing name, unless the whole text
        // already matches something (a typo in a long name must stay whole).
        const split = splitAtKnownTail(part.text, isKnown);
        return split === undefined || hasCandidates(store, part) ? [part] : split;
      });
      return resolveParts(store, parts, options, rangeOf(options.within));
    },
    resolveMention(parts, options: FindOptions = {}) {
      return resolveParts(store, parts, options, rangeOf(options.within));
    },
  };
}

/** Binary search of a dotted code in the sorted code list; -1 when absent. */
function findCode(codes: readonly string[], code: string): number {
  let low = 0;
  let high = codes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = codes[middle] ?? '';
    if (candidate === code) return middle;
    if (candidate < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
