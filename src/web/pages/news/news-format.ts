import { TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';

/** The label of a TPPO code in the UI language (the code itself when unknown). */
export function typeLabel(code: string, language: 'id' | 'en'): string {
  const info = (TPPO_TYPES as Record<string, { labelId: string; labelEn: string } | undefined>)[
    code
  ];
  if (!info) return code;
  return language === 'en' ? info.labelEn : info.labelId;
}

/** Every TPPO code, for filters. */
export function typeCodes(): TppoTypeCode[] {
  return Object.keys(TPPO_TYPES) as TppoTypeCode[];
}
