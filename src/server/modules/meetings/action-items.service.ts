import { randomUUID } from 'node:crypto';
import { AppError, invalidField } from '../../../domain/errors.ts';
import type { Actor, SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { buildOfficeGraph } from '../access/office-graph.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { decodeUpload, insertAttachment } from './coord-attachments.ts';
import {
  claimReminder,
  findActionItemRow,
  findAgreementRow,
  findOfficeRefs,
  findUserOffice,
  insertActionItem,
  listPendingActionItemsAround,
  listPossiblyOverdueItems,
  listUsersWithRoles,
  updateActionItemRow,
} from './meetings.repository.ts';
import type {
  ActionItemView,
  CreateActionItemInput,
  UpdateActionItemInput,
} from './meetings.schema.ts';
import { checkOffices } from './meetings.service.ts';
import {
  isOverdue,
  loadCoordScope,
  loadVisibleMeeting,
  officeRefOf,
  toActionItemViews,
  type OfficeRef,
} from './meetings-view.ts';

async function viewOf(deps: AppDeps, id: string): Promise<ActionItemView> {
  const db = deps.database.db;
  const row = await findActionItemRow(db, id);
  if (!row) throw itemNotFound();
  const [view] = await toActionItemViews(db, [row], deps.clock());
  if (!view) throw itemNotFound();
  return view;
}

function itemNotFound(): AppError {
  return new AppError('not_found', 'Tindak lanjut tidak ditemukan.', {
    messageEn: 'Action item not found.',
  });
}

/**
 * Adds an action item to a meeting. The owner office must take part in the meeting; a named
 * owner user must work there; the owner is told at once.
 */
export async function addActionItem(
  deps: AppDeps,
  actor: Actor,
  meetingId: string,
  input: CreateActionItemInput,
): Promise<ActionItemView> {
  const id = await deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const { row: meeting, participantIds } = await loadVisibleMeeting(deps, actor, meetingId, trx);
    await checkOffices(trx, [{ path: 'ownerOfficeId', ids: [input.ownerOfficeId], single: true }]);
    if (![meeting.host_office_id, ...participantIds].includes(input.ownerOfficeId)) {
      throw invalidField(
        'ownerOfficeId',
        'Kantor penanggung jawab harus ikut dalam rapat.',
        'The owner office must take part in the meeting.',
      );
    }
    if (input.ownerUserId !== null) {
      const user = await findUserOffice(trx, input.ownerUserId);
      if (!user || user.office_id !== input.ownerOfficeId) {
        throw invalidField(
          'ownerUserId',
          'Penanggung jawab harus pengguna aktif di kantor penanggung jawab.',
          'The owner must be an enabled user of the owner office.',
        );
      }
    }
    if (input.agreementId !== null) {
      const agreement = await findAgreementRow(trx, input.agreementId);
      if (!agreement || agreement.meeting_id !== meetingId) {
        throw invalidField(
          'agreementId',
          'Kesepakatan bukan bagian dari rapat ini.',
          'The agreement does not belong to this meeting.',
        );
      }
    }
    const itemId = await insertActionItem(trx, {
      meeting_id: meetingId,
      agreement_id: input.agreementId,
      description: input.description,
      owner_office_id: input.ownerOfficeId,
      owner_user_id: input.ownerUserId,
      owner_person: input.ownerPerson,
      due_on: input.dueOn,
      evidence_text: null,
      evidence_attachment_id: null,
      status_note: null,
      closed_at: null,
      closed_by: null,
      demo_note: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'action_item.create',
        targetType: 'action_item',
        targetId: itemId,
        officeId: input.ownerOfficeId,
        details: { meetingId, ...input },
      },
      deps.clock,
    );
    const recipients =
      input.ownerUserId !== null
        ? [input.ownerUserId]
        : await listUsersWithRoles(trx, [input.ownerOfficeId], ['head']);
    await notifyUsers(trx, recipients, {
      kind: 'action_item.assigned',
      title: 'Tindak lanjut rapat untuk kantor Anda',
      body: `${input.description} (rapat "${meeting.title}", tenggat ${input.dueOn})`,
      link: `/meetings/${meetingId}`,
    });
    return itemId;
  });
  return viewOf(deps, id);
}

/**
 * Changes an item's status. Marking it done needs evidence of completion (text, optionally a
 * file); done and dropped close it, any other status reopens it. A user with meeting.manage in
 * scope, or the named owner, may do this.
 */
