import { depthOfLevel } from './region-code.ts';
import type { RegionLevel } from './region.types.ts';

/**
 * Weight of a region level when the text names no level: higher levels first, so "Pagar Alam"
 * ranks Kota Pagar Alam before the villages of that name. The steps are small enough that any
 * exact name still outranks any fuzzy one.
 */
const WEIGHT_BY_DEPTH = [1, 0.98, 0.96, 0.94];

/** Weight of a level against the level the text announced, with the note a mismatch deserves. */
export interface LevelFit {
  weight: number;
  mismatch: boolean;
}

/**
 * How well a region's level fits the level the text announced ("Desa", "Kab.", …): a kelurahan
 * for a desa or a kota for a kabupaten are near misses (the two are often confused), any other
 * level is a clear miss, still above every fuzzy name.
 */
export function fitLevel(level: RegionLevel, hint: RegionLevel | undefined): LevelFit {
  if (hint === undefined)
    return { weight: WEIGHT_BY_DEPTH[depthOfLevel(level)] ?? 1, mismatch: false };
  if (hint === level) return { weight: 1, mismatch: false };
  const sameDepth = depthOfLevel(hint) === depthOfLevel(level);
  if (sameDepth && depthOfLevel(level) === 3) return { weight: 0.95, mismatch: true };
  if (sameDepth) return { weight: 0.9, mismatch: true };
  return { weight: 0.8, mismatch: true };
}
