import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { permit } from './route-guards.ts';
import {
  createOfficeBody,
  listOfficesQuery,
  officeDetailSchema,
  officeIdParams,
  officeListSchema,
  setCoverageBody,
  updateOfficeBody,
} from './org.schema.ts';
import {
  createOffice,
  getOffice,
  listOffices,
  setOfficeCoverage,
  updateOffice,
} from './org.service.ts';

/** /api/offices: the organisation tree (office.read) and its upkeep (office.manage). */
export async function registerOrgRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisation'];
  r.get(
    '/offices',
    {
      preValidation: permit('office.read'),
      schema: {
        tags,
        summary: 'Offices as a tree in pre-order (each office after its parent)',
        querystring: listOfficesQuery,
        response: { 200: officeListSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'office.read');
      return { offices: await listOffices(deps, request.query) };
    },
  );
  r.get(
    '/offices/:id',
    {
      preValidation: permit('office.read'),
      schema: {
        tags,
        summary: 'One office with parent, children and coverage',
        params: officeIdParams,
        response: { 200: officeDetailSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'office.read');
      return getOffice(deps, request.params.id);
    },
  );
  r.post(
    '/offices',
    {
      preValidation: permit('office.manage'),
      schema: {
        tags,
        summary: 'Create an office',
        body: createOfficeBody,
        response: { 201: officeDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'office.manage');
      return reply.status(201).send(await createOffice(deps, actor, request.body));
    },
  );
  r.patch(
    '/offices/:id',
    {
      preValidation: permit('office.manage'),
      schema: {
        tags,
        summary: 'Change an office (kind and code stay)',
        params: officeIdParams,
        body: updateOfficeBody,
        response: { 200: officeDetailSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'office.manage');
      return updateOffice(deps, actor, request.params.id, request.body);
    },
  );
  r.put(
    '/offices/:id/coverage',
    {
      preValidation: permit('office.manage'),
      schema: {
        tags,
        summary: "Replace a Kanim's coverage (official region codes)",
        params: officeIdParams,
        body: setCoverageBody,
        response: { 200: officeDetailSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'office.manage');
      return setOfficeCoverage(deps, actor, request.params.id, request.body.coverage);
    },
  );
}
