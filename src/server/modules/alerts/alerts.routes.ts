import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import {
  alertDetailSchema,
  alertMessageBody,
  alertParams,
  alertReadQuery,
  alertStatusBody,
  alertViewSchema,
  listAlertsQuery,
} from './alerts.schema.ts';
import { getAlert, listAlerts, postAlertMessage, setAlertStatus } from './alerts.service.ts';
import { listenForActivations } from './retro-screening.job.ts';

/** Alerts between offices and their threads under /api/alerts. */
export async function registerAlertRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  // Every process that can activate a watchlist entry queues its retro-screening.
  listenForActivations();
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/alerts',
    {
      config: { permission: 'alert.read' },
      schema: {
        tags: ['alerts'],
        summary: 'Alerts for or from offices in scope, newest first',
        querystring: listAlertsQuery,
        response: { 200: z.object({ alerts: z.array(alertViewSchema) }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'alert.read');
      return { alerts: await listAlerts(deps, actor, request.query) };
    },
  );

  r.get(
    '/alerts/:id',
    {
      config: { permission: 'alert.read' },
      schema: {
        tags: ['alerts'],
        summary: 'One alert with its thread (audited)',
        params: alertParams,
        querystring: alertReadQuery,
        response: { 200: alertDetailSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'alert.read');
      return getAlert(deps, actor, request.params.id, request.query.breakGlassReason);
    },
  );

  r.post(
    '/alerts/:id/messages',
    {
      config: { permission: 'alert.respond' },
      schema: {
        tags: ['alerts'],
        summary: 'Write in the thread (the alerted office and the office where the match happened)',
        params: alertParams,
        body: alertMessageBody,
        response: { 201: alertDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'alert.respond');
      return reply
        .status(201)
        .send(await postAlertMessage(deps, actor, request.params.id, request.body.body));
    },
  );

  r.post(
    '/alerts/:id/status',
    {
      config: { permission: 'alert.respond' },
      schema: {
        tags: ['alerts'],
        summary: 'Acknowledge or close (the alerted office)',
        params: alertParams,
        body: alertStatusBody,
        response: { 200: alertDetailSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'alert.respond');
      return setAlertStatus(deps, actor, request.params.id, request.body);
    },
  );
}
