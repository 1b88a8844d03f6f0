import { z } from 'zod';
import { DATA_KINDS } from '../../../domain/permissions.ts';
import { TPPO_TYPE_CODES } from '../../../domain/tppo.ts';

const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((v) => new Set(v).size === v.length, {
      message: 'Kantor tidak boleh berulang',
      params: { en: 'Offices must not repeat' },
    });
const shortTexts = z.array(z.string().trim().min(1).max(200)).max(30);
const tppoTypes = z.array(z.enum(TPPO_TYPE_CODES)).max(TPPO_TYPE_CODES.length);

/** The statuses of an action item. */
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
/** The statuses of an agreement reached in a meeting. */
export const AGREEMENT_STATUSES = ['draft', 'agreed', 'in_effect', 'ended'] as const;

const meetingFields = {
  title: z.string().trim().min(3).max(300),
  heldOn: z.iso.date(),
  place: z.string().trim().min(2).max(300),
  hostOfficeId: z.uuid(),
  participantOfficeIds: uniqueIds(50),
  otherAgencies: shortTexts,
  tppoTypes: tppoTypes,
  topics: shortTexts,
  minutes: z.string().max(100_000),
};

/** Body of POST /meetings. */
export const createMeetingBody = z.object({
  ...meetingFields,
  participantOfficeIds: meetingFields.participantOfficeIds.default([]),
  otherAgencies: meetingFields.otherAgencies.default([]),
  tppoTypes: meetingFields.tppoTypes.default([]),
  topics: meetingFields.topics.default([]),
  minutes: meetingFields.minutes.default(''),
});
/** A validated new meeting. */
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

/** Body of PATCH /meetings/:id. */
// Built from the fields without their defaults: a change of the minutes alone must not empty the
// participants, agencies, types and topics.
export const updateMeetingBody = z
  .object(meetingFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated meeting change. */
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;

/** Body of POST /meetings/:id/agreements. */
export const createAgreementBody = z.object({
  text: z.string().trim().min(3).max(4000),
  partyOfficeIds: uniqueIds(20).default([]),
  status: z.enum(AGREEMENT_STATUSES).default('draft'),
  /** Propose a draft data-sharing agreement between the parties through the sharing module. */
  sharing: z
    .object({
      dataKinds: z.array(z.enum(DATA_KINDS)).min(1).max(DATA_KINDS.length),
      validFrom: z.iso.date(),
      validUntil: z.iso.date().nullable().default(null),
    })
    .optional(),
  /** Or link a data-sharing agreement that already exists (the actor must take part in it). */
  linkSharingAgreementId: z.uuid().nullable().default(null),
});
/** A validated new agreement. */
export type CreateAgreementInput = z.infer<typeof createAgreementBody>;

/** Body of PATCH /meeting-agreements/:id. */
export const updateAgreementBody = z.object({ status: z.enum(AGREEMENT_STATUSES) });

/** Body of POST /meetings/:id/action-items. */
export const createActionItemBody = z.object({
  description: z.string().trim().min(3).max(2000),
  ownerOfficeId: z.uuid(),
  ownerUserId: z.uuid().nullable().default(null),
  ownerPerson: z.string().trim().min(2).max(200).nullable().default(null),
  dueOn: z.iso.date(),
  agreementId: z.uuid().nullable().default(null),
});
/** A validated new action item. */
export type CreateActionItemInput = z.infer<typeof createActionItemBody>;

/** An uploaded file as JSON: its bytes in base64. */
export const attachmentUpload = z.object({
  name: z.string().trim().min(1).max(200),
  contentType: z
    .string()
    .trim()
    .max(100)
    .refine((v) => /^[\w.+-]+\/[\w.+-]+$/.test(v), {
      message: 'Jenis berkas tidak valid',
      params: { en: 'Invalid content type' },
    }),
  dataBase64: z.string().min(1).max(14_000_000),
});
/** A validated upload. */
export type AttachmentUpload = z.infer<typeof attachmentUpload>;

/** Body of PATCH /action-items/:id: a status change, with evidence when it is done. */
export const updateActionItemBody = z.object({
  status: z.enum(ACTION_ITEM_STATUSES),
  evidenceText: z.string().trim().min(3).max(4000).optional(),
  evidenceAttachment: attachmentUpload.optional(),
  note: z.string().trim().max(2000).optional(),
});
/** A validated status change. */
export type UpdateActionItemInput = z.infer<typeof updateActionItemBody>;

/** Path of routes on one record. */
export const idParams = z.object({ id: z.uuid() });

/** Query of GET /meetings. */
export const listMeetingsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** Query of GET /meetings/follow-up. */
export const followUpQuery = z.object({ kanwilId: z.uuid().optional() });

const attachmentView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
const officeRef = z.object({ id: z.string(), name: z.string(), shortName: z.string() });

/** An action item as the API returns it. */
export const actionItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  agreementId: z.string().nullable(),
  description: z.string(),
  ownerOffice: officeRef,
  ownerUserId: z.string().nullable(),
  ownerPerson: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  overdue: z.boolean(),
  evidenceText: z.string().nullable(),
  evidenceAttachment: attachmentView.nullable(),
  statusNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  demoNote: z.string().nullable(),
});
/** An action item view. */
export type ActionItemView = z.infer<typeof actionItemSchema>;

/** An agreement as the API returns it. */
export const agreementSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  text: z.string(),
  parties: z.array(officeRef),
  status: z.enum(AGREEMENT_STATUSES),
  sharingAgreementId: z.string().nullable(),
  sharingAgreementStatus: z.string().nullable(),
  sourceReference: z.string().nullable(),
  demoNote: z.string().nullable(),
});
/** An agreement view. */
export type MeetingAgreementView = z.infer<typeof agreementSchema>;

/** A meeting summary in lists. */
export const meetingSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  hostOffice: officeRef,
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  demoNote: z.string().nullable(),
});
/** A meeting summary. */
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** A meeting with everything recorded about it. */
export const meetingSchema = meetingSummarySchema.extend({
  participants: z.array(officeRef),
  otherAgencies: z.array(z.string()),
  tppoTypes: z.array(z.string()),
  topics: z.array(z.string()),
  minutes: z.string(),
  sourceReference: z.string().nullable(),
  attachments: z.array(attachmentView),
  agreements: z.array(agreementSchema),
  actionItems: z.array(actionItemSchema),
  canManage: z.boolean(),
});
/** A meeting view. */
export type MeetingView = z.infer<typeof meetingSchema>;

/** Response of GET /meetings. */
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema) });

/** Response of GET /meetings/follow-up: what each owner office owes. */
export const followUpSchema = z.object({
  kanwil: officeRef,
  groups: z.array(
    z.object({
      ownerOffice: officeRef,
      open: z.number().int(),
      overdue: z.number().int(),
      items: z.array(actionItemSchema),
    }),
  ),
});
/** Response of an attachment upload. */
export const attachmentSchema = attachmentView;
