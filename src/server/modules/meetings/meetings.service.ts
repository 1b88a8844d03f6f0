import type { Kysely } from 'kysely';
import { AppError, failIfIssues, type FieldIssue } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  decodeUpload,
  insertAttachment,
  loadAttachment,
  type AttachmentView,
} from './coord-attachments.ts';
import {
  findActionItemRow,
  insertMeeting,
  listMeetingRows,
  replaceParticipants,
  updateMeetingRow,
} from './meetings.repository.ts';
import type {
  AttachmentUpload,
  CreateMeetingInput,
  MeetingSummary,
  MeetingView,
  UpdateMeetingInput,
} from './meetings.schema.ts';
import {
  loadCoordScope,
  loadVisibleMeeting,
  scopeCovers,
  toMeetingSummaries,
  toMeetingView,
} from './meetings-view.ts';

/** Checks that every named office exists and is active; issues name the field and index. */
export async function checkOffices(
  db: Kysely<DB>,
  fields: { path: string; ids: readonly string[]; single?: boolean }[],
): Promise<void> {
  const ids = [...new Set(fields.flatMap((f) => f.ids))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('offices')
          .select('id')
          .where('active', '=', true)
          .where('id', 'in', ids)
          .execute();
  const ok = new Set(rows.map((r) => r.id));
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    field.ids.forEach((id, i) => {
      if (ok.has(id)) return;
      issues.push({
        path: field.single ? field.path : `${field.path}[${i}]`,
        message: 'Kantor tidak ditemukan atau tidak aktif.',
        messageEn: 'Office not found or inactive.',
      });
    });
  }
  failIfIssues(issues);
}

function outsideScope(): AppError {
  return new AppError('forbidden', 'Kantor Anda atau kantor dalam cakupan Anda harus ikut rapat.', {
    messageEn: 'Your office, or an office in your scope, must take part in the meeting.',
  });
}

/** Records a meeting; the actor's scope must include the host or a participant. */
export async function createMeeting(
  deps: AppDeps,
  actor: Actor,
  input: CreateMeetingInput,
): Promise<MeetingView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    await checkOffices(trx, [
      { path: 'hostOfficeId', ids: [input.hostOfficeId], single: true },
      { path: 'participantOfficeIds', ids: input.participantOfficeIds },
    ]);
    const participants = input.participantOfficeIds.includes(input.hostOfficeId)
      ? input.participantOfficeIds
      : [input.hostOfficeId, ...input.participantOfficeIds];
    const scope = await loadCoordScope(deps, actor, trx);
    if (!scopeCovers(scope, participants)) throw outsideScope();
    const id = await insertMeeting(trx, {
      title: input.title,
      held_on: input.heldOn,
      place: input.place,
      host_office_id: input.hostOfficeId,
      other_agencies: input.otherAgencies,
      tppo_types: input.tppoTypes,
      topics: input.topics,
      minutes: input.minutes,
      source_reference: null,
      demo_note: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await replaceParticipants(trx, id, participants);
    await appendAudit(
      trx,
      actor,
      {
        action: 'meeting.create',
        targetType: 'meeting',
        targetId: id,
        officeId: input.hostOfficeId,
        details: { ...input, minutes: `${input.minutes.length} chars` },
      },
      deps.clock,
    );
    const { row, participantIds } = await loadVisibleMeeting(deps, actor, id, trx);
    return toMeetingView(trx, actor, row, participantIds, now);
  });
}

/** Changes a meeting's details, participants or minutes. */
export async function updateMeeting(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateMeetingInput,
): Promise<MeetingView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const before = await loadVisibleMeeting(deps, actor, id, trx);
    await checkOffices(trx, [
      ...(input.hostOfficeId
        ? [{ path: 'hostOfficeId', ids: [input.hostOfficeId], single: true }]
        : []),
      ...(input.participantOfficeIds
        ? [{ path: 'participantOfficeIds', ids: input.participantOfficeIds }]
        : []),
    ]);
    const host = input.hostOfficeId ?? before.row.host_office_id;
    const listed = input.participantOfficeIds ?? before.participantIds;
    const participants = listed.includes(host) ? listed : [host, ...listed];
    const scope = await loadCoordScope(deps, actor, trx);
    if (!scopeCovers(scope, participants)) throw outsideScope();
    await updateMeetingRow(trx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.otherAgencies !== undefined ? { other_agencies: input.otherAgencies } : {}),
      ...(input.tppoTypes !== undefined ? { tppo_types: input.tppoTypes } : {}),
      ...(input.topics !== undefined ? { topics: input.topics } : {}),
      ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
      host_office_id: host,
      updated_at: now,
    });
    await replaceParticipants(trx, id, participants);
    await appendAudit(
      trx,
      actor,
      {
        action: 'meeting.update',
        targetType: 'meeting',
        targetId: id,
        officeId: host,
        details: {
          changes: {
            ...input,
            ...(input.minutes !== undefined ? { minutes: `${input.minutes.length} chars` } : {}),
          },
        },
      },
      deps.clock,
    );
    const { row, participantIds } = await loadVisibleMeeting(deps, actor, id, trx);
    return toMeetingView(trx, actor, row, participantIds, now);
  });
}

/** One meeting in the actor's scope, with agreements, action items and attachments. */
export async function getMeeting(deps: AppDeps, actor: Actor, id: string): Promise<MeetingView> {
  const db = deps.database.db;
  const { row, participantIds } = await loadVisibleMeeting(deps, actor, id);
  return toMeetingView(db, actor, row, participantIds, deps.clock());
}

/** Meetings hosted by or attended by offices in the actor's scope, newest first. */
export async function listMeetings(
  deps: AppDeps,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<MeetingSummary[]> {
  const db = deps.database.db;
  const scope = await loadCoordScope(deps, actor);
  const rows = await listMeetingRows(db, scope, page);
  return toMeetingSummaries(db, rows, deps.clock());
}

/** Attaches a file (at most 10 MB) to a meeting. */
export async function addMeetingAttachment(
  deps: AppDeps,
  actor: Actor,
  meetingId: string,
  upload: AttachmentUpload,
): Promise<AttachmentView> {
  const data = decodeUpload(upload, 'dataBase64');
  return deps.database.db.transaction().execute(async (trx) => {
    const { row } = await loadVisibleMeeting(deps, actor, meetingId, trx);
    const view = await insertAttachment(
      trx,
      { type: 'meeting', id: meetingId },
      upload,
      data,
      actor.userId,
      deps.clock(),
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'meeting.attachment_add',
        targetType: 'meeting',
        targetId: meetingId,
        officeId: row.host_office_id,
        details: { attachmentId: view.id, name: view.name, sizeBytes: view.sizeBytes },
      },
      deps.clock,
    );
    return view;
  });
}

/** The bytes of a meeting's or an action item's attachment, when the meeting is in scope. */
export async function readMeetingAttachment(deps: AppDeps, actor: Actor, id: string) {
  const db = deps.database.db;
  const file = await loadAttachment(db, id);
  let meetingId: string | null = null;
  if (file.owner_type === 'meeting') meetingId = file.owner_id;
  if (file.owner_type === 'action_item') {
    meetingId = (await findActionItemRow(db, file.owner_id))?.meeting_id ?? null;
  }
  if (meetingId === null) {
    throw new AppError('not_found', 'Lampiran tidak ditemukan.', {
      messageEn: 'Attachment not found.',
    });
  }
  await loadVisibleMeeting(deps, actor, meetingId);
  return file;
}
