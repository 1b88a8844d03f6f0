import { AppError } from '../../../domain/errors.ts';
import { loadRegions, type RegionCandidate, type RegionRef } from '../../../regions/index.ts';

/** A region with its parents (root first) and direct children. */
export interface RegionDetail extends RegionRef {
  parentCode: string | null;
  parents: RegionRef[];
  children: RegionRef[];
}

/** Candidates for a free-text place, best first (the official list is loaded once per process). */
export async function findRegions(
  text: string,
  limit: number,
  within?: string,
): Promise<{ candidates: RegionCandidate[] }> {
  const regions = await loadRegions();
  return { candidates: regions.find(text, { limit, ...(within ? { within } : {}) }) };
}

/** One region by its dotted or undotted code, or a 404. */
export async function getRegionDetail(code: string): Promise<RegionDetail> {
  const regions = await loadRegions();
  const region = regions.get(code);
  if (!region) {
    throw new AppError('not_found', `Kode wilayah ${code} tidak ada dalam data resmi.`, {
      messageEn: `Region code ${code} is not in the official list.`,
    });
  }
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
    parents: regions.parentsOf(region.code),
    children: regions
      .childrenOf(region.code)
      .map((c) => ({ code: c.code, name: c.name, level: c.level })),
  };
}
