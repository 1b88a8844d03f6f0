import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { permit } from '../org/route-guards.ts';
import {
  agreementIdParams,
  agreementListSchema,
  agreementSchema,
  approveBody,
  endBody,
  listAgreementsQuery,
  proposeBody,
  updateDraftBody,
} from './sharing.schema.ts';
import { getAgreement, listAgreements } from './sharing-view.service.ts';
import {
  approveAgreement,
  endAgreement,
  proposeAgreement,
  updateDraft,
} from './sharing.service.ts';

/** /api/sharing-agreements: propose, approve, read and end agreements between offices. */
export async function registerSharingRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['sharing'];
  r.get(
    '/sharing-agreements',
    {
      preValidation: permit('sharing.read'),
      schema: {
        tags,
        summary: 'Agreements the user takes part in (all for national scope)',
        querystring: listAgreementsQuery,
        response: { 200: agreementListSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'sharing.read');
      return { agreements: await listAgreements(deps, actor, request.query) };
    },
  );
  r.get(
    '/sharing-agreements/:id',
    {
      preValidation: permit('sharing.read'),
      schema: {
        tags,
        summary: 'One agreement with its parties and approvals',
        params: agreementIdParams,
        response: { 200: agreementSchema },
      },
    },
    async (request) =>
      getAgreement(deps, requirePermission(request, 'sharing.read'), request.params.id),
  );
  r.post(
    '/sharing-agreements',
    {
      preValidation: permit('sharing.propose'),
      schema: {
        tags,
        summary: 'Propose an agreement (a draft until every party approves)',
        body: proposeBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'sharing.propose');
      return reply.status(201).send(await proposeAgreement(deps, actor, request.body));
    },
  );
  r.patch(
    '/sharing-agreements/:id',
    {
      preValidation: permit('sharing.propose'),
      schema: {
        tags,
        summary: 'Change a draft (approvals start again)',
        params: agreementIdParams,
        body: updateDraftBody,
        response: { 200: agreementSchema },
      },
    },
    async (request) =>
      updateDraft(
        deps,
        requirePermission(request, 'sharing.propose'),
        request.params.id,
        request.body,
      ),
  );
  r.post(
    '/sharing-agreements/:id/approve',
    {
      preValidation: permit('sharing.approve'),
      schema: {
        tags,
        summary: "Approve for the approver's own office",
        params: agreementIdParams,
        body: approveBody,
        response: { 200: agreementSchema },
      },
    },
    async (request) =>
      approveAgreement(
        deps,
        requirePermission(request, 'sharing.approve'),
        request.params.id,
        request.body?.partyOfficeId,
      ),
  );
  r.post(
    '/sharing-agreements/:id/end',
    {
      preValidation: permit('sharing.end'),
      schema: {
        tags,
        summary: 'End an active agreement, with a reason',
        params: agreementIdParams,
        body: endBody,
        response: { 200: agreementSchema },
      },
    },
    async (request) =>
      endAgreement(
        deps,
        requirePermission(request, 'sharing.end'),
        request.params.id,
        request.body.reason,
      ),
  );
}
