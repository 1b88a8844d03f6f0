/**
 * Countries and foreign cities that TPPO reports name (destinations, transit points, scam
 * compounds), with ISO 3166-1 alpha-2 codes. Cities carry their country's code.
 */

/** One foreign place: Indonesian display name, ISO code, level and the spellings news uses. */
export interface ForeignPlace {
  name: string;
  code: string;
  level: 'negara' | 'kota_asing';
  spellings: readonly string[];
}

/** The gazetteer. Spellings are matched case-sensitively on word boundaries. */
export const FOREIGN_PLACES: readonly ForeignPlace[] = [
  { name: 'Malaysia', code: 'MY', level: 'negara', spellings: ['Malaysia', 'Negeri Jiran'] },
  { name: 'Singapura', code: 'SG', level: 'negara', spellings: ['Singapura', 'Singapore'] },
  { name: 'Kamboja', code: 'KH', level: 'negara', spellings: ['Kamboja', 'Cambodia'] },
  { name: 'Myanmar', code: 'MM', level: 'negara', spellings: ['Myanmar', 'Burma'] },
  { name: 'Thailand', code: 'TH', level: 'negara', spellings: ['Thailand', 'Thai'] },
  { name: 'Laos', code: 'LA', level: 'negara', spellings: ['Laos'] },
  { name: 'Vietnam', code: 'VN', level: 'negara', spellings: ['Vietnam'] },
  { name: 'Filipina', code: 'PH', level: 'negara', spellings: ['Filipina', 'Philippines'] },
  {
    name: 'Brunei Darussalam',
    code: 'BN',
    level: 'negara',
    spellings: ['Brunei Darussalam', 'Brunei'],
  },
  { name: 'Timor Leste', code: 'TL', level: 'negara', spellings: ['Timor Leste', 'Timor-Leste'] },
  {
    name: 'Arab Saudi',
    code: 'SA',
    level: 'negara',
    spellings: ['Arab Saudi', 'Saudi Arabia', 'Saudi'],
  },
  { name: 'Uni Emirat Arab', code: 'AE', level: 'negara', spellings: ['Uni Emirat Arab', 'UEA'] },
  { name: 'Qatar', code: 'QA', level: 'negara', spellings: ['Qatar'] },
  { name: 'Kuwait', code: 'KW', level: 'negara', spellings: ['Kuwait'] },
  { name: 'Oman', code: 'OM', level: 'negara', spellings: ['Oman'] },
  { name: 'Bahrain', code: 'BH', level: 'negara', spellings: ['Bahrain'] },
  { name: 'Yordania', code: 'JO', level: 'negara', spellings: ['Yordania', 'Jordania'] },
  { name: 'Turki', code: 'TR', level: 'negara', spellings: ['Turki'] },
  { name: 'Suriah', code: 'SY', level: 'negara', spellings: ['Suriah'] },
  { name: 'Irak', code: 'IQ', level: 'negara', spellings: ['Irak'] },
  { name: 'Mesir', code: 'EG', level: 'negara', spellings: ['Mesir'] },
  { name: 'Hong Kong', code: 'HK', level: 'negara', spellings: ['Hong Kong', 'Hongkong'] },
  { name: 'Taiwan', code: 'TW', level: 'negara', spellings: ['Taiwan'] },
  {
    name: 'Tiongkok',
    code: 'CN',
    level: 'negara',
    spellings: ['Tiongkok', 'China', 'Cina', 'RRT'],
  },
  {
    name: 'Korea Selatan',
    code: 'KR',
    level: 'negara',
    spellings: ['Korea Selatan', 'Korsel', 'Korea'],
  },
  { name: 'Jepang', code: 'JP', level: 'negara', spellings: ['Jepang'] },
  { name: 'Australia', code: 'AU', level: 'negara', spellings: ['Australia'] },
  { name: 'Selandia Baru', code: 'NZ', level: 'negara', spellings: ['Selandia Baru'] },
  { name: 'Polandia', code: 'PL', level: 'negara', spellings: ['Polandia'] },
  { name: 'Jerman', code: 'DE', level: 'negara', spellings: ['Jerman'] },
  { name: 'Inggris', code: 'GB', level: 'negara', spellings: ['Inggris'] },
  { name: 'Amerika Serikat', code: 'US', level: 'negara', spellings: ['Amerika Serikat'] },
  { name: 'Peru', code: 'PE', level: 'negara', spellings: ['Peru'] },
  { name: 'Somalia', code: 'SO', level: 'negara', spellings: ['Somalia'] },
  { name: 'Afrika Selatan', code: 'ZA', level: 'negara', spellings: ['Afrika Selatan'] },
  { name: 'Fiji', code: 'FJ', level: 'negara', spellings: ['Fiji'] },
  { name: 'Mauritius', code: 'MU', level: 'negara', spellings: ['Mauritius'] },
  { name: 'Seychelles', code: 'SC', level: 'negara', spellings: ['Seychelles'] },
  { name: 'Sri Lanka', code: 'LK', level: 'negara', spellings: ['Sri Lanka'] },
  { name: 'Maladewa', code: 'MV', level: 'negara', spellings: ['Maladewa', 'Maldives'] },
  { name: 'Port Louis', code: 'MU', level: 'kota_asing', spellings: ['Port Louis'] },
  { name: 'Myawaddy', code: 'MM', level: 'kota_asing', spellings: ['Myawaddy', 'Myawadi'] },
  { name: 'Yangon', code: 'MM', level: 'kota_asing', spellings: ['Yangon'] },
  { name: 'Phnom Penh', code: 'KH', level: 'kota_asing', spellings: ['Phnom Penh'] },
  { name: 'Sihanoukville', code: 'KH', level: 'kota_asing', spellings: ['Sihanoukville'] },
  { name: 'Bavet', code: 'KH', level: 'kota_asing', spellings: ['Bavet'] },
  { name: 'Poipet', code: 'KH', level: 'kota_asing', spellings: ['Poipet'] },
  { name: 'Kuala Lumpur', code: 'MY', level: 'kota_asing', spellings: ['Kuala Lumpur'] },
  { name: 'Johor Bahru', code: 'MY', level: 'kota_asing', spellings: ['Johor Bahru', 'Johor'] },
  { name: 'Kota Kinabalu', code: 'MY', level: 'kota_asing', spellings: ['Kota Kinabalu'] },
  { name: 'Tawau', code: 'MY', level: 'kota_asing', spellings: ['Tawau'] },
  { name: 'Kuching', code: 'MY', level: 'kota_asing', spellings: ['Kuching'] },
  { name: 'Penang', code: 'MY', level: 'kota_asing', spellings: ['Penang'] },
  { name: 'Sabah', code: 'MY', level: 'kota_asing', spellings: ['Sabah'] },
  { name: 'Riyadh', code: 'SA', level: 'kota_asing', spellings: ['Riyadh'] },
  { name: 'Jeddah', code: 'SA', level: 'kota_asing', spellings: ['Jeddah', 'Jedah'] },
  { name: 'Makkah', code: 'SA', level: 'kota_asing', spellings: ['Makkah', 'Mekkah', 'Mekah'] },
  { name: 'Madinah', code: 'SA', level: 'kota_asing', spellings: ['Madinah'] },
  { name: 'Dubai', code: 'AE', level: 'kota_asing', spellings: ['Dubai'] },
  { name: 'Abu Dhabi', code: 'AE', level: 'kota_asing', spellings: ['Abu Dhabi'] },
  { name: 'Doha', code: 'QA', level: 'kota_asing', spellings: ['Doha'] },
  { name: 'Bangkok', code: 'TH', level: 'kota_asing', spellings: ['Bangkok'] },
  { name: 'Mae Sot', code: 'TH', level: 'kota_asing', spellings: ['Mae Sot'] },
  { name: 'Manila', code: 'PH', level: 'kota_asing', spellings: ['Manila'] },
  { name: 'Taipei', code: 'TW', level: 'kota_asing', spellings: ['Taipei'] },
  { name: 'Shenzhen', code: 'CN', level: 'kota_asing', spellings: ['Shenzhen'] },
  { name: 'Guangzhou', code: 'CN', level: 'kota_asing', spellings: ['Guangzhou'] },
  { name: 'Seoul', code: 'KR', level: 'kota_asing', spellings: ['Seoul'] },
  { name: 'Busan', code: 'KR', level: 'kota_asing', spellings: ['Busan'] },
  { name: 'Tokyo', code: 'JP', level: 'kota_asing', spellings: ['Tokyo'] },
  { name: 'Vientiane', code: 'LA', level: 'kota_asing', spellings: ['Vientiane'] },
  { name: 'Ho Chi Minh', code: 'VN', level: 'kota_asing', spellings: ['Ho Chi Minh'] },
  { name: 'Dili', code: 'TL', level: 'kota_asing', spellings: ['Dili'] },
];

/** All spellings, longest first, so "Korea Selatan" is preferred over "Korea". */
const SPELLINGS = FOREIGN_PLACES.flatMap((place) =>
  place.spellings.map((spelling) => ({ spelling, place })),
).sort((a, b) => b.spelling.length - a.spelling.length);

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SPELLINGS.map((s) => s.spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const BY_SPELLING = new Map(SPELLINGS.map((s) => [s.spelling, s.place]));

/** Finds foreign places in a text: each with the spelling used and its position. */
export function findForeignPlaces(
  text: string,
): { text: string; place: ForeignPlace; start: number }[] {
  const found: { text: string; place: ForeignPlace; start: number }[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const place = BY_SPELLING.get(match[0]);
    if (place) found.push({ text: match[0], place, start: match.index });
  }
  return found;
}
