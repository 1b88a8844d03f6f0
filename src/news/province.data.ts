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
  ['DKI Jakarta', ['jakarta', 'dki', 'daerah khusus ibukota jakarta']],
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

/** Province names and short forms as news writes them: "Jawa Timur", "NTT", "Sumut", "Kalbar". */
const WRITTEN_FORMS = [
  ...PROVINCES.flatMap(([name]) => [name, name.toUpperCase()]),
  ...PROVINCES.flatMap(([, aliases]) =>
    aliases.flatMap((alias) => {
      if (alias.length <= 3) return [alias.toUpperCase()];
      const titled = alias.replace(
        /(^|\s)(\p{L})/gu,
        (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`,
      );
      return [titled, alias.toUpperCase()];
    }),
  ),
].sort((a, b) => b.length - a.length);

const PROVINCE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WRITTEN_FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Finds province names and short forms anywhere in a text, with the official name and span. */
export function findProvinceNames(
  text: string,
): { text: string; name: string; start: number; end: number }[] {
  return [...text.matchAll(PROVINCE_PATTERN)].map((m) => ({
    text: m[0],
    name: BY_ALIAS.get(m[0].toLowerCase()) ?? m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
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
