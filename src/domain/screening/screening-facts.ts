/**
 * The facts a screening is judged on: derived by the server from the form, the NIK, the office's
 * coverage, the history and the watchlist, then handed to the pure rule evaluator.
 */

/** Recorded purposes of travel (Permenkumham 8/2014 as amended; DOMAIN.md). */
export const TRAVEL_PURPOSES = [
  'wisata',
  'umrah',
  'haji',
  'berobat',
  'belajar',
  'bekerja',
  'kunjungan_keluarga',
  'magang',
  'bisnis',
  'lainnya',
] as const;

/** One purpose of travel. */
export type TravelPurpose = (typeof TRAVEL_PURPOSES)[number];

/** Visa types as the officer records them. */
export const VISA_TYPES = [
  'bebas_visa',
  'kunjungan',
  'kerja',
  'pelajar',
  'umrah',
  'lainnya',
] as const;

/** One visa type. */
export type VisaType = (typeof VISA_TYPES)[number];

/** How a destination is known to be used by traffickers (DOMAIN.md, "Indicators officers use"). */
export type DestinationRisk = 'scam_compound' | 'pmi_main' | 'kawin_kontrak' | 'none';

const SCAM_COMPOUND = new Set(['KH', 'MM', 'LA', 'TH', 'VN', 'PH']);
const PMI_MAIN = new Set(['MY', 'SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'JO', 'HK', 'KR', 'SG', 'BN']);
const KAWIN_KONTRAK = new Set(['CN', 'TW']);

/** Classifies a destination country (ISO 3166-1 alpha-2) by the routes named in DOMAIN.md. */
export function destinationRisk(country: string | null): DestinationRisk {
  if (!country) return 'none';
  const c = country.toUpperCase();
  if (SCAM_COMPOUND.has(c)) return 'scam_compound';
  if (KAWIN_KONTRAK.has(c)) return 'kawin_kontrak';
  if (PMI_MAIN.has(c)) return 'pmi_main';
  return 'none';
}

/** The named facts a rule may test, with their value types. */
export interface ScreeningFacts {
  'screening.kind': 'passport_application' | 'departure_check';
  'applicant.age': number | null;
  'applicant.sex': 'L' | 'P' | null;
  'applicant.homeProvince': string | null;
  'applicant.homeOutsideCoverage': boolean;
  'applicant.firstTimeTraveller': boolean | null;
  'applicant.declaredNoPriorPassport': boolean;
  'applicant.priorPassportFound': boolean;
  'nik.valid': boolean;
  'nik.birthDateConflict': boolean;
  'nik.sexConflict': boolean;
  'nik.regionUnknown': boolean;
  'trip.purpose': TravelPurpose | null;
  'trip.destinationCountry': string | null;
  'trip.destinationRisk': DestinationRisk;
  'trip.returnTicket': boolean | null;
  'trip.visaType': VisaType | null;
  'trip.planUnclear': boolean;
  'trip.multiStop': boolean;
  'trip.bookedByOther': boolean;
  'trip.groupWithAgent': boolean;
  'trip.companionConcern': boolean;
  'documents.workRecommendation': boolean;
  'documents.pmiRegistration': boolean;
  'documents.parentsStatement': boolean;
  'documents.umrahOperatorStatement': boolean;
  'sponsor.recentApplications': number;
}

/** The name of one fact. */
export type FactName = keyof ScreeningFacts;

/**
 * Facts about who a person is rather than what they do: sex, age, origin. A rule that tests only
 * these is profiling (UU 27/2022): it may ask for an interview, never push toward tunda or tolak.
 */
export const PROTECTED_FACTS: ReadonlySet<FactName> = new Set<FactName>([
  'applicant.age',
  'applicant.sex',
  'applicant.homeProvince',
]);
