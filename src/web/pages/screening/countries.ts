/**
 * Destination countries for the screening form: every ISO 3166-1 alpha-2 country (Indonesia
 * itself left out), named in Bahasa Indonesia and English by the browser's locale data, searched
 * by either name, by the code, or by a city officers often hear instead of the country. The form
 * stores only a code the officer picked from this list.
 */

const ISO_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW ' +
  'MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
  'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH ' +
  'TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Destinations officers see most (migrant-worker, scam-compound and pilgrimage routes) first. */
const COMMON = ['MY', 'SA', 'HK', 'TW', 'KR', 'SG', 'JP', 'KH', 'MM', 'TH', 'AE', 'PH', 'CN'];

/** Cities people name instead of the country (lower case, without accents). */
const CITIES: Record<string, readonly string[]> = {
  KH: ['phnom penh', 'sihanoukville', 'bavet', 'poipet'],
  MM: ['myawaddy', 'yangon', 'shwe kokko'],
  LA: ['vientiane', 'golden triangle'],
  TH: ['bangkok', 'mae sot'],
  VN: ['hanoi', 'ho chi minh'],
  PH: ['manila'],
  MY: ['kuala lumpur', 'johor bahru', 'kota kinabalu', 'kuching', 'penang'],
  SA: ['riyadh', 'jeddah', 'jedah', 'mekkah', 'makkah', 'madinah'],
  AE: ['dubai', 'abu dhabi'],
  HK: ['kowloon'],
  TW: ['taipei', 'kaohsiung'],
  KR: ['seoul', 'busan'],
  JP: ['tokyo', 'osaka'],
  CN: ['beijing', 'shanghai', 'guangzhou'],
};

/** One country of the picker. */
export interface Country {
  code: string;
  id: string;
  en: string;
}

function displayNames(language: 'id' | 'en'): (code: string) => string | undefined {
  try {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    return (code) => names.of(code);
  } catch {
    return () => undefined;
  }
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let cache: readonly Country[] | null = null;

/** Every country of the picker, common destinations first, then by Indonesian name. */
export function allCountries(): readonly Country[] {
  if (cache) return cache;
  const id = displayNames('id');
  const en = displayNames('en');
  const list = ISO_CODES.map((code) => {
    const english = en(code) ?? code;
    return { code, id: id(code) ?? english, en: english };
  });
  const rank = (c: Country) => {
    const i = COMMON.indexOf(c.code);
    return i < 0 ? COMMON.length : i;
  };
  cache = list.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id, 'id'));
  return cache;
}

/** The country of a code, if it is one of the picker's. */
export function findCountry(code: string): Country | undefined {
  return allCountries().find((c) => c.code === code.toUpperCase());
}

/** A country's name with its code ("Kamboja (KH)"), or the code itself when unknown. */
export function countryName(code: string | null, language: 'id' | 'en'): string {
  if (!code) return '—';
  const known = findCountry(code);
  return known ? `${known[language]} (${known.code})` : code;
}

/**
 * Countries matching a typed text: the exact code first, then names (either language) that
 * start with it, then names containing it, then a matching city. Empty text: the common ones.
 */
export function searchCountries(text: string, limit = 8): Country[] {
  const q = fold(text);
  const countries = allCountries();
  if (!q) return countries.slice(0, limit);
  const scored: { country: Country; score: number }[] = [];
  for (const country of countries) {
    const names = [fold(country.id), fold(country.en)];
    let score = 0;
    if (q.length === 2 && q === country.code.toLowerCase()) score = 4;
    else if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) score = 3;
    else if (names.some((n) => n.includes(q))) score = 2;
    else if ((CITIES[country.code] ?? []).some((city) => city.startsWith(q) || q.startsWith(city)))
      score = 1;
    if (score > 0) scored.push({ country, score });
  }
  // Array.prototype.sort is stable: equal scores keep the list's order.
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.country);
}

/**
 * The country a typed text names exactly (in either language), or undefined: what leaving the
 * field may take without a pick. A code or anything looser must be picked from the list.
 */
export function exactCountry(text: string): Country | undefined {
  const q = fold(text);
  if (!q) return undefined;
  return allCountries().find((c) => fold(c.id) === q || fold(c.en) === q);
}
