import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor, requirePermission } from '../../http/guards.ts';
import { permit, signedIn } from '../org/route-guards.ts';
import {
  addExampleBody,
  idParams,
  modusSchema,
  pageListSchema,
  pageParams,
  pageSchema,
  proposeModusBody,
  reviewModusBody,
} from './knowledge.schema.ts';
import {
  addModusExample,
  getKnowledgePage,
  listKnowledgePages,
  proposeModus,
  reviewModus,
} from './knowledge.service.ts';

/** /api/knowledge: the TPPO knowledge base of sourced statements and reviewed modus operandi. */
export async function registerKnowledgeRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['knowledge'];
  r.get(
    '/knowledge',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'The knowledge pages, one per form of TPPO',
        response: { 200: pageListSchema },
      },
    },
    async (request) => listKnowledgePages(deps, requireActor(request)),
  );
  r.get(
    '/knowledge/:tppoType',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'One page: sourced statements, modus operandi with rules and bulletins',
        params: pageParams,
        response: { 200: pageSchema },
      },
    },
    async (request) => getKnowledgePage(deps, requireActor(request), request.params.tppoType),
  );
  r.post(
    '/knowledge/modus',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Propose a new modus operandi with its source (published after review)',
        body: proposeModusBody,
        response: { 201: modusSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply.status(201).send(await proposeModus(deps, actor, request.body));
    },
  );
  r.post(
    '/knowledge/modus/:id/review',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Publish or reject a proposed modus (another user with meeting.manage or head)',
        params: idParams,
        body: reviewModusBody,
        response: { 200: modusSchema },
      },
    },
    async (request) => reviewModus(deps, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/knowledge/modus/:id/examples',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Add an example (bulletin, news event, case) to a published modus',
        params: idParams,
        body: addExampleBody,
        response: { 201: modusSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply
        .status(201)
        .send(await addModusExample(deps, actor, request.params.id, request.body));
    },
  );
}
