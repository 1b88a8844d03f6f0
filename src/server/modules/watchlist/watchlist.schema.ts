import { z } from 'zod';
import { TPPO_TYPE_CODES, TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';

/** TPPO codes a watchlist entry may carry: forms of exploitation and the PMI NP risk, not news-only codes. */
export const WATCHLIST_TPPO_CODES = TPPO_TYPE_CODES.filter(
  (code) => TPPO_TYPES[code].kind !== 'berita',
) as readonly TppoTypeCode[];

/** Sources an officer may name when proposing (an import sets `import` itself). */
export const SOURCE_TYPES = ['office', 'document', 'case', 'report', 'news'] as const;

const ENTRY_KINDS = ['person', 'organization', 'phone'] as const;
const LISTINGS = ['suspect', 'protective'] as const;
const SENSITIVITIES = ['biasa', 'terbatas', 'rahasia'] as const;
const SHARING_SCOPES = ['office', 'kanwil', 'agreement', 'national'] as const;
const STATUSES = [
  'proposed',
  'active',
  'rejected',
  'expired',
  'delist_requested',
  'delisted',
] as const;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

const shortText = (max: number) => z.string().trim().min(1).max(max);
const list = (max: number, item = shortText(100)) => z.array(item).max(max);
const noRepeats = <T>(values: T[]) => new Set(values).size === values.length;

/** Fields of an entry as an officer writes them; normalisation and cross-field rules follow in the service. */
export const entryFields = {
  names: list(50, shortText(300)),
  birthDate: z
    .string()
    .refine((v) => PARTIAL_DATE.test(v), {
      message: 'Tanggal lahir harus YYYY, YYYY-MM atau YYYY-MM-DD',
      params: { en: 'Birth date must be YYYY, YYYY-MM or YYYY-MM-DD' },
    })
    .nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  nik: z.string().trim().max(40).nullable(),
  passportNumbers: list(20, shortText(20)),
  phones: list(50, shortText(40)),
  nationality: z
    .string()
    .refine((v) => /^[A-Z]{2}$/.test(v), {
      message: 'Kewarganegaraan harus kode ISO dua huruf',
      params: { en: 'Nationality must be a two-letter ISO code' },
    })
    .nullable(),
  birthPlace: shortText(200).nullable(),
  homeRegionCode: z
    .string()
    .refine((v) => REGION_CODE.test(v), {
      message: 'Kode wilayah Kemendagri tidak valid',
      params: { en: 'Not a Kemendagri region code' },
    })
    .nullable(),
  registrationNumbers: list(20, shortText(100)),
  address: shortText(1000).nullable(),
  listing: z.enum(LISTINGS),
  tppoTypes: z
    .array(z.enum(WATCHLIST_TPPO_CODES as [TppoTypeCode, ...TppoTypeCode[]]))
    .max(WATCHLIST_TPPO_CODES.length)
    .refine(noRepeats, {
      message: 'Jenis TPPO tidak boleh berulang',
      params: { en: 'TPPO types must not repeat' },
    }),
  /** Its minimum length is checked with the entry's other rules, so one answer names every field. */
  reason: z.string().trim().max(4000),
  sourceType: z.enum(SOURCE_TYPES),
  sourceReference: shortText(500).nullable(),
  sensitivity: z.enum(SENSITIVITIES),
  sharingScope: z.enum(SHARING_SCOPES),
  validUntil: z.iso.date().nullable(),
  note: shortText(4000).nullable(),
};

/** Body of POST /watchlist: a proposal, listed for the proposer's office unless another of its own is named. */
export const proposeBody = z.object({
  kind: z.enum(ENTRY_KINDS),
  names: entryFields.names.default([]),
  birthDate: entryFields.birthDate.default(null),
  sex: entryFields.sex.default(null),
  nik: entryFields.nik.default(null),
  passportNumbers: entryFields.passportNumbers.default([]),
  phones: entryFields.phones.default([]),
  nationality: entryFields.nationality.default(null),
  birthPlace: entryFields.birthPlace.default(null),
  homeRegionCode: entryFields.homeRegionCode.default(null),
  registrationNumbers: entryFields.registrationNumbers.default([]),
  address: entryFields.address.default(null),
  listing: entryFields.listing,
  tppoTypes: entryFields.tppoTypes.default([]),
  reason: entryFields.reason,
  sourceType: entryFields.sourceType,
  sourceReference: entryFields.sourceReference.default(null),
  sensitivity: entryFields.sensitivity.default('terbatas'),
  sharingScope: entryFields.sharingScope.default('agreement'),
  validUntil: entryFields.validUntil.default(null),
  note: entryFields.note.default(null),
  officeId: z.uuid().optional(),
});
/** A validated proposal. */
export type ProposeInput = z.infer<typeof proposeBody>;

/** Body of PATCH /watchlist/:id: the fields to change. */
export const updateBody = z
  .object(entryFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated change. */
export type UpdateInput = z.infer<typeof updateBody>;

/** Body of an approval (note optional). */
export const approveBody = z.object({ note: z.string().trim().max(2000).optional() }).nullish();

/** Body of a refusal: the note says why. */
export const rejectBody = z.object({ note: z.string().trim().min(5).max(2000) });

/** Body of POST /watchlist/:id/delist-request. */
export const delistRequestBody = z.object({ reason: z.string().trim().min(10).max(2000) });

/** Body of POST /watchlist/:id/suppressions. */
export const suppressionBody = z.object({
  subject: z.object({
    nik: z.string().trim().max(40).nullish(),
    name: z.string().trim().min(1).max(300),
    birthDate: entryFields.birthDate.optional(),
  }),
  note: z.string().trim().min(5).max(2000),
});
/** A validated suppression. */
export type SuppressionInput = z.infer<typeof suppressionBody>;

/** The :id of an entry route. */
export const entryParams = z.object({ id: z.uuid() });

/** Query of GET /watchlist/:id. */
export const entryQuery = z.object({ breakGlassReason: z.string().max(500).optional() });

const csvList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) => text.split(',').filter((s) => s !== ''))
    .pipe(z.array(z.enum(values)));

