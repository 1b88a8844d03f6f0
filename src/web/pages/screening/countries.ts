/**
 * Destinations that matter at the counter (DOMAIN.md: migrant-worker destinations, scam-compound
 * countries, contract-marriage routes, pilgrimage and nearby countries), with their Indonesian
 * and English names. Any other country is typed as its ISO 3166-1 alpha-2 code.
 */
export const DESTINATIONS: readonly { code: string; id: string; en: string }[] = [
  { code: 'MY', id: 'Malaysia', en: 'Malaysia' },
  { code: 'SG', id: 'Singapura', en: 'Singapore' },
  { code: 'BN', id: 'Brunei Darussalam', en: 'Brunei' },
  { code: 'TH', id: 'Thailand', en: 'Thailand' },
  { code: 'KH', id: 'Kamboja', en: 'Cambodia' },
  { code: 'MM', id: 'Myanmar', en: 'Myanmar' },
  { code: 'LA', id: 'Laos', en: 'Laos' },
  { code: 'VN', id: 'Vietnam', en: 'Vietnam' },
  { code: 'PH', id: 'Filipina', en: 'Philippines' },
  { code: 'TL', id: 'Timor-Leste', en: 'Timor-Leste' },
  { code: 'HK', id: 'Hong Kong', en: 'Hong Kong' },
  { code: 'TW', id: 'Taiwan', en: 'Taiwan' },
  { code: 'CN', id: 'Tiongkok', en: 'China' },
  { code: 'KR', id: 'Korea Selatan', en: 'South Korea' },
  { code: 'JP', id: 'Jepang', en: 'Japan' },
  { code: 'SA', id: 'Arab Saudi', en: 'Saudi Arabia' },
  { code: 'AE', id: 'Uni Emirat Arab', en: 'United Arab Emirates' },
  { code: 'QA', id: 'Qatar', en: 'Qatar' },
  { code: 'KW', id: 'Kuwait', en: 'Kuwait' },
  { code: 'OM', id: 'Oman', en: 'Oman' },
  { code: 'BH', id: 'Bahrain', en: 'Bahrain' },
  { code: 'JO', id: 'Yordania', en: 'Jordan' },
  { code: 'TR', id: 'Turki', en: 'Türkiye' },
  { code: 'EG', id: 'Mesir', en: 'Egypt' },
  { code: 'IN', id: 'India', en: 'India' },
  { code: 'AU', id: 'Australia', en: 'Australia' },
  { code: 'PG', id: 'Papua Nugini', en: 'Papua New Guinea' },
  { code: 'NL', id: 'Belanda', en: 'Netherlands' },
  { code: 'DE', id: 'Jerman', en: 'Germany' },
  { code: 'GB', id: 'Britania Raya', en: 'United Kingdom' },
  { code: 'US', id: 'Amerika Serikat', en: 'United States' },
];

/** The select value that reveals the free ISO-code input. */
export const OTHER_COUNTRY = 'other';

/** The country code a form sends: the chosen one, or the typed code when "other" is chosen. */
export function destinationCode(choice: string, typed: string): string {
  return choice === OTHER_COUNTRY ? typed.trim().toUpperCase() : choice;
}

/** A country's name in a language, or the code itself when it is not in the list. */
export function countryName(code: string | null, language: 'id' | 'en'): string {
  if (!code) return '—';
  const known = DESTINATIONS.find((d) => d.code === code);
  return known ? `${known[language]} (${code})` : code;
}
