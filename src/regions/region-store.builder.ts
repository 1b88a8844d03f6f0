import { PROVINCE_ALIASES } from './region-alias.ts';
import { levelOfCode, parentCodeOf } from './region-code.ts';
import type { RegionColumns, RegionSources } from './region-data.loader.ts';
import { normaliseRegionName, stripLevelPrefix } from './region-name.normaliser.ts';
import { REGION_LEVELS } from './region.types.ts';
import type { RegionLevel } from './region.types.ts';

/**
 * The whole region list as parallel arrays in code order, so that the subtree of region `i` is
 * the id range [i, ends[i]) and no object is kept per region (83.7k villages stay cheap).
 */
export interface RegionStore {
  /** Dotted codes, sorted; the position is the region id. */
  codes: string[];
  /** Official names. */
  names: string[];
  /** Index into REGION_LEVELS. */
  levels: Uint8Array;
  /** Id of the parent, -1 for a province. */
  parents: Int32Array;
  /** Exclusive end of the subtree of each id. */
  ends: Int32Array;
  /** Index into `keys` of the region's own name key. */
  keyOf: Int32Array;
  /** Distinct space-free normalised names, own and alias. */
  keys: string[];
  /** Region ids of key k are keyIdList[keyIdStart[k] .. keyIdStart[k + 1]) (see idsOfKey). */
  keyIdStart: Int32Array;
  keyIdList: Int32Array;
  /** Key index per key. */
  keyIndex: Map<string, number>;
  /** Key indices grouped by key length, for length-bounded fuzzy scans. */
  keysByLength: Int32Array[];
  /** The same, only keys naming at least one province, regency or kecamatan. */
  upperKeysByLength: Int32Array[];
}

/** The ids of the regions a key names, in code order. */
export function idsOfKey(store: RegionStore, keyIndex: number): Int32Array {
  return store.keyIdList.subarray(store.keyIdStart[keyIndex], store.keyIdStart[keyIndex + 1]);
}

/** Levels from this index of REGION_LEVELS on are villages (desa, kelurahan). */
const VILLAGE_LEVEL_MIN = REGION_LEVELS.indexOf('desa');

/** Depth (0 province … 3 village) by dotted-code length. */
const DEPTH_BY_CODE_LENGTH: Record<number, number> = { 2: 0, 5: 1, 8: 2, 13: 3 };

/** The level of a region id. */
export function levelAt(store: RegionStore, id: number): RegionLevel {
  return REGION_LEVELS[store.levels[id] ?? 0] ?? 'provinsi';
}

/**
 * The normalised name a region is searched by: regencies lose their "Kabupaten"/"Kota"
 * (and "Administrasi") word, which the level already carries.
 */
export function searchNameOf(name: string, level: RegionLevel): string {
  const normalised = normaliseRegionName(name);
  if (level !== 'kabupaten' && level !== 'kota') return normalised;
  const stripped = stripLevelPrefix(normalised);
  return stripped.level === level ? stripped.name : normalised;
}

/** Builds the store from the four level files; throws when a region's parent is missing. */
export function buildRegionStore(sources: RegionSources): RegionStore {
  const levelFiles = [sources.provinces, sources.regencies, sources.districts, sources.villages];
  const ordered = mergeInCodeOrder(levelFiles.map(sortedColumns));
  const count = ordered.codes.length;
  const levels = new Uint8Array(count);
  const parents = new Int32Array(count).fill(-1);
  const ends = new Int32Array(count);
  // Ids of the latest region seen at each depth: in code order a parent precedes its subtree.
  const open = [-1, -1, -1, -1];
  for (let id = 0; id < count; id++) {
    const code = ordered.codes[id] ?? '';
    const level = levelOfCode(code);
    if (level === undefined) throw new Error(`idn-area-data: bad code ${code}`);
    const depth = DEPTH_BY_CODE_LENGTH[code.length] ?? 0;
    levels[id] = REGION_LEVELS.indexOf(level);
    open[depth] = id;
    if (depth > 0) {
      const parent = open[depth - 1] ?? -1;
      if (parent < 0 || ordered.codes[parent] !== parentCodeOf(code)) {
        throw new Error(`idn-area-data: ${code} has no parent in the data`);
      }
      parents[id] = parent;
    }
    ends[id] = id + 1;
  }
  for (let id = count - 1; id >= 0; id--) {
    const parent = parents[id] ?? -1;
    if (parent >= 0) ends[parent] = Math.max(ends[parent] ?? 0, ends[id] ?? 0);
  }
  const store: RegionStore = {
    ...ordered,
    levels,
    parents,
    ends,
    keyOf: new Int32Array(count),
    keys: [],
    keyIdStart: new Int32Array(0),
    keyIdList: new Int32Array(0),
    keyIndex: new Map(),
    keysByLength: [],
    upperKeysByLength: [],
  };
  indexNames(store);
  return store;
}

