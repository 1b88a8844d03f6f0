import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import {
  approveImportBatch,
  listImportBatches,
  rejectImportBatch,
} from './watchlist-import-batch.service.ts';
import {
  approveBody,
  batchDecisionSchema,
  entryParams,
  importBatchListQuery,
  importBatchSchema,
  rejectBody,
} from './watchlist.schema.ts';

/** /api/watchlist/import-batches: an import's entries decided together by a second person. */
export function defineImportBatchRoutes(api: FastifyInstance, deps: AppDeps): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['watchlist'];
  r.get(
    '/watchlist/import-batches',
    {
      config: { permission: 'watchlist.read' },
      schema: {
        tags,
        summary: 'Import batches of the reader’s own offices (default: waiting for a decision)',
        querystring: importBatchListQuery,
        response: { 200: importBatchSchema.array() },
      },
    },
    async (request) => listImportBatches(deps, requireActor(request), request.query.status),
  );
  r.post(
    '/watchlist/import-batches/:id/approve',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Approve every entry of an import batch (listing office, not the importer)',
        params: entryParams,
        body: approveBody,
        response: { 200: batchDecisionSchema },
      },
    },
    async (request) =>
      approveImportBatch(deps, requireActor(request), request.params.id, request.body?.note),
  );
  r.post(
    '/watchlist/import-batches/:id/reject',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Reject every entry of an import batch still proposed, with a note',
        params: entryParams,
        body: rejectBody,
        response: { 200: batchDecisionSchema },
      },
    },
    async (request) =>
      rejectImportBatch(deps, requireActor(request), request.params.id, request.body.note),
  );
}
