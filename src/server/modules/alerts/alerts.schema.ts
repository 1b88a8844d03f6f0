import { z } from 'zod';

/** Alert kinds: a hit on another office's entry or decision, a retro-screening hit, a network. */
export const ALERT_KINDS = ['watchlist_hit', 'history_hit', 'retro_hit', 'network'] as const;

/** Alert states. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;

const officeRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** One message in an alert's thread. */
export const alertMessageSchema = z.object({
  id: z.uuid(),
  author: z.object({ id: z.uuid(), name: z.string() }),
  office: officeRef,
  body: z.string(),
  createdAt: z.string(),
});

/** An alert as the API returns it. */
export const alertViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ALERT_KINDS),
  office: officeRef.describe('the office alerted: the one whose entry or decision matched'),
  sourceOffice: officeRef.describe('the office where the match happened'),
  screeningId: z.uuid().nullable(),
  entryId: z.uuid().nullable(),
  matchedScreeningId: z.uuid().nullable(),
  band: z.string().nullable(),
  score: z.number().nullable(),
  summary: z.record(z.string(), z.unknown()),
  status: z.enum(ALERT_STATUSES),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
});

/** An alert as the API returns it. */
export type AlertView = z.infer<typeof alertViewSchema>;

/** An alert with its thread. */
export const alertDetailSchema = alertViewSchema.extend({
  messages: z.array(alertMessageSchema),
});

/** An alert with its thread. */
export type AlertDetail = z.infer<typeof alertDetailSchema>;

/** Query of GET /api/alerts. */
export const listAlertsQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The :id of an alert route. */
export const alertParams = z.object({ id: z.uuid() });

/** Query of GET /api/alerts/:id. */
export const alertReadQuery = z.object({ breakGlassReason: z.string().max(500).optional() });

/** Body of POST /api/alerts/:id/messages. */
export const alertMessageBody = z.object({ body: z.string().trim().min(1).max(5000) });

/** Body of POST /api/alerts/:id/status. */
export const alertStatusBody = z.object({
  status: z.enum(['acknowledged', 'closed']),
  note: z.string().trim().max(2000).optional(),
});
