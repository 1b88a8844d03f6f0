import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, invalidField } from '../../../domain/errors.ts';
import type { Permission } from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { exportWatchlistCsv } from './watchlist-export.service.ts';
import { parseWatchlistFile, type WatchlistFileFormat } from './watchlist-file.ts';
import { defineImportBatchRoutes } from './watchlist-batch.routes.ts';
import { importWatchlist } from './watchlist-import.service.ts';
import { getWatchlistEntry, searchWatchlist } from './watchlist-read.service.ts';
import { suppressEntryForSubject } from './watchlist-suppressions.ts';
import { boundaryOf, parseMultipart } from './watchlist-upload.ts';
import {
  approveBody,
  delistRequestBody,
  entryDetailSchema,
  entryListSchema,
  entryParams,
  entryQuery,
  entrySchema,
  exportQuery,
  importQuery,
  importResultSchema,
  listQuery,
  proposeBody,
  rejectBody,
  suppressionBody,
  suppressionSchema,
  updateBody,
} from './watchlist.schema.ts';
import { findOfficeFacts, findOfficeFactsByCode } from './watchlist.repository.ts';
import {
  approveEntry,
  decideDelisting,
  proposeEntry,
  rejectEntry,
  requestDelisting,
  updateWatchlistEntry,
} from './watchlist.service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The signed-in user holding at least one of `permissions`, or a 401/403. */
function requireAny(request: FastifyRequest, permissions: readonly Permission[]): Actor {
  const actor = requireActor(request);
  if (!permissions.some((p) => actor.permissions.has(p))) {
    throw new AppError(
      'forbidden',
      `Peran Anda tidak memiliki izin ${permissions.join(' atau ')}.`,
      {
        messageEn: `Your role lacks the permission ${permissions.join(' or ')}.`,
        permission: permissions[0],
      },
    );
  }
  return actor;
}

/** A preValidation hook: any one of the permissions will do, checked before the input is read. */
function permitAny(permissions: readonly Permission[]) {
  return async (request: FastifyRequest): Promise<void> => {
    requireAny(request, permissions);
  };
}

/** The uploaded file and form fields of an import request, whatever its content type. */
function readUpload(request: FastifyRequest): {
  data: Buffer;
  format: WatchlistFileFormat | undefined;
  filename: string;
  fields: Record<string, string>;
} {
  const contentType = request.headers['content-type'] ?? '';
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const fields: Record<string, string> = {};
  if (/^multipart\/form-data/i.test(contentType)) {
    const boundary = boundaryOf(contentType);
    const parts = boundary ? parseMultipart(body, boundary) : null;
    if (!parts) {
      throw invalidField('body', 'Badan multipart tidak valid.', 'Malformed multipart body.');
    }
    const file = parts.find((p) => p.filename !== null) ?? parts.find((p) => p.name === 'file');
    for (const part of parts) if (part !== file) fields[part.name] = part.data.toString('utf8');
    if (!file || file.data.length === 0) {
      throw invalidField('file', 'Berkas wajib dilampirkan.', 'A file is required.');
    }
    const isXlsx = file.contentType === XLSX_TYPE || /\.xlsx$/i.test(file.filename ?? '');
    const isCsv = file.contentType === 'text/csv' || /\.csv$/i.test(file.filename ?? '');
    return {
      data: file.data,
      format: isXlsx ? 'xlsx' : isCsv ? 'csv' : undefined,
      filename: file.filename ?? 'upload',
      fields,
    };
  }
  if (body.length === 0) {
    throw invalidField('file', 'Berkas wajib dikirim.', 'A file is required.');
  }
  const format = contentType.startsWith(XLSX_TYPE)
    ? 'xlsx'
    : contentType.startsWith('text/csv')
      ? 'csv'
      : undefined;
  return { data: body, format, filename: 'upload', fields };
}

/** Reads an office given as an id or a code; the actor's own office when none is given. */
async function resolveOffice(
  deps: AppDeps,
  actor: Actor,
  given: string | undefined,
): Promise<string> {
  if (given === undefined || given === '') return actor.officeId;
  const db = deps.database.db;
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(given);
  const office = isUuid ? await findOfficeFacts(db, given) : await findOfficeFactsByCode(db, given);
  if (!office) throw invalidField('office', 'Kantor tidak ditemukan.', 'Office not found.');
  return office.id;
}

/** /api/watchlist: the shared watchlist, its governance, suppressions, import and export. */
export async function registerWatchlistRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  // A child context, so the file parsers below apply to these routes only.
  await api.register(async (scope) => {
    for (const type of ['text/csv', XLSX_TYPE, 'application/octet-stream', 'multipart/form-data']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => {
        done(null, body);
      });
    }
    defineRoutes(scope, deps);
    defineImportBatchRoutes(scope, deps);
  });
}

