import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { visibleOfficeIds } from '../access/access.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { listAttachments, type AttachmentView } from './coord-attachments.ts';
import {
  countPendingByMeeting,
  findMeetingRow,
  findOfficeRefs,
  listActionItemsOfMeetings,
  listAgreementRows,
  listParticipantIds,
  type ActionItemRow,
  type OfficeRefRow,
} from './meetings.repository.ts';
import type {
  ActionItemView,
  MeetingAgreementView,
  MeetingSummary,
  MeetingView,
} from './meetings.schema.ts';

/** An office reference in a view. */
export interface OfficeRef {
  id: string;
  name: string;
  shortName: string;
}

/** The offices an actor sees coordination records of ('all' for national scope). */
export async function loadCoordScope(
  deps: AppDeps,
  actor: Actor,
  db: Kysely<DB> = deps.database.db,
): Promise<Set<string> | 'all'> {
  return visibleOfficeIds(deps, actor, 'village_reports', deps.clock(), db);
}

/** True when the scope takes in at least one of the offices. */
export function scopeCovers(scope: Set<string> | 'all', officeIds: readonly string[]): boolean {
  return scope === 'all' || officeIds.some((id) => scope.has(id));
}

/** A meeting that does not exist or lies outside the scope: both answer 404. */
export function meetingNotFound(): AppError {
  return new AppError('not_found', 'Rapat tidak ditemukan.', { messageEn: 'Meeting not found.' });
}

/** An office reference for a row, or a placeholder for an office that no longer exists. */
export function officeRefOf(offices: Map<string, OfficeRefRow>, id: string): OfficeRef {
  const row = offices.get(id);
  return row ? { id, name: row.name, shortName: row.short_name } : { id, name: id, shortName: id };
}

/** True when an open or in-progress item's due date has passed in its owner office's zone. */
export function isOverdue(
  item: { status: string; due_on: string; owner_time_zone: string },
  now: Date,
): boolean {
  if (item.status !== 'open' && item.status !== 'in_progress') return false;
  return item.due_on < dateInZone(now, item.owner_time_zone);
}

/** Builds action-item views (with evidence attachments and owner offices). */
export async function toActionItemViews(
  db: Kysely<DB>,
  rows: readonly ActionItemRow[],
  now: Date,
): Promise<ActionItemView[]> {
  const offices = await findOfficeRefs(
    db,
    rows.map((r) => r.owner_office_id),
  );
  const files = await listAttachments(
    db,
    'action_item',
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const evidence: AttachmentView | undefined = (files.get(row.id) ?? []).find(
      (f) => f.id === row.evidence_attachment_id,
    );
    return {
      id: row.id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      agreementId: row.agreement_id,
      description: row.description,
      ownerOffice: officeRefOf(offices, row.owner_office_id),
      ownerUserId: row.owner_user_id,
      ownerPerson: row.owner_person,
      dueOn: row.due_on,
      status: row.status,
      overdue: isOverdue(row, now),
      evidenceText: row.evidence_text,
      evidenceAttachment: evidence ?? null,
      statusNote: row.status_note,
      closedAt: row.closed_at ? row.closed_at.toISOString() : null,
      demoNote: row.demo_note,
    };
  });
}

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeetingRow>>>;

/** Builds list entries with their open and overdue counts. */
export async function toMeetingSummaries(
  db: Kysely<DB>,
  rows: readonly MeetingRow[],
  now: Date,
): Promise<MeetingSummary[]> {
  const offices = await findOfficeRefs(
    db,
    rows.map((r) => r.host_office_id),
  );
  const pending = await countPendingByMeeting(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const mine = pending.filter((p) => p.meeting_id === row.id);
    return {
      id: row.id,
      title: row.title,
      heldOn: row.held_on,
      place: row.place,
      hostOffice: officeRefOf(offices, row.host_office_id),
      openActionItems: mine.length,
      overdueActionItems: mine.filter((p) => isOverdue(p, now)).length,
      demoNote: row.demo_note,
    };
  });
}

/** Loads a meeting the actor may see (404 otherwise) with its participant ids. */
export async function loadVisibleMeeting(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB> = deps.database.db,
): Promise<{ row: MeetingRow; participantIds: string[] }> {
  const row = await findMeetingRow(db, id);
  if (!row) throw meetingNotFound();
  const participantIds = (await listParticipantIds(db, [id])).get(id) ?? [];
  const scope = await loadCoordScope(deps, actor, db);
  if (!scopeCovers(scope, [row.host_office_id, ...participantIds])) throw meetingNotFound();
  return { row, participantIds };
}

/** Builds the full view of one meeting. */
export async function toMeetingView(
  db: Kysely<DB>,
  actor: Actor,
  row: MeetingRow,
  participantIds: readonly string[],
  now: Date,
): Promise<MeetingView> {
  const [summary] = await toMeetingSummaries(db, [row], now);
  if (!summary) throw meetingNotFound();
  const agreements = await listAgreementRows(db, [row.id]);
  const offices = await findOfficeRefs(db, [
    ...participantIds,
    ...agreements.flatMap((a) => a.party_office_ids),
  ]);
  const items = await listActionItemsOfMeetings(db, [row.id]);
  const files = await listAttachments(db, 'meeting', [row.id]);
  const agreementViews: MeetingAgreementView[] = agreements.map((a) => ({
    id: a.id,
    meetingId: a.meeting_id,
    text: a.text,
    parties: a.party_office_ids.map((id) => officeRefOf(offices, id)),
    status: a.status,
    sharingAgreementId: a.sharing_agreement_id,
    sharingAgreementStatus: a.sharing_status ?? null,
    sourceReference: a.source_reference,
    demoNote: a.demo_note,
  }));
  return {
    ...summary,
    participants: participantIds.map((id) => officeRefOf(offices, id)),
    otherAgencies: row.other_agencies,
    tppoTypes: row.tppo_types,
    topics: row.topics,
    minutes: row.minutes,
    sourceReference: row.source_reference,
    attachments: files.get(row.id) ?? [],
    agreements: agreementViews,
    actionItems: await toActionItemViews(db, items, now),
    canManage: actor.permissions.has('meeting.manage'),
  };
}
