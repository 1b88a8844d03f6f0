import { z } from 'zod';
import { OUTCOMES } from '../../../domain/screening/indicator-rules.ts';
import { TRAVEL_PURPOSES, VISA_TYPES } from '../../../domain/screening/screening-facts.ts';

/** The two kinds of screening: a passport interview at a Kanim, a departure check at a TPI. */
export const SCREENING_KINDS = ['passport_application', 'departure_check'] as const;

/** Why a TUNDA or TOLAK was decided: the categories offices count (DOMAIN.md). */
export const DECISION_REASON_CATEGORIES = [
  'dugaan_pmi_np',
  'dugaan_tppo',
  'permohonan_ganda',
  'dokumen_tidak_lengkap',
  'keterangan_tidak_benar',
  'lainnya',
] as const;

/** What the receiving Kanim records after a withheld passport was forwarded to it. */
export const FOLLOWUP_OUTCOMES = [
  'dokumen_dilengkapi',
  'dirujuk_bp3mi',
  'diserahkan_kepolisian',
  'paspor_ditarik',
  'tidak_hadir',
  'lainnya',
] as const;

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z.string().refine(isRealDate, {
  message: 'Tanggal harus berformat TTTT-BB-HH dan benar-benar ada.',
  params: { en: 'A date must be YYYY-MM-DD and exist.' },
});

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** True for an assigned ISO 3166-1 alpha-2 code (as the runtime's ICU knows them). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;
}

const text = (max: number) => z.string().trim().max(max);

/** The applicant as the officer records them. */
export const applicantSchema = z.object({
  name: z.string().trim().min(2).max(200),
  nik: z
    .string()
    .refine((v) => /^\d{16}$/.test(v.replace(/[\s.-]/g, '')), {
      message: 'NIK harus 16 digit angka.',
      params: { en: 'A NIK has 16 digits.' },
    })
    .optional(),
  birthDate: isoDate,
  sex: z.enum(['L', 'P']),
  birthPlace: text(200).optional(),
  address: text(500).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/)
    .optional()
    .describe('Kemendagri code of the home region, dotted (e.g. 35.02 or 35.02.01.2001)'),
  phone: text(40).optional(),
});

/** The travel document; the MRZ, when scanned, is parsed and compared with the form. */
export const documentSchema = z
  .object({
    passportNumber: z
      .string()
      .trim()
      .max(20)
      .refine((v) => /^[A-Za-z0-9]{1,20}$/.test(v), {
        message: 'Nomor paspor hanya huruf dan angka.',
        params: { en: 'A passport number has letters and digits only.' },
      })
      .optional(),
    mrz: z.string().max(200).optional().describe('the two 44-character lines of a passport (TD3)'),
    issuingOfficeId: z
      .uuid()
      .optional()
      .describe('the Kanim that issued the passport; a TPI forwards a withheld passport there'),
  })
  .default({});

/** The trip. */
export const tripSchema = z.object({
  destinationCountry: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      if (isCountryCode(code)) return;
      if (code === '') {
        ctx.addIssue({
          code: 'custom',
          message: 'Negara tujuan wajib dipilih.',
          params: { en: 'Choose the destination country.' },
        });
        return;
      }
      const twoLetters = /^[A-Z]{2}$/.test(code);
      ctx.addIssue({
        code: 'custom',
        message: twoLetters
          ? `Kode ${code} bukan negara yang dikenal: pilih negara tujuan dari daftar.`
          : 'Negara tujuan harus kode ISO 3166-1 dua huruf (mis. KH, MY).',
        params: {
          en: twoLetters
            ? `${code} is not a known country code: choose the destination from the list.`
            : 'The destination must be an ISO 3166-1 alpha-2 code (e.g. KH, MY).',
        },
      });
    }),
  purpose: z.enum(TRAVEL_PURPOSES),
  visaType: z.enum(VISA_TYPES).optional(),
  returnTicket: z.boolean(),
  departureDate: isoDate.optional(),
  companions: z.number().int().min(0).max(200).optional(),
  multiStop: z.boolean().optional(),
  bookedByOther: z.boolean().optional(),
  groupWithAgent: z.boolean().optional(),
});