function defineRoutes(api: FastifyInstance, deps: AppDeps): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['watchlist'];
  r.get(
    '/watchlist',
    {
      config: { permission: 'watchlist.read' },
      schema: {
        tags,
        summary: 'Search the watchlist within the reader’s reach (audited)',
        querystring: listQuery,
        response: { 200: entryListSchema },
      },
    },
    async (request) => searchWatchlist(deps, requireActor(request), request.query),
  );
  r.post(
    '/watchlist',
    {
      config: { permission: 'watchlist.propose' },
      schema: {
        tags,
        summary: 'Propose an entry (waits for a second person of the listing office)',
        body: proposeBody,
        response: { 201: entrySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeEntry(deps, requireActor(request), request.body)),
  );
  r.get(
    '/watchlist/export.csv',
    {
      config: { permission: 'watchlist.propose' },
      schema: {
        tags,
        summary:
          'Export visible entries as a watchlist CSV (default: active ones); other offices’ terbatas and rahasia entries are withheld',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { csv, withheld } = await exportWatchlistCsv(deps, actor, {
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.office ? { officeId: request.query.office } : {}),
      });
      const day = dateInZone(deps.clock(), 'Asia/Jakarta');
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="watchlist-${day}.csv"`)
          // Other offices' terbatas and rahasia entries in reach, left out (see the export service).
          .header('x-watchlist-withheld', String(withheld))
          .send(csv)
      );
    },
  );
  r.post(
    '/watchlist/import',
    {
      config: { permission: 'watchlist.propose' },
      schema: {
        tags,
        summary:
          'Import a watchlist CSV or XLSX, all or nothing, as one proposed batch (multipart or raw body)',
        querystring: importQuery,
        response: { 201: importResultSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const upload = readUpload(request);
      const fromForm = importQuery.safeParse({
        office: upload.fields.office ?? request.query.office,
        activate: upload.fields.activate ?? (request.query.activate ? 'true' : undefined),
      });
      if (!fromForm.success) {
        throw invalidField(
          'activate',
          'Nilai activate harus true atau false.',
          'activate must be true or false.',
        );
      }
      if (fromForm.data.activate) {
        throw invalidField(
          'activate',
          'Impor tidak dapat langsung diaktifkan: entri menunggu sebagai satu batch usulan sampai orang kedua yang berwenang menyetujuinya (prinsip empat mata).',
          'An import cannot be activated directly: its entries wait as one proposed batch until a second eligible person approves it (four-eyes rule).',
        );
      }
      const officeId = await resolveOffice(deps, actor, fromForm.data.office);
      const file = await parseWatchlistFile(upload.data, upload.format);
      const result = await importWatchlist(deps, actor, file, {
        officeId,
        sourceLabel: upload.filename,
      });
      return reply.status(201).send(result);
    },
  );
  r.get(
    '/watchlist/:id',
    {
      config: { permission: 'watchlist.read' },
      schema: {
        tags,
        summary: 'One entry with its history and suppressions (audited; break-glass outside scope)',
        params: entryParams,
        querystring: entryQuery,
        response: { 200: entryDetailSchema },
      },
    },
    async (request) =>
      getWatchlistEntry(
        deps,
        requireActor(request),
        request.params.id,
        request.query.breakGlassReason,
      ),
  );
  r.patch(
    '/watchlist/:id',
    {
      config: { permission: 'watchlist.propose' },
      schema: {
        tags,
        summary: 'Change an entry (an active one needs watchlist.approve and bumps its version)',
        params: entryParams,
        body: updateBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      updateWatchlistEntry(deps, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/watchlist/:id/approve',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Approve a proposal (listing office, not the proposer)',
        params: entryParams,
        body: approveBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      approveEntry(deps, requireActor(request), request.params.id, request.body?.note),
  );
  r.post(
    '/watchlist/:id/reject',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Reject a proposal with a note',
        params: entryParams,
        body: rejectBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      rejectEntry(deps, requireActor(request), request.params.id, request.body.note),
  );
  r.post(
    '/watchlist/:id/delist-request',
    {
      preValidation: permitAny(['watchlist.propose', 'watchlist.approve']),
      schema: {
        tags,
        summary: 'Ask for an active entry to be delisted, with a reason',
        params: entryParams,
        body: delistRequestBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      requestDelisting(deps, requireActor(request), request.params.id, request.body.reason),
  );
  r.post(
    '/watchlist/:id/delist-approve',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Approve a delisting (listing office, not the requester)',
        params: entryParams,
        body: approveBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      decideDelisting(deps, requireActor(request), request.params.id, {
        approve: true,
        ...(request.body?.note ? { note: request.body.note } : {}),
      }),
  );
  r.post(
    '/watchlist/:id/delist-reject',
    {
      config: { permission: 'watchlist.approve' },
      schema: {
        tags,
        summary: 'Refuse a delisting with a note; the entry stays active',
        params: entryParams,
        body: rejectBody,
        response: { 200: entrySchema },
      },
    },
    async (request) =>
      decideDelisting(deps, requireActor(request), request.params.id, {
        approve: false,
        note: request.body.note,
      }),
  );
  r.post(
    '/watchlist/:id/suppressions',
    {
      preValidation: permitAny(['screening.approve', 'watchlist.approve']),
      schema: {
        tags,
        summary: 'Record that a screened subject is not the person of this entry',
        params: entryParams,
        body: suppressionBody,
        response: { 201: suppressionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await suppressEntryForSubject(
            deps,
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );
}
