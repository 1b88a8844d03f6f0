import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import { signedIn } from '../org/route-guards.ts';
import {
  findRegionsQuery,
  findRegionsResponse,
  regionCodeParams,
  regionDetailResponse,
} from './regions.schema.ts';
import { findRegions, getRegionDetail } from './regions.service.ts';

/** /api/regions: official Kemendagri places for pickers and forms (any signed-in user). */
export async function registerRegionRoutes(api: FastifyInstance, _deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['regions'];
  r.get(
    '/regions/find',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Resolve a free-text place to official regions',
        querystring: findRegionsQuery,
        response: { 200: findRegionsResponse },
      },
    },
    async (request) => {
      requireActor(request);
      const { q, limit, within } = request.query;
      return findRegions(q, limit, within);
    },
  );
  r.get(
    '/regions/:code',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'One region with its parents and children',
        params: regionCodeParams,
        response: { 200: regionDetailResponse },
      },
    },
    async (request) => {
      requireActor(request);
      return getRegionDetail(request.params.code);
    },
  );
}
