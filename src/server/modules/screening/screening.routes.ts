import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import {
  breakGlassQuery,
  createScreeningBody,
  listScreeningsQuery,
  replayViewSchema,
  screeningParams,
  screeningSummarySchema,
  screeningViewSchema,
} from './screening.schema.ts';
import {
  createScreening,
  getScreening,
  listScreenings,
  replayScreening,
} from './screening.service.ts';

/** Screening at the counter and the checkpoint under /api/screenings. */
export async function registerScreeningRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/screenings',
    {
      config: { permission: 'screening.create' },
      schema: {
        tags: ['screening'],
        summary:
          'Screen an applicant (Kanim) or a departing traveller (TPI): recommendation with reasons, hits side by side, network signal',
        body: createScreeningBody,
        response: { 201: screeningViewSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'screening.create');
      return reply.status(201).send(await createScreening(deps, actor, request.body));
    },
  );

  r.get(
    '/screenings',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['screening'],
        summary: 'Screenings of the offices in scope, newest first',
        querystring: listScreeningsQuery,
        response: { 200: z.object({ screenings: z.array(screeningSummarySchema) }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'person.read');
      return { screenings: await listScreenings(deps, actor, request.query) };
    },
  );

  r.get(
    '/screenings/:id',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['screening'],
        summary: 'One screening (audited); out of scope needs a break-glass reason',
        params: screeningParams,
        querystring: breakGlassQuery,
        response: { 200: screeningViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'person.read');
      return getScreening(deps, actor, request.params.id, request.query.breakGlassReason);
    },
  );

  r.get(
    '/screenings/:id/replay',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['screening'],
        summary: 'Re-evaluate the stored facts with the stored rule-pack version',
        params: screeningParams,
        querystring: breakGlassQuery,
        response: { 200: replayViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'person.read');
      return replayScreening(deps, actor, request.params.id, request.query.breakGlassReason);
    },
  );
}
