import { z } from 'zod';
import { TPPO_TYPE_CODES, type TppoTypeCode } from '../../../domain/tppo.ts';

/** The four selection criteria of the Desa Binaan programme (DOMAIN.md). */
export const DESA_CRITERIA = [
  'kantong_pmi',
  'usia_produktif',
  'jauh_dari_kanim',
  'jalur_perbatasan',
] as const;

/** Kinds of village activity: counselling/outreach, visit, first-line service. */
export const ACTIVITY_KINDS = ['penyuluhan', 'kunjungan', 'layanan'] as const;

/** What a resident saw, as the PIMPASA records it. */
export const REPORT_CATEGORIES = [
  'perekrut',
  'berangkat_tanpa_dokumen',
  'korban_kembali',
  'lainnya',
] as const;

const DATE_MESSAGE = {
  message: 'Tanggal harus berformat YYYY-MM-DD',
  params: { en: 'A date must be YYYY-MM-DD' },
};
const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)), DATE_MESSAGE);
const text = (max: number) => z.string().trim().min(1).max(max);
const noRepeats = <T>(values: T[]) => new Set(values).size === values.length;
const tppoTypes = z
  .array(z.enum(TPPO_TYPE_CODES as unknown as [TppoTypeCode, ...TppoTypeCode[]]))
  .max(TPPO_TYPE_CODES.length)
  .refine(noRepeats, {
    message: 'Jenis TPPO tidak boleh berulang',
    params: { en: 'TPPO types must not repeat' },
  });

/** A village contact as written. */
export const contactInput = z.object({
  name: text(200),
  role: text(100),
  phone: z.string().trim().max(40).nullish(),
});

const desaFields = {
  officeId: z.uuid(),
  skNumber: z.string().trim().max(200).nullable(),
  skDate: isoDate.nullable(),
  formedOn: isoDate.nullable(),
  formedPrecision: z.enum(['day', 'month', 'year']),
  status: z.enum(['aktif', 'nonaktif']),
  criteria: z
    .array(z.enum(DESA_CRITERIA))
    .max(DESA_CRITERIA.length)
    .refine(noRepeats, {
      message: 'Kriteria tidak boleh berulang',
      params: { en: 'Criteria must not repeat' },
    }),
  contacts: z.array(contactInput).max(30),
  pimpasaUserIds: z
    .array(z.uuid())
    .max(20)
    .refine(noRepeats, {
      message: 'PIMPASA tidak boleh berulang',
      params: { en: 'PIMPASA must not repeat' },
    }),
  notes: z.string().trim().max(4000).nullable(),
};

/** Body of POST /desa-binaan: the place as written, optionally the official code chosen for it. */
export const registerBody = z.object({
  nameAsWritten: text(300),
  regionCode: z.string().trim().max(20).optional(),
  officeId: desaFields.officeId.optional(),
  skNumber: desaFields.skNumber.default(null),
  skDate: desaFields.skDate.default(null),
  formedOn: desaFields.formedOn.default(null),
  formedPrecision: desaFields.formedPrecision.default('day'),
  status: desaFields.status.default('aktif'),
  criteria: desaFields.criteria.default([]),
  contacts: desaFields.contacts.default([]),
  pimpasaUserIds: desaFields.pimpasaUserIds.default([]),
  notes: desaFields.notes.default(null),
});
/** A validated registration. */
export type RegisterInput = z.infer<typeof registerBody>;

