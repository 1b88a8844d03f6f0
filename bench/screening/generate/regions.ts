/**
 * Real Kemendagri regency codes (checked against the official list in idn-area-data 4.x), each with the
 * number of districts it has, grouped by the population groups that mostly live there. Province and
 * regency digits of generated NIKs therefore exist; district digits stay within the regency's count.
 */

/** One regency: code PP.KK, name, number of districts (for the CC digits of a NIK). */
export interface Regency {
  readonly code: string;
  readonly name: string;
  readonly districts: number;
}

/** Typed-in regencies; the numbers of districts come from the same official list. */
export const REGENCIES: readonly Regency[] = (
  [
    ['11.08', 'Aceh Utara', 27],
    ['12.02', 'Tapanuli Utara', 15],
    ['12.07', 'Deli Serdang', 22],
    ['12.08', 'Simalungun', 32],
    ['12.12', 'Toba', 16],
    ['12.71', 'Kota Medan', 21],
    ['13.01', 'Pesisir Selatan', 15],
    ['13.06', 'Agam', 16],
    ['13.71', 'Kota Padang', 11],
    ['16.02', 'Ogan Komering Ilir', 18],
    ['16.03', 'Muara Enim', 22],
    ['16.71', 'Kota Palembang', 18],
    ['16.72', 'Kota Pagar Alam', 5],
    ['18.01', 'Lampung Selatan', 17],
    ['18.07', 'Lampung Timur', 24],
    ['18.71', 'Kota Bandar Lampung', 20],
    ['31.71', 'Jakarta Pusat', 8],
    ['31.72', 'Jakarta Utara', 6],
    ['31.75', 'Jakarta Timur', 10],
    ['32.01', 'Bogor', 40],
    ['32.02', 'Sukabumi', 47],
    ['32.03', 'Cianjur', 32],
    ['32.05', 'Garut', 42],
    ['32.09', 'Cirebon', 40],
    ['32.12', 'Indramayu', 31],
    ['32.13', 'Subang', 30],
    ['32.15', 'Karawang', 30],
    ['32.16', 'Bekasi', 23],
    ['32.73', 'Kota Bandung', 30],
    ['33.01', 'Cilacap', 24],
    ['33.02', 'Banyumas', 27],
    ['33.05', 'Kebumen', 26],
    ['33.12', 'Wonogiri', 25],
    ['33.14', 'Sragen', 20],
    ['33.15', 'Grobogan', 19],
    ['33.18', 'Pati', 21],
    ['33.20', 'Jepara', 16],
    ['33.24', 'Kendal', 20],
    ['33.29', 'Brebes', 17],
    ['33.74', 'Kota Semarang', 16],
    ['34.02', 'Bantul', 17],
    ['35.02', 'Ponorogo', 21],
    ['35.04', 'Tulungagung', 19],
    ['35.05', 'Blitar', 22],
    ['35.07', 'Malang', 33],
    ['35.09', 'Jember', 31],
    ['35.10', 'Banyuwangi', 25],
    ['35.19', 'Madiun', 15],
    ['35.23', 'Tuban', 20],
    ['35.24', 'Lamongan', 27],
    ['35.26', 'Bangkalan', 18],
    ['35.27', 'Sampang', 14],
    ['35.28', 'Pamekasan', 13],
    ['35.29', 'Sumenep', 27],
    ['35.78', 'Kota Surabaya', 31],
    ['36.03', 'Tangerang', 29],
    ['36.04', 'Serang', 29],
    ['51.04', 'Gianyar', 7],
    ['51.07', 'Karangasem', 8],
    ['51.08', 'Buleleng', 9],
    ['51.71', 'Kota Denpasar', 4],
    ['52.02', 'Lombok Tengah', 12],
    ['52.03', 'Lombok Timur', 21],
    ['52.04', 'Sumbawa', 24],
    ['52.06', 'Bima', 18],
    ['52.71', 'Kota Mataram', 6],
    ['53.01', 'Kupang', 24],
    ['53.02', 'Timor Tengah Selatan', 32],
    ['53.04', 'Belu', 12],
    ['53.06', 'Flores Timur', 19],
    ['53.18', 'Sumba Barat Daya', 11],
    ['53.71', 'Kota Kupang', 6],
    ['61.01', 'Sambas', 19],
    ['61.71', 'Kota Pontianak', 6],
    ['63.03', 'Banjar', 20],
    ['71.02', 'Minahasa', 25],
    ['71.71', 'Kota Manado', 11],
    ['73.08', 'Bone', 27],
    ['73.13', 'Wajo', 14],
    ['73.15', 'Pinrang', 12],
    ['73.71', 'Kota Makassar', 15],
    ['81.71', 'Kota Ambon', 5],
  ] as const
).map(([code, name, districts]) => ({ code, name, districts }));

/** Population groups of the name model. */
export type NameGroup =
  | 'javanese'
  | 'sundanese'
  | 'malay'
  | 'batak'
  | 'bugis'
  | 'balinese'
  | 'chinese'
  | 'eastern'
  | 'muslim';

/** Regency-code prefixes where each group mostly lives (a person's NIK region follows the group). */
export const GROUP_REGION_PREFIXES: Readonly<Record<NameGroup, readonly string[]>> = {
  javanese: ['33.', '34.', '35.0', '35.1', '35.2', '35.78', '18.0', '31.'],
  sundanese: ['32.', '36.'],
  malay: ['11.', '13.', '16.', '18.71', '61.01'],
  batak: ['12.0', '12.12'],
  bugis: ['73.'],
  balinese: ['51.'],
  chinese: ['12.71', '31.', '61.71', '35.78', '33.74'],
  eastern: ['53.', '71.', '81.'],
  muslim: ['52.', '35.26', '35.27', '35.28', '35.29', '63.', '31.', '32.16', '36.03'],
};

/** Indonesian mobile prefixes (Telkomsel, Indosat, XL, Axis, Tri, Smartfren). */
export const MOBILE_PREFIXES = [
  '0811',
  '0812',
  '0813',
  '0821',
  '0822',
  '0823',
  '0851',
  '0852',
  '0853',
  '0814',
  '0815',
  '0816',
  '0855',
  '0856',
  '0857',
  '0858',
  '0817',
  '0818',
  '0819',
  '0859',
  '0877',
  '0878',
  '0831',
  '0832',
  '0833',
  '0838',
  '0895',
  '0896',
  '0897',
  '0898',
  '0899',
  '0881',
  '0882',
  '0883',
  '0887',
  '0888',
  '0889',
];

/** First letters seen on Indonesian passport numbers. */
export const PASSPORT_LETTERS = ['A', 'B', 'C', 'E', 'X'];

/** Lists the regencies whose code starts with any of the prefixes. */
export function listRegenciesFor(prefixes: readonly string[]): Regency[] {
  return REGENCIES.filter((r) => prefixes.some((p) => r.code.startsWith(p)));
}
