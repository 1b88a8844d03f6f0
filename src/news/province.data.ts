/**
 * Indonesian provinces with the short forms news uses (Sumsel, Jatim, NTT...), so "Kanwil
 * Kemenkumham Sumsel" and "Kantor Wilayah ... Sumatera Selatan" meet on one key.
 */

/** Official province name → aliases seen in news (lower case). */
const PROVINCES: readonly (readonly [string, readonly string[]])[] = [
  ['Aceh', ['nad', 'nanggroe aceh darussalam']],
  ['Sumatera Utara', ['sumut', 'sumatra utara']],
  ['Sumatera Barat', ['sumbar', 'sumatra barat']],
  ['Riau', []],
  ['Jambi', []],
  ['Sumatera Selatan', ['sumsel', 'sumatra selatan']],
  ['Bengkulu', []],
  ['Lampung', []],
  ['Kepulauan Bangka Belitung', ['babel', 'bangka belitung']],
  ['Kepulauan Riau', ['kepri']],
  ['DKI Jakarta', ['jakarta', 'dki']],
  ['Jawa Barat', ['jabar']],
  ['Jawa Tengah', ['jateng']],
  ['Daerah Istimewa Yogyakarta', ['diy', 'yogyakarta', 'jogja']],
  ['Jawa Timur', ['jatim']],
  ['Banten', []],
  ['Bali', []],
  ['Nusa Tenggara Barat', ['ntb']],
  ['Nusa Tenggara Timur', ['ntt']],
  ['Kalimantan Barat', ['kalbar']],
  ['Kalimantan Tengah', ['kalteng']],
  ['Kalimantan Selatan', ['kalsel']],
  ['Kalimantan Timur', ['kaltim']],
  ['Kalimantan Utara', ['kaltara']],
  ['Sulawesi Utara', ['sulut']],
  ['Sulawesi Tengah', ['sulteng']],
  ['Sulawesi Selatan', ['sulsel']],
  ['Sulawesi Tenggara', ['sultra']],
  ['Gorontalo', []],
  ['Sulawesi Barat', ['sulbar']],
  ['Maluku', []],
  ['Maluku Utara', ['malut']],
  ['Papua', []],
  ['Papua Barat', ['pabar']],
  ['Papua Selatan', []],
  ['Papua Tengah', []],
  ['Papua Pegunungan', []],
  ['Papua Barat Daya', []],
];

const BY_ALIAS = new Map<string, string>();
for (const [name, aliases] of PROVINCES) {
  BY_ALIAS.set(name.toLowerCase(), name);
  for (const alias of aliases) BY_ALIAS.set(alias, name);
}

/** Longest alias first, so "Papua Barat Daya" wins over "Papua". */
const ALIASES_BY_LENGTH = [...BY_ALIAS.keys()].sort((a, b) => b.length - a.length);

/** Finds the province named at the start of a text (official name or short form); null if none. */
export function matchProvincePrefix(text: string): { name: string; length: number } | null {
  const lower = text.toLowerCase();
  for (const alias of ALIASES_BY_LENGTH) {
    if (lower.startsWith(alias) && !/[\p{L}\p{N}]/u.test(lower.charAt(alias.length))) {
      return { name: BY_ALIAS.get(alias) ?? alias, length: alias.length };
    }
  }
  return null;
}

/** Turns a name into a key fragment: lower case, ASCII letters and digits joined by dashes. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