/** Who sponsors, recruits or arranges the trip. */
export const sponsorSchema = z
  .object({
    names: z.array(text(200).min(2)).max(10).default([]),
    phones: z.array(text(40).min(4)).max(10).default([]),
    company: text(200).optional(),
  })
  .default({ names: [], phones: [] });

/** Which documents the applicant showed. */
export const documentsShownSchema = z
  .object({
    workRecommendation: z.boolean().default(false),
    pmiRegistration: z.boolean().default(false),
    parentsStatement: z.boolean().default(false),
    umrahOperatorStatement: z.boolean().default(false),
    other: text(500).optional(),
  })
  .default({
    workRecommendation: false,
    pmiRegistration: false,
    parentsStatement: false,
    umrahOperatorStatement: false,
  });

/** What the officer observed in the interview. */
export const interviewSchema = z
  .object({
    firstTimeTraveller: z.boolean().optional(),
    declaredNoPriorPassport: z.boolean().optional(),
    planUnclear: z.boolean().optional(),
    companionConcern: z.boolean().optional(),
  })
  .default({});

/** Body of POST /api/screenings. */
export const createScreeningBody = z.object({
  kind: z.enum(SCREENING_KINDS),
  applicant: applicantSchema,
  document: documentSchema,
  trip: tripSchema,
  sponsor: sponsorSchema,
  documentsShown: documentsShownSchema,
  interview: interviewSchema,
});

/** A validated screening form. */
export type ScreeningForm = z.infer<typeof createScreeningBody>;

/** Body of POST /api/screenings/:id/decision. */
export const decisionBody = z.object({
  decision: z.enum(OUTCOMES),
  indicatorsObserved: z.array(z.string().max(60)).max(60).default([]),
  reasonCategory: z
    .enum(DECISION_REASON_CATEGORIES)
    .optional()
    .describe('required for TUNDA and TOLAK'),
  note: text(2000).optional().describe('required (10+ characters) when deciding less strictly'),
});

/** A decision as submitted. */
export type DecisionInput = z.infer<typeof decisionBody>;

/** Body of POST /api/screenings/:id/approval. */
export const approvalBody = z.object({
  approve: z.boolean(),
  note: text(2000).optional().describe('required when refusing the approval'),
});

/** Body of POST /api/screenings/:id/followup. */
export const followupBody = z.object({
  outcome: z.enum(FOLLOWUP_OUTCOMES),
  note: text(2000).min(3),
});

/** The :id of a screening route. */
export const screeningParams = z.object({ id: z.uuid() });

/** An optional break-glass reason for reading a screening outside one's scope. */
export const breakGlassQuery = z.object({
  breakGlassReason: z.string().max(500).optional(),
});

/** Query of GET /api/screenings. */
export const listScreeningsQuery = z
  .object({
    status: z.enum(['open', 'final', 'awaiting_approval', 'rejected_by_supervisor']).optional(),
    recommendation: z.enum(OUTCOMES).optional(),
    decision: z.enum(OUTCOMES).optional(),
    kind: z.enum(SCREENING_KINDS).optional(),
    officeId: z.uuid().optional().describe('one office of the scope'),
    from: isoDate.optional().describe("first day, in each screening office's own calendar"),
    to: isoDate.optional().describe("last day, in each screening office's own calendar"),
    q: z
      .string()
      .trim()
      .min(2)
      .max(100)
      .optional()
      .describe('part of the name, or the whole NIK or passport number'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    params: { en: 'The end date may not be before the start date.' },
  });

/** The filters of GET /api/screenings, validated. */
export type ListScreeningsQuery = z.infer<typeof listScreeningsQuery>;
