import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../../domain/errors.ts';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import {
  createFeed,
  deleteFeed,
  listNewsFeeds,
  pollFeedNow,
  updateFeed,
} from './news-feeds.service.ts';
import { ingestFiles, ingestUrl } from './news-ingest.service.ts';
import {
  acceptLead,
  createWatchlistLead,
  listNewsLeads,
  rejectLead,
} from './news-leads.service.ts';
import { getNewsEvent, listNewsEvents } from './news-read.service.ts';
import {
  acceptBody,
  eventDetailSchema,
  eventListSchema,
  eventsQuery,
  feedBody,
  feedPatch,
  feedSchema,
  fetchBody,
  idParams,
  ingestResultSchema,
  leadBody,
  leadListSchema,
  leadSchema,
  leadsQuery,
  rejectBody,
  uploadBody,
  uploadQuery,
} from './news.schema.ts';

/** Raw uploads: the formats the pipeline reads. */
const RAW_TYPES = [
  'text/plain',
  'text/html',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/octet-stream',
];
const UPLOAD_LIMIT = 8 * 1024 * 1024;

/**
 * /api/news: ingest (files, addresses, feeds), the inbox of events, the event page and the leads
 * an event proposes (Desa Binaan, watchlist).
 */
export async function registerNewsRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  // A child context, so the raw-body parsers below apply to these routes only.
  await api.register(async (scope) => {
    scope.removeContentTypeParser(['text/plain']);
    scope.addContentTypeParser(
      RAW_TYPES,
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
      (_request, body, done) => {
        done(null, body);
      },
    );
    defineRoutes(scope, deps);
  });
}

function defineRoutes(api: FastifyInstance, deps: AppDeps): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['news'];
  r.post(
    '/news/upload',
    {
      config: { permission: 'news.manage' },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary:
          'Ingest uploaded files (HTML, text, RSS/Atom) given as JSON {file, content} or {files}',
        body: uploadBody,
        response: { 200: ingestResultSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const files = 'files' in request.body ? request.body.files : [request.body];
      return ingestFiles(deps, actor, files);
    },
  );
  r.post(
    '/news/upload/raw',
    {
      config: { permission: 'news.manage' },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary:
          'Ingest one file sent as the raw body; ?file= names it (the extension tells the format)',
        querystring: uploadQuery,
        response: { 200: ingestResultSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body: unknown = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw invalidField('body', 'Isi berkas kosong.', 'The file is empty.');
      }
      const type = String(request.headers['content-type'] ?? '');
      const extension = /html/.test(type) ? '.html' : /xml/.test(type) ? '.xml' : '.txt';
      const file = request.query.file ?? `unggahan${extension}`;
      return ingestFiles(deps, actor, [{ file, content: new Uint8Array(body) }]);
    },
  );
  r.post(
    '/news/fetch',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Fetch one page or feed by its http(s) address and ingest it',
        body: fetchBody,
        response: { 200: ingestResultSchema },
      },
    },
    async (request) => ingestUrl(deps, requireActor(request), request.body.url),
  );
  r.get(
    '/news/feeds',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Configured feeds',
        response: { 200: z.object({ feeds: z.array(feedSchema) }) },
      },
    },
    async () => ({ feeds: await listNewsFeeds(deps) }),
  );
  r.post(
    '/news/feeds',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Add a feed (polled on its interval)',
        body: feedBody,
        response: { 201: feedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFeed(deps, requireActor(request), request.body)),
  );
  r.patch(
    '/news/feeds/:id',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Change a feed',
        params: idParams,
        body: feedPatch,
        response: { 200: feedSchema },
      },
    },
    async (request) => updateFeed(deps, requireActor(request), request.params.id, request.body),
  );
  r.delete(
    '/news/feeds/:id',
    {
      config: { permission: 'news.manage' },
      schema: { tags, summary: 'Remove a feed (its articles stay)', params: idParams },
    },
    async (request, reply) => {
      await deleteFeed(deps, requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/news/feeds/:id/poll',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Poll a feed now',
        params: idParams,
        response: { 200: z.object({ feed: feedSchema, result: ingestResultSchema.nullable() }) },
      },
    },
    async (request) => pollFeedNow(deps, requireActor(request), request.params.id),
  );
  r.get(
    '/news/events',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary: 'News inbox: events by TPPO type, region code prefix and date',
        querystring: eventsQuery,
        response: { 200: eventListSchema },
      },
    },
    async (request) => listNewsEvents(deps, request.query),
  );
  r.get(
    '/news/events/:id',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary:
          'One event: sources with highlighted facts, merged facts, conflicts, leads (watchlist leads audited)',
        params: idParams,
        response: { 200: eventDetailSchema },
      },
    },
    async (request) => getNewsEvent(deps, requireActor(request), request.params.id),
  );
  r.post(
    '/news/events/:id/leads',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Name a perpetrator of the event to propose to the watchlist',
        params: idParams,
        body: leadBody,
        response: { 201: leadSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createWatchlistLead(deps, requireActor(request), request.params.id, request.body),
        ),
  );
  r.get(
    '/news/leads',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary: 'Leads from news (watchlist leads for person readers, audited)',
        querystring: leadsQuery,
        response: { 200: leadListSchema },
      },
    },
    async (request) => listNewsLeads(deps, requireActor(request), request.query),
  );
  r.post(
    '/news/leads/:id/accept',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary: 'Accept a lead: registers the Desa Binaan or makes the watchlist proposal',
        params: idParams,
        body: acceptBody,
        response: { 200: leadSchema },
      },
    },
    async (request) => acceptLead(deps, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/news/leads/:id/reject',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary: 'Reject a lead with a note',
        params: idParams,
        body: rejectBody,
        response: { 200: leadSchema },
      },
    },
    async (request) =>
      rejectLead(deps, requireActor(request), request.params.id, request.body.note),
  );
}
