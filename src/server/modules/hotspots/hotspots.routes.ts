import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { permit } from '../org/route-guards.ts';
import { hotspotsToCsv, hotspotsToXlsx } from './hotspots-export.ts';
import { hotspotQuery, hotspotReportSchema } from './hotspots.schema.ts';
import { computeHotspots } from './hotspots.service.ts';

/** /api/hotspots: where flagged applicants come from, against the Desa Binaan that cover them. */
export async function registerHotspotRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['hotspots'];
  r.get(
    '/hotspots',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Screened, postponed, refused and matched applicants per district and village',
        querystring: hotspotQuery,
        response: { 200: hotspotReportSchema },
      },
    },
    async (request) =>
      computeHotspots(deps, requirePermission(request, 'desa.read'), request.query),
  );
  for (const format of ['csv', 'xlsx'] as const) {
    r.get(
      `/hotspots/export.${format}`,
      {
        preValidation: permit('desa.read'),
        schema: {
          tags,
          summary: `The hotspot figures as ${format.toUpperCase()}`,
          querystring: hotspotQuery,
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, 'desa.read');
        const report = await computeHotspots(deps, actor, request.query);
        await appendAudit(
          deps.database.db,
          actor,
          { action: 'hotspots.export', details: { format, period: report.period } },
          deps.clock,
        );
        const name = `hotspot-${report.period.from}-${report.period.to}.${format}`;
        void reply.header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'csv') {
          return reply.type('text/csv; charset=utf-8').send(`\uFEFF${hotspotsToCsv(report)}`);
        }
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await hotspotsToXlsx(report));
      },
    );
  }
}
