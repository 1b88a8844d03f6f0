import type { FieldIssue } from '../../../domain/errors.ts';
import { checkNikAgainst, parseNik, type ParsedNik } from '../../../domain/nik.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import { destinationRisk, type ScreeningFacts } from '../../../domain/screening/screening-facts.ts';
import { normalizeName } from '../../../engine/index.ts';
import type { RegionIndex } from '../../../regions/index.ts';
import { compareMrzWithForm, readPassportMrz, type MrzReading } from './screening-mrz.ts';
import type { ScreeningForm } from './screening.schema.ts';

/** The form after server-side checks: cleaned identifiers and what they reveal. */
export interface CheckedForm {
  nik: ParsedNik | null;
  passportNumber: string | null;
  applicantPhone: string | null;
  sponsorPhones: string[];
  sponsorKeys: string[];
  /** Each sponsor key and the name it came from, as typed. */
  sponsorKeyNames: Map<string, string>;
  /** The home regency (PP.KK) from the region code, else from the NIK. */
  homeRegency: string | null;
  homeProvince: string | null;
  nikBirthDateConflict: boolean;
  nikSexConflict: boolean;
  nikRegionUnknown: boolean;
  mrz: MrzReading | null;
}

/**
 * A key under which one sponsor is recognised across applications: the phonetic keys of the
 * name's identifying words in sorted order, so spelling variants ("Djoko"/"Joko") meet.
 */
export function sponsorNameKey(name: string, prefix: 'name' | 'org' = 'name'): string | null {
  const tokens = normalizeName(name)
    .filter((t) => !t.weak)
    .map((t) => t.key)
    .sort();
  // One word alone ("Budi") is shared by too many people to tie applications together.
  if (prefix === 'name' && tokens.length < 2) return null;
  if (tokens.length === 0) return null;
  return `${prefix}:${tokens.join(' ')}`;
}

