import type { RegionLevel } from './region.types.ts';

const DOTTED = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const UNDOTTED = /^(?:\d{2}|\d{4}|\d{6}|\d{10})$/;

/**
 * Turns a region code into its dotted form (`1672011018` → `16.72.01.1018`), or undefined when it
 * has neither the dotted nor the undotted 2/4/6/10-digit shape; surrounding spaces are ignored.
 */
export function toDottedCode(code: string): string | undefined {
  const trimmed = code.trim();
  if (DOTTED.test(trimmed)) return trimmed;
  if (!UNDOTTED.test(trimmed)) return undefined;
  const parts = [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4, 6), trimmed.slice(6)];
  return parts.filter((part) => part !== '').join('.');
}

/** The level a dotted code denotes by its shape alone (see {@link RegionLevel}), or undefined. */
export function levelOfCode(dotted: string): RegionLevel | undefined {
  switch (dotted.length) {
    case 2:
      return 'provinsi';
    case 5:
      return Number(dotted.slice(3, 5)) >= 71 ? 'kota' : 'kabupaten';
    case 8:
      return 'kecamatan';
    case 13:
      // Suffix 1xxx is a kelurahan; 2xxx a desa; 3xxx a desa adat, which the law counts as a desa.
      return dotted[9] === '1' ? 'kelurahan' : 'desa';
    default:
      return undefined;
  }
}

/** The dotted code of the parent (`16.72.01.1018` → `16.72.01`), or null for a province. */
export function parentCodeOf(dotted: string): string | null {
  const cut = dotted.lastIndexOf('.');
  return cut < 0 ? null : dotted.slice(0, cut);
}

/** Rank of a level from the root: 0 provinsi, 1 kabupaten/kota, 2 kecamatan, 3 desa/kelurahan. */
export function depthOfLevel(level: RegionLevel): number {
  switch (level) {
    case 'provinsi':
      return 0;
    case 'kabupaten':
    case 'kota':
      return 1;
    case 'kecamatan':
      return 2;
    case 'desa':
    case 'kelurahan':
      return 3;
  }
}
