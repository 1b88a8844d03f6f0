import { describe, expect, it } from 'vitest';
import { TPPO_TYPE_CODES, TPPO_TYPES, isTppoTypeCode, mapToHtcds } from './tppo.ts';

describe('TPPO taxonomy', () => {
  it('has labels in both languages for every code', () => {
    for (const code of TPPO_TYPE_CODES) {
      expect(TPPO_TYPES[code].code).toBe(code);
      expect(TPPO_TYPES[code].labelId.length).toBeGreaterThan(2);
      expect(TPPO_TYPES[code].labelEn.length).toBeGreaterThan(2);
    }
  });

  it.each([
    [['KAWIN_KONTRAK'], ['ForcedMarriage']],
    [['PENJUALAN_BAYI'], ['ForcedAdoption', 'Surrogacy']],
    [
      ['ONLINE_SCAM', 'ABK_PERIKANAN'],
      ['ForcedLabour', 'Other'],
    ],
    [['PMI_NONPROSEDURAL', 'PROGRAM_PENCEGAHAN', 'UMUM'], []],
  ] as const)('maps %j to HTCDS %j', (codes, htcds) => {
    expect(mapToHtcds(codes)).toEqual(htcds);
  });

  it('recognises codes and rejects other strings', () => {
    expect(isTppoTypeCode('ONLINE_SCAM')).toBe(true);
    expect(isTppoTypeCode('toString')).toBe(false);
  });
});
