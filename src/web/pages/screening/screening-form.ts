import type {
  ScreeningInput,
  ScreeningKind,
  TravelPurpose,
  VisaType,
} from '../../api/screening.api.ts';

/** The screening form as typed: every field a string or a flag, converted once on submit. */
export interface ScreeningDraft {
  kind: ScreeningKind;
  mrz: string;
  passportNumber: string;
  name: string;
  nik: string;
  birthDate: string;
  sex: '' | 'L' | 'P';
  birthPlace: string;
  address: string;
  regionCode: string;
  regionName: string;
  phone: string;
  country: string;
  purpose: TravelPurpose;
  visaType: '' | VisaType;
  returnTicket: boolean;
  departureDate: string;
  companions: string;
  multiStop: boolean;
  bookedByOther: boolean;
  groupWithAgent: boolean;
  sponsorNames: string;
  sponsorPhones: string;
  company: string;
  workRecommendation: boolean;
  pmiRegistration: boolean;
  parentsStatement: boolean;
  umrahOperatorStatement: boolean;
  docOther: string;
  firstTimeTraveller: boolean;
  declaredNoPriorPassport: boolean;
  planUnclear: boolean;
  companionConcern: boolean;
}

/** A blank form of one kind. */
export function emptyDraft(kind: ScreeningKind): ScreeningDraft {
  return {
    kind,
    mrz: '',
    passportNumber: '',
    name: '',
    nik: '',
    birthDate: '',
    sex: '',
    birthPlace: '',
    address: '',
    regionCode: '',
    regionName: '',
    phone: '',
    country: '',
    purpose: 'wisata',
    visaType: '',
    returnTicket: false,
    departureDate: '',
    companions: '',
    multiStop: false,
    bookedByOther: false,
    groupWithAgent: false,
    sponsorNames: '',
    sponsorPhones: '',
    company: '',
    workRecommendation: false,
    pmiRegistration: false,
    parentsStatement: false,
    umrahOperatorStatement: false,
    docOther: '',
    firstTimeTraveller: false,
    declaredNoPriorPassport: false,
    planUnclear: false,
    companionConcern: false,
  };
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The request body of a draft. Empty optional fields are left out rather than sent blank, so
 * the server's messages speak only of what the officer typed; an unticked interview flag is
 * sent as "not observed" (false), never as unknown.
 */
export function toScreeningInput(draft: ScreeningDraft): ScreeningInput {
  const companions = optional(draft.companions);
  const input: ScreeningInput = {
    kind: draft.kind,
    applicant: {
      name: draft.name.trim(),
      birthDate: draft.birthDate,
      // An unset sex is sent empty so the server names the field, instead of a guess.
      sex: draft.sex as 'L' | 'P',
    },
    document: {},
    trip: {
      destinationCountry: draft.country,
      purpose: draft.purpose,
      returnTicket: draft.returnTicket,
      multiStop: draft.multiStop,
      bookedByOther: draft.bookedByOther,
      groupWithAgent: draft.groupWithAgent,
    },
    sponsor: { names: lines(draft.sponsorNames), phones: lines(draft.sponsorPhones) },
    documentsShown: {
      workRecommendation: draft.workRecommendation,
      pmiRegistration: draft.pmiRegistration,
      parentsStatement: draft.parentsStatement,
      umrahOperatorStatement: draft.umrahOperatorStatement,
    },
    interview: {
      firstTimeTraveller: draft.firstTimeTraveller,
      declaredNoPriorPassport: draft.declaredNoPriorPassport,
      planUnclear: draft.planUnclear,
      companionConcern: draft.companionConcern,
    },
  };
  const nik = optional(draft.nik);
  if (nik) input.applicant.nik = nik.replace(/[\s.-]/g, '');
  const birthPlace = optional(draft.birthPlace);
  if (birthPlace) input.applicant.birthPlace = birthPlace;
  const address = optional(draft.address);
  if (address) input.applicant.address = address;
  if (draft.regionCode) input.applicant.regionCode = draft.regionCode;
  const phone = optional(draft.phone);
  if (phone) input.applicant.phone = phone;
  const passportNumber = optional(draft.passportNumber);
  if (passportNumber) input.document.passportNumber = passportNumber.toUpperCase();
  const mrz = optional(draft.mrz);
  if (mrz) input.document.mrz = mrz;
  if (draft.visaType) input.trip.visaType = draft.visaType;
  if (draft.departureDate) input.trip.departureDate = draft.departureDate;
  if (companions !== undefined) input.trip.companions = Number(companions);
  const company = optional(draft.company);
  if (company) input.sponsor.company = company;
  const other = optional(draft.docOther);
  if (other) input.documentsShown.other = other;
  return input;
}

/** What the MRZ of a passport tells the form. */
export interface MrzFields {
  name: string;
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  passportNumber: string | null;
}

/** YYMMDD as a date in the latest century that does not put it after `today`. */
export function mrzDate(yymmdd: string | null | undefined, today: Date): string | null {
  if (!yymmdd || !/^\d{6}$/.test(yymmdd)) return null;
  const yy = Number(yymmdd.slice(0, 2));
  const mm = yymmdd.slice(2, 4);
  const dd = yymmdd.slice(4, 6);
  let year = Math.floor(today.getUTCFullYear() / 100) * 100 + yy;
  if (Date.UTC(year, Number(mm) - 1, Number(dd)) > today.getTime()) year -= 100;
  return `${year}-${mm}-${dd}`;
}

/** The two 44-character lines of a scanned MRZ, however the scanner broke or spaced them. */
export function mrzLines(text: string): string[] {
  const rows = text
    .toUpperCase()
    .split(/\r?\n/)
    .map((l) => l.replace(/\s/g, ''))
    .filter((l) => l !== '');
  if (rows.length === 1 && rows[0]?.length === 88) return [rows[0].slice(0, 44), rows[0].slice(44)];
  return rows;
}

/**
 * Reads a passport MRZ in the browser to fill the form at once. The parser loads on first use
 * so it stays out of the main bundle; the server still parses the MRZ on submit and is the one
 * that reports check-digit failures. Null when the text is not a readable passport MRZ yet.
 */
export async function readMrzFields(text: string, today = new Date()): Promise<MrzFields | null> {
  const rows = mrzLines(text);
  if (rows.length !== 2 || rows.some((r) => r.length !== 44)) return null;
  const { parse } = await import('mrz');
  let result: ReturnType<typeof parse>;
  try {
    result = parse(rows);
  } catch {
    return null;
  }
  if (result.format !== 'TD3') return null;
  const f = result.fields;
  const name = [f.firstName, f.lastName]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
  return {
    name,
    birthDate: mrzDate(f.birthDate, today),
    sex: f.sex === 'male' ? 'L' : f.sex === 'female' ? 'P' : null,
    passportNumber: typeof f.documentNumber === 'string' ? f.documentNumber : null,
  };
}

/** The form fields an MRZ can fill. */
export type MrzFieldName = 'name' | 'birthDate' | 'sex' | 'passportNumber';

/** The draft with the MRZ's values filled in, and the names of the fields it filled. */
export function applyMrz(
  draft: ScreeningDraft,
  fields: MrzFields,
): { draft: ScreeningDraft; filled: MrzFieldName[] } {
  const next = { ...draft };
  const filled: MrzFieldName[] = [];
  if (fields.name) {
    next.name = fields.name;
    filled.push('name');
  }
  if (fields.birthDate) {
    next.birthDate = fields.birthDate;
    filled.push('birthDate');
  }
  if (fields.sex) {
    next.sex = fields.sex;
    filled.push('sex');
  }
  if (fields.passportNumber) {
    next.passportNumber = fields.passportNumber;
    filled.push('passportNumber');
  }
  return { draft: next, filled };
}
