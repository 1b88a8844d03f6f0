import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { auditPageSchema, auditQuerySchema, verdictSchema } from './audit.schema.ts';
import { searchAuditRows } from './audit.repository.ts';
import { appendAudit, verifyAuditChain } from './audit.service.ts';

/** The auditor's view of the log: search and read it, and verify the chain. */
export async function registerAuditRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'audit.read');
      const q = request.query;
      const rows = await searchAuditRows(deps.database.db, {
        actorUserId: q.actor,
        action: q.action,
        targetType: q.targetType,
        targetId: q.targetId,
        from: q.from,
        to: q.to,
        beforeSeq: q.beforeSeq,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      // Reading the log is itself an audited act: an auditor's searches leave a trail too.
      await appendAudit(
        deps.database.db,
        actor,
        { action: 'audit.search', details: { filters: { ...q, from: q.from, to: q.to } } },
        deps.clock,
      );
      return {
        items: page.map((row) => ({
          seq: row.seq,
          at: row.at.toISOString(),
          actorUserId: row.actor_user_id,
          actorUsername: row.actor_username,
          officeId: row.office_id,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          reason: row.reason,
          requestId: row.request_id,
          details: row.details,
          prevHash: row.prev_hash,
          hash: row.hash,
          chainFormat: row.chain_format,
        })),
        nextBeforeSeq: rows.length > q.limit ? (page.at(-1)?.seq ?? null) : null,
      };
    },
  );

  r.post(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Walk the hash chain and name the first broken row',
        response: { 200: verdictSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'audit.verify');
      const verdict = await verifyAuditChain(deps.database.db);
      await appendAudit(
        deps.database.db,
        actor,
        { action: 'audit.verify', details: { ...verdict } },
        deps.clock,
      );
      return verdict.ok
        ? { ok: true, rows: verdict.rows, lastHash: verdict.lastHash }
        : { ok: false, rows: verdict.rows, brokenSeq: verdict.brokenSeq, problem: verdict.problem };
    },
  );
}
