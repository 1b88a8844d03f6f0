import { TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';

/** The label of a TPPO code in the UI language (the code itself when unknown). */
export { tppoLabel as typeLabel } from '../../format/labels.ts';

/** Every TPPO code, for filters. */
export function typeCodes(): TppoTypeCode[] {
  return Object.keys(TPPO_TYPES) as TppoTypeCode[];
}
