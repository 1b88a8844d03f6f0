import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    kind: z.enum(['embedded', 'postgres']),
    ok: z.boolean(),
    serverVersion: z.string().nullable(),
    latencyMs: z.number(),
  }),
});

/** GET /api/health: the database and the version, for load balancers and operators. */
export async function registerHealthRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Service health',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      let serverVersion: string | null = null;
      let ok = true;
      try {
        const result = await sql<{
          v: string;
        }>`SELECT current_setting('server_version') AS v`.execute(deps.database.db);
        serverVersion = result.rows[0]?.v ?? null;
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        version: deps.version,
        database: {
          kind: deps.database.kind,
          ok,
          serverVersion,
          latencyMs: Math.round((performance.now() - started) * 100) / 100,
        },
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
}
