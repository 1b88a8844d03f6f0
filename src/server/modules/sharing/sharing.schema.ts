import { z } from 'zod';
import { DATA_KINDS } from '../../../domain/permissions.ts';

const dateSchema = z.iso.date();
const dataKindsSchema = z
  .array(z.enum(DATA_KINDS))
  .min(1)
  .max(DATA_KINDS.length)
  .refine((v) => new Set(v).size === v.length, {
    message: 'Jenis data tidak boleh berulang',
    params: { en: 'Data kinds must not repeat' },
  });
const partiesSchema = z
  .array(z.uuid())
  .min(2)
  .max(20)
  .refine((v) => new Set(v).size === v.length, {
    message: 'Pihak tidak boleh berulang',
    params: { en: 'Parties must not repeat' },
  });

const fields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000),
  dataKinds: dataKindsSchema,
  partyOfficeIds: partiesSchema,
  validFrom: dateSchema,
  validUntil: dateSchema.nullable(),
  sourceReference: z.string().trim().max(500).nullable(),
};

/** Body of POST /sharing-agreements: dates are calendar dates in the proposing office's zone. */
export const proposeBody = z.object({
  title: fields.title,
  description: fields.description.default(''),
  dataKinds: fields.dataKinds,
  partyOfficeIds: fields.partyOfficeIds,
  validFrom: fields.validFrom,
  validUntil: fields.validUntil.default(null),
  sourceReference: fields.sourceReference.default(null),
});
/** A validated proposal. */
export type ProposeInput = z.infer<typeof proposeBody>;

/** Body of PATCH /sharing-agreements/:id (drafts only; approvals start again). */
export const updateDraftBody = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated draft change. */
export type UpdateDraftInput = z.infer<typeof updateDraftBody>;

/** Body of POST /sharing-agreements/:id/approve (may be left out: Fastify passes null). */
export const approveBody = z
  .object({
    /** The party approving; defaults to the approver's own office, the only one allowed. */
    partyOfficeId: z.uuid().optional(),
  })
  .nullish();

/** Body of POST /sharing-agreements/:id/end. */
export const endBody = z.object({ reason: z.string().trim().min(10).max(2000) });

/** Path of the routes on one agreement. */
export const agreementIdParams = z.object({ id: z.uuid() });

/** Query of GET /sharing-agreements. */
export const listAgreementsQuery = z.object({
  status: z.enum(['draft', 'scheduled', 'active', 'expired', 'ended']).optional(),
});

const officeKind = z.enum(['kanwil', 'kanim', 'tpi', 'partner']);

/** One agreement as the API returns it. */
export const agreementSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  dataKinds: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(['draft', 'active', 'ended']),
  /** The status now: an active agreement outside its dates is `scheduled` or `expired`. */
  effectiveStatus: z.enum(['draft', 'scheduled', 'active', 'expired', 'ended']),
  timeZone: z.string(),
  sourceReference: z.string().nullable(),
  proposingOffice: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
  parties: z.array(
    z.object({
      officeId: z.string(),
      code: z.string(),
      name: z.string(),
      kind: officeKind,
      approvedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
      approvedAt: z.string().nullable(),
    }),
  ),
});
/** An agreement as the API returns it. */
export type AgreementView = z.infer<typeof agreementSchema>;

/** Response of GET /sharing-agreements. */
export const agreementListSchema = z.object({ agreements: z.array(agreementSchema) });