/** Body of PATCH /desa-binaan/:id: the fields to change (contacts and PIMPASA are replaced). */
export const updateBody = z
  .object({
    nameAsWritten: text(300),
    skNumber: desaFields.skNumber,
    skDate: desaFields.skDate,
    formedOn: desaFields.formedOn,
    formedPrecision: desaFields.formedPrecision,
    status: desaFields.status,
    criteria: desaFields.criteria,
    contacts: desaFields.contacts,
    pimpasaUserIds: desaFields.pimpasaUserIds,
    notes: desaFields.notes,
    /** Why the status changes; required when a village is deactivated, kept in the audit trail. */
    statusReason: z.string().trim().max(1000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated change. */
export type UpdateInput = z.infer<typeof updateBody>;

const count = z.number().int().min(0).max(100_000);
const ageGroups = z.object({
  u18: count.default(0),
  a18_25: count.default(0),
  a26_45: count.default(0),
  o45: count.default(0),
});

/** Body of POST /desa-binaan/:id/activities. `date` is the day it was held (not in the future). */
export const activityBody = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  date: isoDate,
  topic: text(300),
  tppoTypes: tppoTypes.default([]),
  participants: z
    .object({
      L: ageGroups.default(ageGroups.parse({})),
      P: ageGroups.default(ageGroups.parse({})),
    })
    .default({ L: ageGroups.parse({}), P: ageGroups.parse({}) }),
  partners: z.array(text(200)).max(30).default([]),
  notes: z.string().trim().max(4000).nullable().default(null),
});
/** A validated activity. */
export type ActivityInput = z.infer<typeof activityBody>;

/** One person named in a report: at least a name or a phone, checked in the service. */
export const reportPersonInput = z.object({
  name: z.string().trim().max(200).nullish(),
  role: z.string().trim().max(100).nullish(),
  phone: z.string().trim().max(40).nullish(),
});

/** Body of POST /desa-binaan/:id/reports. */
export const reportBody = z.object({
  category: z.enum(REPORT_CATEGORIES),
  seenOn: isoDate,
  regionCode: z.string().trim().min(2).max(20),
  placeNote: z.string().trim().max(500).nullable().default(null),
  people: z.array(reportPersonInput).max(30).default([]),
  narrative: text(8000),
});
/** A validated report. */
export type ReportInput = z.infer<typeof reportBody>;

/** Body of POST /desa-reports/:id/watchlist-proposal: which person, and the listing. */
export const proposalBody = z
  .object({
    personIndex: z.number().int().min(0).max(29).optional(),
    listing: z.enum(['suspect', 'protective']).optional(),
    tppoTypes: tppoTypes.optional(),
  })
  .nullish();
/** A validated conversion request. */
export type ProposalInput = z.infer<typeof proposalBody>;

/** Body of POST /desa-reports/:id/alert: which offices to alert (default: those covering the place). */
export const alertBody = z
  .object({
    officeIds: z.array(z.uuid()).max(50).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .nullish();
/** A validated alert request. */
export type AlertInput = z.infer<typeof alertBody>;

/** Path of the routes on one village or report. */
export const idParams = z.object({ id: z.uuid() });

/** Query of GET /desa-binaan/resolve. */
export const resolveQuery = z.object({ text: text(300) });

/** Query of GET /desa-binaan. */
export const listQuery = z.object({
  status: z.enum(['aktif', 'nonaktif']).optional(),
  officeId: z.uuid().optional(),
});

/** Query of the profile and the PDF: the period (defaults: the last 12 months). */
export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const regionRef = z.object({ code: z.string(), name: z.string(), level: z.string() });
const officeRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const userRef = z.object({ id: z.string(), username: z.string(), fullName: z.string() });

/** One candidate reading of a place as written. */
export const candidateSchema = regionRef.extend({
  parents: z.array(regionRef),
  score: z.number(),
  notes: z.array(z.string()),
  registeredDesaId: z.string().nullable(),
});

/** Response of GET /desa-binaan/resolve. */
export const resolveSchema = z.object({ candidates: z.array(candidateSchema) });

/** A village as lists show it (no contact data). */
export const desaSummarySchema = z.object({
  id: z.string(),
  nameAsWritten: z.string(),
  region: regionRef,
  parents: z.array(regionRef),
  office: officeRef,
  skNumber: z.string().nullable(),
  skDate: z.string().nullable(),
  formedOn: z.string().nullable(),
  formedPrecision: z.enum(['day', 'month', 'year']),
  status: z.enum(['aktif', 'nonaktif']),
  criteria: z.array(z.enum(DESA_CRITERIA)),
  pimpasa: z.array(userRef),
  notes: z.string().nullable(),
  sourceReference: z.string().nullable(),
});
/** A village as lists show it. */
export type DesaSummary = z.infer<typeof desaSummarySchema>;

/** Response of GET /desa-binaan. */
export const desaListSchema = z.object({ villages: z.array(desaSummarySchema) });

/** A village contact as returned. */
export const contactSchema = z.object({
  name: z.string(),
  role: z.string(),
  phone: z.string().nullable(),
});

/** A village with its contacts (a read of person data, audited). */
export const desaDetailSchema = desaSummarySchema.extend({ contacts: z.array(contactSchema) });
/** A village with its contacts. */
export type DesaDetail = z.infer<typeof desaDetailSchema>;

const participantsSchema = z.object({
  L: z.object({ u18: z.number(), a18_25: z.number(), a26_45: z.number(), o45: z.number() }),
  P: z.object({ u18: z.number(), a18_25: z.number(), a26_45: z.number(), o45: z.number() }),
});

/** One activity as returned. */
export const activitySchema = z.object({
  id: z.string(),
  desaId: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  date: z.string(),
  topic: z.string(),
  tppoTypes: z.array(z.string()),
  participants: participantsSchema,
  participantTotal: z.number(),
  partners: z.array(z.string()),
  notes: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
/** One activity as returned. */
export type ActivityView = z.infer<typeof activitySchema>;

/** Response of GET /desa-binaan/:id/activities. */
export const activityListSchema = z.object({ activities: z.array(activitySchema) });

/** What a report became: watchlist proposals and alerts sent. */
export const outcomeSchema = z.object({
  watchlist: z.array(
    z.object({ id: z.string(), refCode: z.string(), status: z.string(), kind: z.string() }),
  ),
  alert: z
    .object({
      at: z.string(),
      by: z.string().nullable(),
      offices: z.array(officeRef),
      note: z.string().nullable(),
    })
    .nullable(),
});

/** A report as lists show it (no people, no narrative). */
export const reportSummarySchema = z.object({
  id: z.string(),
  refCode: z.string(),
  desaId: z.string(),
  desaName: z.string(),
  office: officeRef,
  category: z.enum(REPORT_CATEGORIES),
  seenOn: z.string(),
  region: regionRef.nullable(),
  peopleCount: z.number(),
  createdAt: z.string(),
  outcome: outcomeSchema,
});
/** A report as lists show it. */
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** Response of the report lists. */
export const reportListSchema = z.object({ reports: z.array(reportSummarySchema) });

/** A report with its people and narrative (a read of person data, audited). */
export const reportDetailSchema = reportSummarySchema.extend({
  regionParents: z.array(regionRef),
  placeNote: z.string().nullable(),
  people: z.array(
    z.object({
      name: z.string().nullable(),
      role: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  phones: z.array(z.string()),
  narrative: z.string(),
  reportedBy: userRef,
});
/** A report with its people. */
export type ReportDetail = z.infer<typeof reportDetailSchema>;

/** Response of GET /desa-binaan/:id/profile. */
export const profileSchema = z.object({
  desa: desaSummarySchema,
  period: z.object({ from: z.string(), to: z.string() }),
  activities: z.object({
    count: z.number(),
    byKind: z.record(z.string(), z.number()),
    participants: participantsSchema,
    participantTotal: z.number(),
    list: z.array(activitySchema),
  }),
  reports: z.array(reportSummarySchema),
  hotspot: z.object({
    village: z.object({
      screened: z.number(),
      tunda: z.number(),
      tolak: z.number(),
      matched: z.number(),
    }),
    district: z.object({
      screened: z.number(),
      tunda: z.number(),
      tolak: z.number(),
      matched: z.number(),
    }),
  }),
});
/** A village profile over a period. */
export type ProfileView = z.infer<typeof profileSchema>;