export async function updateActionItem(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateActionItemInput,
): Promise<ActionItemView> {
  if (input.status === 'done' && !input.evidenceText) {
    throw invalidField(
      'evidenceText',
      'Bukti penyelesaian wajib diisi untuk menandai selesai.',
      'Evidence of completion is required to mark the item done.',
    );
  }
  const file = input.evidenceAttachment
    ? decodeUpload(input.evidenceAttachment, 'evidenceAttachment.dataBase64')
    : null;
  await deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const item = await findActionItemRow(trx, id);
    if (!item) throw itemNotFound();
    await loadVisibleMeeting(deps, actor, item.meeting_id, trx).catch(() => {
      // The named owner may update their own item even outside the meeting's scope.
      if (item.owner_user_id !== actor.userId) throw itemNotFound();
    });
    if (!actor.permissions.has('meeting.manage') && item.owner_user_id !== actor.userId) {
      throw new AppError(
        'forbidden',
        'Hanya pengelola rapat atau penanggung jawab yang dapat mengubah tindak lanjut.',
        { messageEn: 'Only a meeting manager or the named owner may update this item.' },
      );
    }
    let evidenceAttachmentId = item.evidence_attachment_id;
    if (file && input.evidenceAttachment) {
      const saved = await insertAttachment(
        trx,
        { type: 'action_item', id },
        input.evidenceAttachment,
        file,
        actor.userId,
        now,
      );
      evidenceAttachmentId = saved.id;
    }
    const closing = input.status === 'done' || input.status === 'dropped';
    await updateActionItemRow(trx, id, {
      status: input.status,
      ...(input.evidenceText !== undefined ? { evidence_text: input.evidenceText } : {}),
      evidence_attachment_id: evidenceAttachmentId,
      ...(input.note !== undefined ? { status_note: input.note } : {}),
      closed_at: closing ? now : null,
      closed_by: closing ? actor.userId : null,
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'action_item.status',
        targetType: 'action_item',
        targetId: id,
        officeId: item.owner_office_id,
        details: {
          status: { before: item.status, after: input.status },
          evidenceText: input.evidenceText ?? null,
          evidenceAttachmentId: file ? evidenceAttachmentId : null,
          note: input.note ?? null,
        },
      },
      deps.clock,
    );
  });
  return viewOf(deps, id);
}

/** What one owner office still owes, for the follow-up view. */
export interface FollowUpGroup {
  ownerOffice: OfficeRef;
  open: number;
  overdue: number;
  items: ActionItemView[];
}

/**
 * The follow-up view of a Kanwil: open and in-progress items of meetings its offices hosted or
 * attended (or that they own), grouped by the office that owes them, the most overdue first.
 */
export async function followUpOfKanwil(
  deps: AppDeps,
  actor: Actor,
  kanwilId: string | undefined,
): Promise<{ kanwil: OfficeRef; groups: FollowUpGroup[] }> {
  const db = deps.database.db;
  const now = deps.clock();
  const graph = buildOfficeGraph(await listOfficeLinks(db));
  const target = kanwilId ?? graph.kanwilOf(actor.officeId);
  if (target === null || graph.kindOf(target) !== 'kanwil') {
    throw invalidField('kanwilId', 'Pilih sebuah Kanwil.', 'Choose a Kanwil.');
  }
  const scope = await loadCoordScope(deps, actor);
  if (scope !== 'all' && !scope.has(target)) {
    throw new AppError('forbidden', 'Kanwil ini di luar cakupan Anda.', {
      messageEn: 'This Kanwil is outside your scope.',
    });
  }
  const rows = await listPendingActionItemsAround(db, graph.subtreeOf(target));
  const views = await toActionItemViews(db, rows, now);
  const offices = await findOfficeRefs(db, [target, ...rows.map((r) => r.owner_office_id)]);
  const groups = new Map<string, FollowUpGroup>();
  for (const view of views) {
    const group = groups.get(view.ownerOffice.id) ?? {
      ownerOffice: view.ownerOffice,
      open: 0,
      overdue: 0,
      items: [],
    };
    group.open += 1;
    if (view.overdue) group.overdue += 1;
    group.items.push(view);
    groups.set(view.ownerOffice.id, group);
  }
  return {
    kanwil: officeRefOf(offices, target),
    groups: [...groups.values()].sort(
      (a, b) => b.overdue - a.overdue || a.ownerOffice.name.localeCompare(b.ownerOffice.name),
    ),
  };
}

/**
 * Reminds the owners of overdue action items: one in-app notification per item per calendar
 * day in the owner office's zone, however often it runs. Returns the ids reminded.
 */
export async function remindOverdueActionItems(deps: AppDeps): Promise<string[]> {
  const system: SystemActor = {
    system: true,
    name: 'action-item-reminders',
    requestId: `job-${randomUUID()}`,
  };
  const now = deps.clock();
  // Jayapura's date is the latest of the three zones: every item overdue anywhere is due before it.
  const latest = dateInZone(now, 'Asia/Jayapura');
  return deps.database.db.transaction().execute(async (trx) => {
    const candidates = await listPossiblyOverdueItems(trx, latest);
    const reminded: string[] = [];
    for (const item of candidates) {
      if (!isOverdue(item, now)) continue;
      const day = dateInZone(now, item.owner_time_zone);
      if (!(await claimReminder(trx, item.id, day))) continue;
      const owners =
        item.owner_user_id !== null
          ? [item.owner_user_id]
          : await listUsersWithRoles(trx, [item.owner_office_id], ['head']);
      const creator = item.created_by !== null ? [item.created_by] : [];
      await notifyUsers(trx, [...owners, ...creator], {
        kind: 'action_item.overdue',
        title: 'Tindak lanjut rapat melewati tenggat',
        body: `${item.description} (rapat "${item.meeting_title}", tenggat ${item.due_on})`,
        link: `/meetings/${item.meeting_id}`,
      });
      await appendAudit(
        trx,
        system,
        {
          action: 'action_item.reminder',
          targetType: 'action_item',
          targetId: item.id,
          officeId: item.owner_office_id,
          details: { day, dueOn: item.due_on, notified: [...owners, ...creator] },
        },
        deps.clock,
      );
      reminded.push(item.id);
    }
    return reminded;
  });
}
