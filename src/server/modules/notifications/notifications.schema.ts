import { z } from 'zod';

/** Query of GET /notifications. */
export const listNotificationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** Path of the routes that act on one notification. */
export const notificationIdParams = z.object({ id: z.uuid() });

/** One notification. */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** Response of GET /notifications. */
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});

/** Response of POST /notifications/read-all. */
export const markAllResultSchema = z.object({ marked: z.number().int() });

/** Response of GET /notifications/summary: what waits for the user, by kind. */
export const notificationSummarySchema = z.object({
  unreadNotifications: z.number().int(),
  openAlerts: z.number().int().nullable(),
  approvalsWaiting: z.object({
    total: z.number().int(),
    screenings: z.number().int().nullable(),
    watchlist: z.number().int().nullable(),
    sharingAgreements: z.number().int().nullable(),
  }),
  overdueActions: z.number().int(),
  unreadBulletins: z.number().int(),
});
