import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import { signedIn } from '../org/route-guards.ts';
import { describeScope } from './access-view.service.ts';
import { scopeQuery, scopeResponse } from './access.schema.ts';

/** /api/access: lets users (and auditors, for anyone) see what a scope contains. */
export async function registerAccessRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.withTypeProvider<ZodTypeProvider>().get(
    '/access/scope',
    {
      preValidation: signedIn(),
      schema: {
        tags: ['access'],
        summary: 'Offices whose records of one data kind a user sees now',
        querystring: scopeQuery,
        response: { 200: scopeResponse },
      },
    },
    async (request) =>
      describeScope(deps, requireActor(request), request.query.kind, request.query.userId),
  );
}
