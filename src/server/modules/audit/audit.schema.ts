import { z } from 'zod';

/** Filters of GET /api/audit. */
export const auditQuerySchema = z
  .object({
    actor: z.uuid().optional(),
    action: z.string().trim().min(1).max(80).optional(),
    targetType: z.string().trim().min(1).max(80).optional(),
    targetId: z.string().trim().min(1).max(200).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    beforeSeq: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: 'Tanggal "dari" harus sebelum tanggal "sampai".',
    params: { en: '"from" must be before "to".' },
    path: ['to'],
  });

/** One row of the log as the API shows it. */
export const auditItemSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  officeId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
  /** The hash formula of the row (1: hashed by the application, 2: chained by the database). */
  chainFormat: z.number(),
});

/** A page of the log, newest first; pass `nextBeforeSeq` as `beforeSeq` for the next page. */
export const auditPageSchema = z.object({
  items: z.array(auditItemSchema),
  nextBeforeSeq: z.number().nullable(),
});

/** The verdict of walking the chain. */
export const verdictSchema = z.object({
  ok: z.boolean(),
  rows: z.number(),
  lastHash: z.string().optional(),
  brokenSeq: z.number().optional(),
  problem: z.string().optional(),
});
