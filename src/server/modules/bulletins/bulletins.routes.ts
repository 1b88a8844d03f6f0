import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor, requirePermission } from '../../http/guards.ts';
import { contentDisposition } from '../meetings/coord-attachments.ts';
import { permit, signedIn } from '../org/route-guards.ts';
import { remindBulletinRecipients } from './bulletin-reminders.ts';
import {
  acknowledgementsSchema,
  bulletinListSchema,
  bulletinSchema,
  idParams,
  listBulletinsQuery,
  remindResultSchema,
  sendBulletinBody,
} from './bulletins.schema.ts';
import {
  confirmBulletin,
  getBulletin,
  listAcknowledgements,
  listBulletins,
  listUrgentUnconfirmed,
  readBulletinAttachment,
  sendBulletin,
} from './bulletins.service.ts';

/** /api/bulletins: guidance sent down to work units, with read confirmations. */
export async function registerBulletinRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['bulletins'];
  r.get(
    '/bulletins',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Own inbox, or bulletins sent by offices in scope (box=sent)',
        querystring: listBulletinsQuery,
        response: { 200: bulletinListSchema },
      },
    },
    async (request) => ({
      items: await listBulletins(deps, requireActor(request), request.query),
    }),
  );
  r.get(
    '/bulletins/urgent-unconfirmed',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Urgent (segera) bulletins the user has not confirmed, shown at sign-in',
        response: { 200: z.object({ items: z.array(bulletinSchema) }) },
      },
    },
    async (request) => ({ items: await listUrgentUnconfirmed(deps, requireActor(request)) }),
  );
  r.post(
    '/bulletins',
    {
      preValidation: permit('bulletin.send'),
      schema: {
        tags,
        summary: 'Send a bulletin to Kanwil units, chosen Kanim and TPI, optionally by role',
        body: sendBulletinBody,
        response: { 201: bulletinSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'bulletin.send');
      return reply.status(201).send(await sendBulletin(deps, actor, request.body));
    },
  );
  r.get(
    '/bulletins/:id',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'One bulletin with its body rendered safely',
        params: idParams,
        response: { 200: bulletinSchema },
      },
    },
    async (request) => getBulletin(deps, requireActor(request), request.params.id),
  );
  r.post(
    '/bulletins/:id/confirm',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Confirm having read a bulletin (recipients)',
        params: idParams,
        response: { 200: bulletinSchema },
      },
    },
    async (request) => confirmBulletin(deps, requireActor(request), request.params.id),
  );
  r.get(
    '/bulletins/:id/acknowledgements',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Who has and has not confirmed, per unit (author side)',
        params: idParams,
        response: { 200: acknowledgementsSchema },
      },
    },
    async (request) => listAcknowledgements(deps, requireActor(request), request.params.id),
  );
  r.post(
    '/bulletins/:id/remind',
    {
      preValidation: permit('bulletin.send'),
      schema: {
        tags,
        summary: 'Remind the recipients who have not confirmed (once a day each)',
        params: idParams,
        response: { 200: remindResultSchema },
      },
    },
    async (request) =>
      remindBulletinRecipients(
        deps,
        requirePermission(request, 'bulletin.send'),
        request.params.id,
      ),
  );
  r.get(
    '/bulletins/attachments/:id',
    {
      preValidation: signedIn(),
      schema: { tags, summary: 'Download a bulletin attachment', params: idParams },
    },
    async (request, reply) => {
      const file = await readBulletinAttachment(deps, requireActor(request), request.params.id);
      return reply
        .type(file.content_type)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  );
}