function issue(path: string, message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

/**
 * Checks what zod cannot: the NIK's date and region against the official list and the stated
 * birth date and sex, the home region code, phone numbers, the MRZ against the form, and a birth
 * date in the future. Returns every issue at once, naming its field.
 */
export function checkScreeningForm(
  form: ScreeningForm,
  regions: RegionIndex,
  officeToday: string,
  now: Date,
): { issues: FieldIssue[]; checked: CheckedForm } {
  const issues: FieldIssue[] = [];
  const { applicant } = form;
  if (applicant.birthDate > officeToday) {
    issues.push(
      issue(
        'applicant.birthDate',
        'Tanggal lahir tidak boleh di masa depan.',
        'The birth date cannot be in the future.',
      ),
    );
  }

  let nik: ParsedNik | null = null;
  let nikBirthDateConflict = false;
  let nikSexConflict = false;
  let nikRegionUnknown = false;
  if (applicant.nik !== undefined) {
    const parsed = parseNik(applicant.nik, now);
    if (!parsed.ok) {
      const why =
        parsed.error === 'date'
          ? ['tanggal lahir di dalam NIK tidak ada', 'the birth date inside the NIK does not exist']
          : parsed.error === 'serial'
            ? ['nomor urut NIK tidak boleh 0000', 'the NIK serial cannot be 0000']
            : ['kode wilayah NIK tidak mungkin', 'the NIK region digits are impossible'];
      issues.push(issue('applicant.nik', `NIK tidak valid: ${why[0]}.`, `Invalid NIK: ${why[1]}.`));
    } else {
      nik = parsed;
      const conflicts = checkNikAgainst(
        parsed.nik,
        { birthDate: applicant.birthDate, sex: applicant.sex },
        now,
      );
      nikBirthDateConflict = conflicts.some((c) => c.field === 'birthDate');
      nikSexConflict = conflicts.some((c) => c.field === 'sex');
      // Region digits are those of first registration and districts get re-coded: only the
      // province and regency are checked, and a miss is a soft signal, not an error.
      nikRegionUnknown = !regions.get(parsed.provinceCode) || !regions.get(parsed.regencyCode);
    }
  }

  let homeRegency: string | null = null;
  let homeProvince: string | null = null;
  if (applicant.regionCode !== undefined) {
    const region = regions.get(applicant.regionCode);
    if (!region) {
      issues.push(
        issue(
          'applicant.regionCode',
          `Kode wilayah ${applicant.regionCode} tidak ada dalam data resmi Kemendagri.`,
          `Region code ${applicant.regionCode} is not in the official Kemendagri list.`,
        ),
      );
    } else {
      homeProvince = region.code.slice(0, 2);
      homeRegency = region.code.length >= 5 ? region.code.slice(0, 5) : null;
    }
  } else if (nik && !nikRegionUnknown) {
    homeProvince = nik.provinceCode;
    homeRegency = nik.regencyCode;
  }

  let applicantPhone: string | null = null;
  if (applicant.phone !== undefined && applicant.phone !== '') {
    applicantPhone = normalizePhone(applicant.phone);
    if (!applicantPhone) {
      issues.push(
        issue('applicant.phone', 'Nomor telepon tidak dikenali.', 'Unrecognised phone number.'),
      );
    }
  }
  const sponsorPhones: string[] = [];
  form.sponsor.phones.forEach((raw, i) => {
    const phone = normalizePhone(raw);
    if (!phone) {
      issues.push(
        issue(`sponsor.phones.${i}`, 'Nomor telepon tidak dikenali.', 'Unrecognised phone number.'),
      );
    } else if (!sponsorPhones.includes(phone)) {
      sponsorPhones.push(phone);
    }
  });
  const sponsorKeyNames = new Map<string, string>();
  for (const name of form.sponsor.names) {
    const key = sponsorNameKey(name);
    if (key && !sponsorKeyNames.has(key)) sponsorKeyNames.set(key, name);
  }
  if (form.sponsor.company) {
    const key = sponsorNameKey(form.sponsor.company, 'org');
    if (key) sponsorKeyNames.set(key, form.sponsor.company);
  }

  let passportNumber = form.document.passportNumber?.toUpperCase() ?? null;
  let mrz: MrzReading | null = null;
  if (form.document.mrz !== undefined && form.document.mrz.trim() !== '') {
    const read = readPassportMrz(form.document.mrz, now);
    if (!read.ok) {
      issues.push(...read.issues);
    } else {
      mrz = read.reading;
      issues.push(
        ...compareMrzWithForm(read.reading, {
          name: applicant.name,
          birthDate: applicant.birthDate,
          sex: applicant.sex,
          passportNumber: form.document.passportNumber,
        }),
      );
      passportNumber ??= read.reading.passportNumber;
    }
  }

  return {
    issues,
    checked: {
      nik,
      passportNumber,
      applicantPhone,
      sponsorPhones,
      sponsorKeys: [...sponsorKeyNames.keys()],
      sponsorKeyNames,
      homeRegency,
      homeProvince,
      nikBirthDateConflict,
      nikSexConflict,
      nikRegionUnknown,
      mrz,
    },
  };
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * True when the home regency lies outside every region the office covers. An office with no
 * recorded coverage, or an unknown home, is never "outside".
 */
export function isOutsideCoverage(
  homeRegency: string | null,
  coverage: readonly string[],
): boolean {
  if (!homeRegency || coverage.length === 0) return false;
  return !coverage.some((c) => homeRegency.startsWith(c) || c.startsWith(homeRegency));
}

/** What the server found beyond the form. */
export interface FactContext {
  officeToday: string;
  homeOutsideCoverage: boolean;
  priorPassportFound: boolean;
  recentApplications: number;
}

/** Turns the checked form and the server's findings into the named facts rules test. */
export function buildScreeningFacts(
  form: ScreeningForm,
  checked: CheckedForm,
  context: FactContext,
): ScreeningFacts {
  const { applicant, trip, documentsShown, interview } = form;
  return {
    'screening.kind': form.kind,
    'applicant.age': ageOn(applicant.birthDate, context.officeToday),
    'applicant.sex': applicant.sex,
    'applicant.homeProvince': checked.homeProvince,
    'applicant.homeOutsideCoverage': context.homeOutsideCoverage,
    'applicant.firstTimeTraveller': interview.firstTimeTraveller ?? null,
    'applicant.declaredNoPriorPassport': interview.declaredNoPriorPassport ?? false,
    'applicant.priorPassportFound': context.priorPassportFound,
    'nik.valid': checked.nik !== null,
    'nik.birthDateConflict': checked.nikBirthDateConflict,
    'nik.sexConflict': checked.nikSexConflict,
    'nik.regionUnknown': checked.nikRegionUnknown,
    'trip.purpose': trip.purpose,
    'trip.destinationCountry': trip.destinationCountry,
    'trip.destinationRisk': destinationRisk(trip.destinationCountry),
    'trip.returnTicket': trip.returnTicket,
    'trip.visaType': trip.visaType ?? null,
    'trip.planUnclear': interview.planUnclear ?? false,
    'trip.multiStop': trip.multiStop ?? false,
    'trip.bookedByOther': trip.bookedByOther ?? false,
    'trip.groupWithAgent': trip.groupWithAgent ?? false,
    'trip.companionConcern': interview.companionConcern ?? false,
    'documents.workRecommendation': documentsShown.workRecommendation,
    'documents.pmiRegistration': documentsShown.pmiRegistration,
    'documents.parentsStatement': documentsShown.parentsStatement,
    'documents.umrahOperatorStatement': documentsShown.umrahOperatorStatement,
    'sponsor.recentApplications': context.recentApplications,
  };
}