/** Fills the name keys: each region's own key, plus province aliases and "Desa Adat" short names. */
function indexNames(store: RegionStore): void {
  // Built as nested arrays, then packed into typed arrays: tens of thousands of small arrays
  // would otherwise stay on the heap for the life of the process.
  const idsByKey: number[][] = [];
  const keysByLength: number[][] = [];
  const addKey = (key: string, id: number): number => {
    let index = store.keyIndex.get(key);
    if (index === undefined) {
      index = store.keys.length;
      store.keyIndex.set(key, index);
      store.keys.push(key);
      idsByKey.push([]);
      (keysByLength[key.length] ??= []).push(index);
    }
    const ids = idsByKey[index];
    if (ids !== undefined && ids[ids.length - 1] !== id) ids.push(id);
    return index;
  };
  for (let id = 0; id < store.codes.length; id++) {
    const level = levelAt(store, id);
    const name = searchNameOf(store.names[id] ?? '', level);
    store.keyOf[id] = addKey(name.replace(/ /g, ''), id);
    if (level === 'desa' && name.startsWith('desa adat ')) {
      addKey(name.slice('desa adat '.length).replace(/ /g, ''), id);
    }
    if (level === 'provinsi') {
      for (const alias of PROVINCE_ALIASES[store.codes[id] ?? ''] ?? []) {
        addKey(alias.replace(/ /g, ''), id);
      }
    }
  }
  store.keyIdStart = new Int32Array(idsByKey.length + 1);
  store.keyIdList = new Int32Array(idsByKey.reduce((sum, ids) => sum + ids.length, 0));
  idsByKey.forEach((ids, index) => {
    const start = store.keyIdStart[index] ?? 0;
    store.keyIdList.set(ids, start);
    store.keyIdStart[index + 1] = start + ids.length;
  });
  const isAboveVillages = (keyIndex: number): boolean =>
    (idsByKey[keyIndex] ?? []).some((id) => (store.levels[id] ?? 0) < VILLAGE_LEVEL_MIN);
  for (let length = 0; length < keysByLength.length; length++) {
    const bucket = keysByLength[length] ?? [];
    store.keysByLength[length] = Int32Array.from(bucket);
    store.upperKeysByLength[length] = Int32Array.from(bucket.filter(isAboveVillages));
  }
}

/** The columns sorted by code (the package ships them sorted; this only guards a change). */
function sortedColumns(columns: RegionColumns): RegionColumns {
  const { codes, names } = columns;
  if (codes.every((code, i) => i === 0 || (codes[i - 1] ?? '') < code)) return columns;
  const order = codes
    .map((_, i) => i)
    .sort((a, b) => ((codes[a] ?? '') < (codes[b] ?? '') ? -1 : 1));
  return { codes: order.map((i) => codes[i] ?? ''), names: order.map((i) => names[i] ?? '') };
}

/** Merges sorted level files into one list in code order (a parent right before its subtree). */
function mergeInCodeOrder(files: RegionColumns[]): RegionColumns {
  const codes: string[] = [];
  const names: string[] = [];
  const cursors = files.map(() => 0);
  const total = files.reduce((sum, file) => sum + file.codes.length, 0);
  while (codes.length < total) {
    let best = -1;
    let bestCode = '';
    for (let f = 0; f < files.length; f++) {
      const code = files[f]?.codes[cursors[f] ?? 0];
      if (code !== undefined && (best < 0 || code < bestCode)) {
        best = f;
        bestCode = code;
      }
    }
    const file = files[best];
    const cursor = cursors[best] ?? 0;
    if (file === undefined) break;
    codes.push(bestCode);
    names.push(file.names[cursor] ?? '');
    cursors[best] = cursor + 1;
  }
  return { codes, names };
}
