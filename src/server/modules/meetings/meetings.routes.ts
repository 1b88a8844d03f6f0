import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor, requirePermission } from '../../http/guards.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { permit, signedIn } from '../org/route-guards.ts';
import { followUpOfKanwil, addActionItem, updateActionItem } from './action-items.service.ts';
import { contentDisposition } from './coord-attachments.ts';
import {
  actionItemSchema,
  agreementSchema,
  attachmentSchema,
  attachmentUpload,
  createActionItemBody,
  createAgreementBody,
  createMeetingBody,
  followUpQuery,
  followUpSchema,
  idParams,
  listMeetingsQuery,
  meetingListSchema,
  meetingSchema,
  updateActionItemBody,
  updateAgreementBody,
  updateMeetingBody,
} from './meetings.schema.ts';
import { addAgreement, setAgreementStatus } from './meeting-agreements.service.ts';
import {
  addMeetingAttachment,
  createMeeting,
  getMeeting,
  listMeetings,
  readMeetingAttachment,
  updateMeeting,
} from './meetings.service.ts';
import { renderMinutesPdf } from './minutes-pdf.ts';

/** /api/meetings, /api/meeting-agreements, /api/action-items: coordination meetings. */
export async function registerMeetingRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  r.get(
    '/meetings',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Meetings hosted or attended by offices in scope, newest first',
        querystring: listMeetingsQuery,
        response: { 200: meetingListSchema },
      },
    },
    async (request) => ({ items: await listMeetings(deps, requireActor(request), request.query) }),
  );
  r.get(
    '/meetings/follow-up',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'What each office owes after the meetings of a Kanwil (open and overdue items)',
        querystring: followUpQuery,
        response: { 200: followUpSchema },
      },
    },
    async (request) => followUpOfKanwil(deps, requireActor(request), request.query.kanwilId),
  );
  r.post(
    '/meetings',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Record a coordination meeting',
        body: createMeetingBody,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply.status(201).send(await createMeeting(deps, actor, request.body));
    },
  );
  r.get(
    '/meetings/:id',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'One meeting with agreements, action items and attachments',
        params: idParams,
        response: { 200: meetingSchema },
      },
    },
    async (request) => getMeeting(deps, requireActor(request), request.params.id),
  );
  r.patch(
    '/meetings/:id',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Change a meeting (details, participants, agenda, minutes)',
        params: idParams,
        body: updateMeetingBody,
        response: { 200: meetingSchema },
      },
    },
    async (request) =>
      updateMeeting(
        deps,
        requirePermission(request, 'meeting.manage'),
        request.params.id,
        request.body,
      ),
  );
  r.get(
    '/meetings/:id/minutes.pdf',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'The minutes (notulen) as PDF in Bahasa Indonesia',
        params: idParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const meeting = await getMeeting(deps, actor, request.params.id);
      const now = deps.clock();
      const pdf = await renderMinutesPdf(meeting, now.toISOString().slice(0, 16).replace('T', ' '));
      await deps.database.db.transaction().execute((trx) =>
        appendAudit(
          trx,
          actor,
          {
            action: 'meeting.minutes_pdf',
            targetType: 'meeting',
            targetId: meeting.id,
            officeId: meeting.hostOffice.id,
            details: { bytes: pdf.length },
          },
          deps.clock,
        ),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`notulen-${meeting.heldOn}.pdf`))
        .send(pdf);
    },
  );
  r.post(
    '/meetings/:id/attachments',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Attach a file (base64, at most 10 MB) to a meeting',
        params: idParams,
        body: attachmentUpload,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply
        .status(201)
        .send(await addMeetingAttachment(deps, actor, request.params.id, request.body));
    },
  );
  r.get(
    '/meetings/attachments/:id',
    {
      preValidation: signedIn(),
      schema: { tags, summary: 'Download a meeting or action-item attachment', params: idParams },
    },
    async (request, reply) => {
      const file = await readMeetingAttachment(deps, requireActor(request), request.params.id);
      return reply
        .type(file.content_type)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  );
  r.post(
    '/meetings/:id/agreements',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Record an agreement (kesepakatan), optionally proposing a data-sharing draft',
        params: idParams,
        body: createAgreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply
        .status(201)
        .send(await addAgreement(deps, actor, request.params.id, request.body));
    },
  );
  r.patch(
    '/meeting-agreements/:id',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Change the status of an agreement',
        params: idParams,
        body: updateAgreementBody,
        response: { 200: agreementSchema },
      },
    },
    async (request) =>
      setAgreementStatus(
        deps,
        requirePermission(request, 'meeting.manage'),
        request.params.id,
        request.body.status,
      ),
  );
  r.post(
    '/meetings/:id/action-items',
    {
      preValidation: permit('meeting.manage'),
      schema: {
        tags,
        summary: 'Add an action item with its owner office and due date',
        params: idParams,
        body: createActionItemBody,
        response: { 201: actionItemSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'meeting.manage');
      return reply
        .status(201)
        .send(await addActionItem(deps, actor, request.params.id, request.body));
    },
  );
  r.patch(
    '/action-items/:id',
    {
      preValidation: signedIn(),
      schema: {
        tags,
        summary: 'Change an action item status (done needs evidence)',
        params: idParams,
        body: updateActionItemBody,
        response: { 200: actionItemSchema },
      },
    },
    async (request) =>
      updateActionItem(deps, requireActor(request), request.params.id, request.body),
  );
}
