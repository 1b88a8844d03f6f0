import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import { signedIn } from '../org/route-guards.ts';
import {
  listNotificationsQuery,
  markAllResultSchema,
  notificationIdParams,
  notificationListSchema,
  notificationSchema,
  notificationSummarySchema,
} from './notifications.schema.ts';
import { summariseNotifications } from './notifications-summary.service.ts';
import {
  listOwnNotifications,
  markAllOwnNotificationsRead,
  markOwnNotificationRead,
} from './notifications.service.ts';

/** /api/notifications: every signed-in user reads and clears only their own notifications. */
export async function registerNotificationRoutes(
  api: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/notifications',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Own notifications, unread first',
        querystring: listNotificationsQuery,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listOwnNotifications(deps, requireActor(request), request.query),
  );
  r.get(
    '/notifications/summary',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary:
          'Counts for the notification centre: alerts, approvals, overdue actions, bulletins',
        response: { 200: notificationSummarySchema },
      },
    },
    async (request) => summariseNotifications(deps, requireActor(request)),
  );
  r.post(
    '/notifications/read-all',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Mark all own notifications read',
        response: { 200: markAllResultSchema },
      },
    },
    async (request) => markAllOwnNotificationsRead(deps, requireActor(request)),
  );
  r.post(
    '/notifications/:id/read',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Mark one own notification read',
        params: notificationIdParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => markOwnNotificationRead(deps, requireActor(request), request.params.id),
  );
}