/** Query of GET /watchlist. */
export const listQuery = z.object({
  q: z.string().trim().max(200).optional().describe('name, NIK, phone or reference code'),
  status: csvList(STATUSES).optional().describe('comma-separated statuses'),
  kind: z.enum(ENTRY_KINDS).optional(),
  listing: z.enum(LISTINGS).optional(),
  type: z.enum(TPPO_TYPE_CODES).optional(),
  office: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** A validated list query. */
export type ListQuery = z.infer<typeof listQuery>;

/** Query of GET /watchlist/export.csv. */
export const exportQuery = z.object({
  status: csvList(STATUSES).optional().describe('comma-separated statuses; default active'),
  office: z.uuid().optional(),
});

/** Query of POST /watchlist/import (also accepted as multipart fields). */
export const importQuery = z.object({
  office: z.string().trim().max(100).optional().describe('office id or code; default own office'),
  /** No longer honoured: an import waits for a second person; `true` is refused naming why. */
  activate: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

const label = z.object({ id: z.string(), en: z.string() });
const officeRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** One entry as the API returns it. */
export const entrySchema = z.object({
  id: z.string(),
  refCode: z.string(),
  kind: z.enum(ENTRY_KINDS),
  names: z.array(z.string()),
  birthDate: z.string().nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  nik: z.string().nullable(),
  passportNumbers: z.array(z.string()),
  phones: z.array(z.string()),
  nationality: z.string().nullable(),
  birthPlace: z.string().nullable(),
  homeRegionCode: z.string().nullable(),
  registrationNumbers: z.array(z.string()),
  address: z.string().nullable(),
  listing: z.enum(LISTINGS),
  /** How a screening presents a hit: a protective listing is a protection prompt, never a suspect. */
  presentation: z.enum(['suspect', 'protection_prompt']),
  listingLabel: label,
  tppoTypes: z.array(z.string()),
  reason: z.string(),
  source: z.object({ type: z.string(), reference: z.string().nullable() }),
  sensitivity: z.enum(SENSITIVITIES),
  sharingScope: z.enum(SHARING_SCOPES),
  office: officeRef,
  status: z.enum(STATUSES),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  proposedBy: z.string().nullable(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  delist: z
    .object({
      reason: z.string().nullable(),
      requestedBy: z.string().nullable(),
      requestedAt: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  updatedAt: z.string(),
  /**
   * Set when the reader sees the redacted view of a rahasia entry (outside the listing office):
   * names, identifiers, reason, source and notes are withheld; the notice names whom to contact.
   */
  restricted: label.nullable(),
});
/** An entry as the API returns it. */
export type EntryView = z.infer<typeof entrySchema>;

/** Response of GET /watchlist. */
export const entryListSchema = z.object({
  items: z.array(entrySchema),
  total: z.number().int(),
});

/** A suppression as the API returns it. */
export const suppressionSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  subjectKey: z.string(),
  subjectLabel: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), username: z.string(), fullName: z.string() }),
  office: z.object({ id: z.string(), code: z.string() }),
});
/** A suppression view. */
export type SuppressionView = z.infer<typeof suppressionSchema>;

/** Response of GET /watchlist/:id: the entry, its history and its suppressions. */
export const entryDetailSchema = z.object({
  entry: entrySchema,
  history: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      reason: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  suppressions: z.array(suppressionSchema),
  access: z.enum(['scope', 'break_glass']),
});
/** The detail view. */
export type EntryDetailView = z.infer<typeof entryDetailSchema>;

/** Response of an import. */
export const importResultSchema = z.object({
  imported: z.number().int(),
  status: z.enum(['proposed', 'active']),
  refCodes: z.array(z.string()),
  batchId: z.string(),
});

const personRef = z.object({ id: z.string(), name: z.string() });

/** One import batch: its entries are approved or rejected together by a second person. */
export const importBatchSchema = z.object({
  id: z.string(),
  office: personRef,
  source: z.string(),
  entryCount: z.number().int(),
  firstRefCode: z.string(),
  lastRefCode: z.string(),
  status: z.enum(['proposed', 'approved', 'rejected']),
  proposedBy: personRef.nullable(),
  proposedAt: z.string(),
  decidedBy: personRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

/** Query of GET /watchlist/import-batches. */
export const importBatchListQuery = z.object({
  status: z.enum(['proposed', 'approved', 'rejected']).default('proposed'),
});

/** What a batch decision changed. */
export const batchDecisionSchema = z.object({
  batch: importBatchSchema,
  decided: z.number().int(),
});

/** Problem extension of a refused import: every bad row. */
export const importErrorSchema = z.object({ line: z.number().int(), message: z.string() });
