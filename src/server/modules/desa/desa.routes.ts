import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { registerHotspotRoutes } from '../hotspots/hotspots.routes.ts';
import { permit } from '../org/route-guards.ts';
import { listActivities, logActivity } from './desa-activity.service.ts';
import { buildProfile, profilePdf } from './desa-profile.service.ts';
import { alertFromReport, proposeFromReport } from './desa-report-actions.service.ts';
import { fileReport, getReport, listReports } from './desa-report.service.ts';
import {
  getDesa,
  listDesa,
  listPimpasaCandidates,
  registerDesa,
  resolvePlace,
  updateDesa,
} from './desa-registry.service.ts';
import {
  activityBody,
  activityListSchema,
  activitySchema,
  alertBody,
  desaDetailSchema,
  desaListSchema,
  idParams,
  listQuery,
  periodQuery,
  profileSchema,
  proposalBody,
  registerBody,
  reportBody,
  reportDetailSchema,
  reportListSchema,
  resolveQuery,
  resolveSchema,
  updateBody,
} from './desa.schema.ts';

const candidatesQuery = z.object({ officeId: z.uuid() });
const candidatesSchema = z.object({
  users: z.array(z.object({ id: z.string(), username: z.string(), fullName: z.string() })),
});

/**
 * /api/desa-binaan and /api/desa-reports: the Desa Binaan registry, activities, early-warning
 * reports and what they become, village profiles (JSON and PDF); and /api/hotspots.
 */
export async function registerDesaRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['desa-binaan'];
  r.get(
    '/desa-binaan/resolve',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Official desa/kelurahan candidates for a place as written',
        querystring: resolveQuery,
        response: { 200: resolveSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'desa.read');
      return resolvePlace(deps, request.query.text);
    },
  );
  r.get(
    '/desa-binaan/pimpasa-candidates',
    {
      preValidation: permit('desa.manage'),
      schema: {
        tags,
        summary: 'Users with the PIMPASA role at a Kanim the caller manages',
        querystring: candidatesQuery,
        response: { 200: candidatesSchema },
      },
    },
    async (request) => ({
      users: await listPimpasaCandidates(
        deps,
        requirePermission(request, 'desa.manage'),
        request.query.officeId,
      ),
    }),
  );
  r.get(
    '/desa-binaan',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Villages in scope (a PIMPASA sees their own)',
        querystring: listQuery,
        response: { 200: desaListSchema },
      },
    },
    async (request) => ({
      villages: await listDesa(deps, requirePermission(request, 'desa.read'), request.query),
    }),
  );
  r.post(
    '/desa-binaan',
    {
      preValidation: permit('desa.manage'),
      schema: {
        tags,
        summary: 'Register a village from its name as written (409 when already registered)',
        body: registerBody,
        response: { 201: desaDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'desa.manage');
      return reply.status(201).send(await registerDesa(deps, actor, request.body));
    },
  );
  r.get(
    '/desa-binaan/:id',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'One village with its contacts (audited)',
        params: idParams,
        response: { 200: desaDetailSchema },
      },
    },
    async (request) => getDesa(deps, requirePermission(request, 'desa.read'), request.params.id),
  );
  r.patch(
    '/desa-binaan/:id',
    {
      preValidation: permit('desa.manage'),
      schema: {
        tags,
        summary: 'Change a village (contacts and PIMPASA replaced when given)',
        params: idParams,
        body: updateBody,
        response: { 200: desaDetailSchema },
      },
    },
    async (request) =>
      updateDesa(deps, requirePermission(request, 'desa.manage'), request.params.id, request.body),
  );
  r.get(
    '/desa-binaan/:id/activities',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Activities of a village, newest first',
        params: idParams,
        response: { 200: activityListSchema },
      },
    },
    async (request) => ({
      activities: await listActivities(
        deps,
        requirePermission(request, 'desa.read'),
        request.params.id,
      ),
    }),
  );
  r.post(
    '/desa-binaan/:id/activities',
    {
      preValidation: permit('desa.manage'),
      schema: {
        tags,
        summary: 'Log a counselling session, visit or first-line service held',
        params: idParams,
        body: activityBody,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'desa.manage');
      return reply
        .status(201)
        .send(await logActivity(deps, actor, request.params.id, request.body));
    },
  );
  r.get(
    '/desa-binaan/:id/reports',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Early-warning reports of a village (no people)',
        params: idParams,
        response: { 200: reportListSchema },
      },
    },
    async (request) => ({
      reports: await listReports(deps, requirePermission(request, 'desa.read'), {
        desaId: request.params.id,
      }),
    }),
  );
  r.post(
    '/desa-binaan/:id/reports',
    {
      preValidation: permit('report.create'),
      schema: {
        tags,
        summary: 'File an early-warning report taken from a resident',
        params: idParams,
        body: reportBody,
        response: { 201: reportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'report.create');
      return reply.status(201).send(await fileReport(deps, actor, request.params.id, request.body));
    },
  );
  r.get(
    '/desa-binaan/:id/profile',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Village profile over a period',
        params: idParams,
        querystring: periodQuery,
        response: { 200: profileSchema },
      },
    },
    async (request) =>
      buildProfile(deps, requirePermission(request, 'desa.read'), request.params.id, request.query),
  );
  r.get(
    '/desa-binaan/:id/profile.pdf',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Village profile as a PDF (Bahasa Indonesia)',
        params: idParams,
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'desa.read');
      const { pdf, fileName } = await profilePdf(deps, actor, request.params.id, request.query);
      void reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return reply.type('application/pdf').send(pdf);
    },
  );
  r.get(
    '/desa-reports',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'Early-warning reports in scope (no people)',
        response: { 200: reportListSchema },
      },
    },
    async (request) => ({
      reports: await listReports(deps, requirePermission(request, 'desa.read')),
    }),
  );
  r.get(
    '/desa-reports/:id',
    {
      preValidation: permit('desa.read'),
      schema: {
        tags,
        summary: 'One report with its people (audited)',
        params: idParams,
        response: { 200: reportDetailSchema },
      },
    },
    async (request) => getReport(deps, requirePermission(request, 'desa.read'), request.params.id),
  );
  r.post(
    '/desa-reports/:id/watchlist-proposal',
    {
      preValidation: permit('watchlist.propose'),
      schema: {
        tags,
        summary: 'Turn a report into a watchlist proposal (one action)',
        params: idParams,
        body: proposalBody,
        response: { 201: reportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'watchlist.propose');
      return reply
        .status(201)
        .send(await proposeFromReport(deps, actor, request.params.id, request.body));
    },
  );
  r.post(
    '/desa-reports/:id/alert',
    {
      preValidation: permit('alert.respond'),
      schema: {
        tags,
        summary: 'Turn a report into an alert to the offices covering the place (one action)',
        params: idParams,
        body: alertBody,
        response: { 201: reportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'alert.respond');
      return reply
        .status(201)
        .send(await alertFromReport(deps, actor, request.params.id, request.body));
    },
  );
  await registerHotspotRoutes(api, deps);
}
