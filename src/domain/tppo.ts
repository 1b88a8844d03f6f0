/**
 * The TPPO taxonomy: the one code set the whole product uses for forms of exploitation, the
 * PMI non-prosedural risk category and the news-only categories, with labels and the IOM HTCDS
 * export mapping (see DOMAIN.md "TPPO taxonomy").
 */

/** Every TPPO type code, in display order: forms of exploitation, then risk, then news-only. */
export const TPPO_TYPE_CODES = [
  'EKSPLOITASI_SEKSUAL',
  'KERJA_PAKSA',
  'ABK_PERIKANAN',
  'ONLINE_SCAM',
  'KAWIN_KONTRAK',
  'PENJUALAN_ORGAN',
  'EKSPLOITASI_ANAK',
  'PENJUALAN_BAYI',
  'PERBUDAKAN_LAINNYA',
  'LAINNYA',
  'PMI_NONPROSEDURAL',
  'PROGRAM_PENCEGAHAN',
  'UMUM',
] as const;

/** One TPPO type code. */
export type TppoTypeCode = (typeof TPPO_TYPE_CODES)[number];

/** HTCDS 2.0 `vic_TypeOfExploitation` values we export to. */
export type HtcdsTypeOfExploitation =
  | 'ForcedLabour'
  | 'SexualExploitation'
  | 'ForcedMarriage'
  | 'OrganRemoval'
  | 'ForcedAdoption'
  | 'Surrogacy'
  | 'ChildLabour'
  | 'Other';

/** What a code stands for: a form of exploitation, a risk category, or a news-only category. */
export type TppoTypeKind = 'eksploitasi' | 'risiko' | 'berita';

/** Labels and export mapping of one TPPO type. */
export interface TppoTypeInfo {
  code: TppoTypeCode;
  kind: TppoTypeKind;
  labelId: string;
  labelEn: string;
  /** HTCDS values for export; empty when the code is not itself a form of exploitation. */
  htcds: readonly HtcdsTypeOfExploitation[];
}

/** The taxonomy table, keyed by code. */
export const TPPO_TYPES: Readonly<Record<TppoTypeCode, TppoTypeInfo>> = {
  EKSPLOITASI_SEKSUAL: {
    code: 'EKSPLOITASI_SEKSUAL',
    kind: 'eksploitasi',
    labelId: 'Eksploitasi seksual',
    labelEn: 'Sexual exploitation',
    htcds: ['SexualExploitation'],
  },
  KERJA_PAKSA: {
    code: 'KERJA_PAKSA',
    kind: 'eksploitasi',
    labelId: 'Kerja paksa (termasuk pekerja rumah tangga di luar negeri)',
    labelEn: 'Forced labour (including domestic work abroad)',
    htcds: ['ForcedLabour'],
  },
  ABK_PERIKANAN: {
    code: 'ABK_PERIKANAN',
    kind: 'eksploitasi',
    labelId: 'Anak buah kapal perikanan',
    labelEn: 'Fishing crew',
    htcds: ['ForcedLabour'],
  },
  ONLINE_SCAM: {
    code: 'ONLINE_SCAM',
    kind: 'eksploitasi',
    labelId: 'Dipaksa menjadi pelaku penipuan daring',
    labelEn: 'Forced criminality in online-scam compounds',
    // HTCDS has no value for forced criminality: ForcedLabour plus Other, as casework.md advises.
    htcds: ['ForcedLabour', 'Other'],
  },
  KAWIN_KONTRAK: {
    code: 'KAWIN_KONTRAK',
    kind: 'eksploitasi',
    labelId: 'Kawin kontrak / pengantin pesanan',
    labelEn: 'Contract marriage / mail-order bride',
    htcds: ['ForcedMarriage'],
  },
  PENJUALAN_ORGAN: {
    code: 'PENJUALAN_ORGAN',
    kind: 'eksploitasi',
    labelId: 'Penjualan organ tubuh',
    labelEn: 'Organ sale',
    htcds: ['OrganRemoval'],
  },
  EKSPLOITASI_ANAK: {
    code: 'EKSPLOITASI_ANAK',
    kind: 'eksploitasi',
    labelId: 'Eksploitasi anak',
    labelEn: 'Child exploitation',
    htcds: ['ChildLabour'],
  },
  PENJUALAN_BAYI: {
    code: 'PENJUALAN_BAYI',
    kind: 'eksploitasi',
    labelId: 'Penjualan bayi, adopsi ilegal, bayi tabung / sewa rahim',
    labelEn: 'Baby sale, illegal adoption, IVF / surrogacy',
    htcds: ['ForcedAdoption', 'Surrogacy'],
  },
  PERBUDAKAN_LAINNYA: {
    code: 'PERBUDAKAN_LAINNYA',
    kind: 'eksploitasi',
    labelId: 'Perbudakan atau praktik serupa lainnya',
    labelEn: 'Other slavery or slavery-like practices',
    htcds: ['Other'],
  },
  LAINNYA: {
    code: 'LAINNYA',
    kind: 'eksploitasi',
    labelId: 'Bentuk eksploitasi lainnya',
    labelEn: 'Other form of exploitation',
    htcds: ['Other'],
  },
  PMI_NONPROSEDURAL: {
    code: 'PMI_NONPROSEDURAL',
    kind: 'risiko',
    labelId: 'PMI non-prosedural',
    labelEn: 'Non-procedural migrant worker',
    htcds: [],
  },
  PROGRAM_PENCEGAHAN: {
    code: 'PROGRAM_PENCEGAHAN',
    kind: 'berita',
    labelId: 'Program pencegahan (mis. Desa Binaan)',
    labelEn: 'Prevention programme (e.g. Desa Binaan)',
    htcds: [],
  },
  UMUM: {
    code: 'UMUM',
    kind: 'berita',
    labelId: 'Umum',
    labelEn: 'General',
    htcds: [],
  },
};

/** Tells whether a string is one of the TPPO type codes. */
export function isTppoTypeCode(value: string): value is TppoTypeCode {
  return Object.hasOwn(TPPO_TYPES, value);
}

/** Maps a set of TPPO codes to the distinct HTCDS exploitation values, in taxonomy order. */
export function mapToHtcds(codes: Iterable<TppoTypeCode>): HtcdsTypeOfExploitation[] {
  const wanted = new Set(codes);
  const out = new Set<HtcdsTypeOfExploitation>();
  for (const code of TPPO_TYPE_CODES) {
    if (wanted.has(code)) for (const value of TPPO_TYPES[code].htcds) out.add(value);
  }
  return [...out];
}
