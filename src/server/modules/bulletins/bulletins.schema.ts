import { z } from 'zod';
import { ROLES } from '../../../domain/permissions.ts';
import { rulePackSchema } from '../../../domain/screening/indicator-rules.ts';
import { TPPO_TYPE_CODES } from '../../../domain/tppo.ts';
import { attachmentUpload } from '../meetings/meetings.schema.ts';

const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((v) => new Set(v).size === v.length, {
      message: 'Nilai tidak boleh berulang',
      params: { en: 'Values must not repeat' },
    });

/** Bulletin priorities: normal, important, urgent (shown at sign-in until confirmed). */
export const BULLETIN_PRIORITIES = ['biasa', 'penting', 'segera'] as const;

/** Body of POST /bulletins. */
export const sendBulletinBody = z.object({
  priority: z.enum(BULLETIN_PRIORITIES),
  title: z.string().trim().min(3).max(300),
  bodyMarkdown: z.string().trim().min(3).max(50_000),
  audience: z.object({
    /** Every unit under these Kanwil. */
    kanwilIds: uniqueIds(50).default([]),
    /** Chosen Kanim and TPI. */
    officeIds: uniqueIds(500).default([]),
    /** Only these roles (all roles when empty). */
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  }),
  tppoTypes: z.array(z.enum(TPPO_TYPE_CODES)).max(TPPO_TYPE_CODES.length).default([]),
  modusIds: uniqueIds(50).default([]),
  attachments: z.array(attachmentUpload).max(5).default([]),
  /** A proposed change to the screening indicator rules; it goes through the rule pack's approval. */
  proposedRulePack: z
    .object({ pack: rulePackSchema, changeNote: z.string().trim().min(10).max(2000) })
    .optional(),
});
/** A validated bulletin. */
export type SendBulletinInput = z.infer<typeof sendBulletinBody>;

/** Query of GET /bulletins. */
export const listBulletinsQuery = z.object({
  box: z.enum(['inbox', 'sent']).default('inbox'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** Path of the routes on one bulletin or attachment. */
export const idParams = z.object({ id: z.uuid() });

const officeRef = z.object({ id: z.string(), name: z.string(), shortName: z.string() });
const attachmentView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

/** A bulletin in lists. */
export const bulletinSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  priority: z.enum(BULLETIN_PRIORITIES),
  authorOffice: officeRef,
  sentAt: z.string(),
  /** For a recipient: when they confirmed (null when not yet); null for the author's view. */
  confirmedAt: z.string().nullable(),
  isRecipient: z.boolean(),
  recipients: z.number().int(),
  confirmed: z.number().int(),
  demoNote: z.string().nullable(),
});
/** A bulletin summary. */
export type BulletinSummary = z.infer<typeof bulletinSummarySchema>;

/** One bulletin with its rendered body. */
export const bulletinSchema = bulletinSummarySchema.extend({
  bodyMarkdown: z.string(),
  bodyHtml: z.string(),
  audience: z.object({
    kanwil: z.array(officeRef),
    offices: z.array(officeRef),
    roles: z.array(z.string()),
  }),
  tppoTypes: z.array(z.string()),
  modus: z.array(z.object({ id: z.string(), name: z.string(), tppoType: z.string() })),
  attachments: z.array(attachmentView),
  proposedRulePackVersion: z.string().nullable(),
  proposedRulePackStatus: z.string().nullable(),
  canSeeAcknowledgements: z.boolean(),
});
/** A bulletin view. */
export type BulletinView = z.infer<typeof bulletinSchema>;

/** Response of GET /bulletins. */
export const bulletinListSchema = z.object({ items: z.array(bulletinSummarySchema) });

/** Response of GET /bulletins/:id/acknowledgements: who has and has not confirmed, per unit. */
export const acknowledgementsSchema = z.object({
  bulletinId: z.string(),
  units: z.array(
    z.object({
      office: officeRef,
      confirmed: z.array(
        z.object({ userId: z.string(), fullName: z.string(), role: z.string(), at: z.string() }),
      ),
      pending: z.array(
        z.object({
          userId: z.string(),
          fullName: z.string(),
          role: z.string(),
          reminders: z.number().int(),
        }),
      ),
    }),
  ),
});
/** The acknowledgement view. */
export type AcknowledgementsView = z.infer<typeof acknowledgementsSchema>;

/** Response of POST /bulletins/:id/remind. */
export const remindResultSchema = z.object({ reminded: z.number().int() });
