import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import {
  approvalBody,
  breakGlassQuery,
  createScreeningBody,
  decisionBody,
  followupBody,
  listScreeningsQuery,
  screeningParams,
} from './screening.schema.ts';
import {
  replayViewSchema,
  screeningSummarySchema,
  screeningViewSchema,
} from './screening-view.schema.ts';
import { createScreening } from './screening.service.ts';
import { getScreening, listScreenings, replayScreening } from './screening-read.service.ts';
import {
  approveScreening,
  decideScreening,
  listAwaitingApproval,
  recordFollowup,
} from './screening-decision.service.ts';
import { getReceiptPdf } from './screening-receipt.service.ts';

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

  r.get(
    '/screenings/approvals',
    {
      config: { permission: 'screening.approve' },
      schema: {
        tags: ['screening'],
        summary: "Supervisor's queue: decisions less strict than a TUNDA/TOLAK recommendation",
        response: { 200: z.object({ screenings: z.array(screeningSummarySchema) }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'screening.approve');
      return { screenings: await listAwaitingApproval(deps, actor) };
    },
  );

  r.post(
    '/screenings/:id/decision',
    {
      config: { permission: 'screening.decide' },
      schema: {
        tags: ['screening'],
        summary:
          'The officer decides; less strict than a TUNDA/TOLAK recommendation waits for a supervisor',
        params: screeningParams,
        body: decisionBody,
        response: { 200: screeningViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'screening.decide');
      return decideScreening(deps, actor, request.params.id, request.body);
    },
  );

  r.post(
    '/screenings/:id/approval',
    {
      config: { permission: 'screening.approve' },
      schema: {
        tags: ['screening'],
        summary: 'A supervisor of the office (not the deciding officer) approves or refuses',
        params: screeningParams,
        body: approvalBody,
        response: { 200: screeningViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'screening.approve');
      return approveScreening(deps, actor, request.params.id, request.body);
    },
  );

  r.post(
    '/screenings/:id/followup',
    {
      config: { permission: 'screening.decide' },
      schema: {
        tags: ['screening'],
        summary: 'The receiving Kanim records the outcome of a forwarded matter',
        params: screeningParams,
        body: followupBody,
        response: { 200: screeningViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'screening.decide');
      return recordFollowup(deps, actor, request.params.id, request.body);
    },
  );

  r.get(
    '/screenings/:id/receipt.pdf',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['screening'],
        summary: 'Receipt (STP) for a passport withheld at a checkpoint, PDF in Bahasa Indonesia',
        params: screeningParams,
        querystring: breakGlassQuery,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'person.read');
      const { filename, pdf } = await getReceiptPdf(
        deps,
        actor,
        request.params.id,
        request.query.breakGlassReason,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(pdf);
    },
  );
}
