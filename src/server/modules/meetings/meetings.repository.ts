import { type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionItemsTable, MeetingsTable } from '../../db/schema-coord.ts';

/** An office as meetings show it, with the zone its dates are read in. */
export interface OfficeRefRow {
  id: string;
  name: string;
  short_name: string;
  kind: string;
  time_zone: string;
}

/** The named offices, keyed by id. */
export async function findOfficeRefs(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, OfficeRefRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('offices')
    .select(['id', 'name', 'short_name', 'kind', 'time_zone'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Inserts a meeting; returns its id. */
export async function insertMeeting(
  db: Kysely<DB>,
  values: Insertable<MeetingsTable>,
): Promise<string> {
  const row = await db
    .insertInto('meetings')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a meeting's fields. */
export async function updateMeetingRow(
  db: Kysely<DB>,
  id: string,
  values: Updateable<MeetingsTable>,
): Promise<void> {
  await db.updateTable('meetings').set(values).where('id', '=', id).execute();
}

/** Replaces the participating offices of a meeting. */
export async function replaceParticipants(
  db: Kysely<DB>,
  meetingId: string,
  officeIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('meeting_participants').where('meeting_id', '=', meetingId).execute();
  if (officeIds.length === 0) return;
  await db
    .insertInto('meeting_participants')
    .values(officeIds.map((office_id) => ({ meeting_id: meetingId, office_id })))
    .execute();
}

/** One meeting row, or undefined. */
export async function findMeetingRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The participating office ids of some meetings, keyed by meeting id. */
export async function listParticipantIds(
  db: Kysely<DB>,
  meetingIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (meetingIds.length === 0) return out;
  const rows = await db
    .selectFrom('meeting_participants')
    .select(['meeting_id', 'office_id'])
    .where('meeting_id', 'in', meetingIds)
    .execute();
  for (const row of rows) {
    const list = out.get(row.meeting_id) ?? [];
    list.push(row.office_id);
    out.set(row.meeting_id, list);
  }
  return out;
}

/**
 * Meetings that a set of offices hosted or took part in (all meetings for 'all'), newest first.
 */
export async function listMeetingRows(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('meetings').selectAll();
  if (officeIds !== 'all') {
    const ids = [...officeIds];
    if (ids.length === 0) return [];
    query = query.where((eb) =>
      eb.or([
        eb('host_office_id', 'in', ids),
        eb.exists(
          eb
            .selectFrom('meeting_participants as p')
            .select('p.office_id')
            .whereRef('p.meeting_id', '=', 'meetings.id')
            .where('p.office_id', 'in', ids),
        ),
      ]),
    );
  }
  return query
    .orderBy('held_on', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** The agreements of some meetings, oldest first. */
export async function listAgreementRows(db: Kysely<DB>, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_agreements as a')
    .leftJoin('sharing_agreements as s', 's.id', 'a.sharing_agreement_id')
    .selectAll('a')
    .select('s.status as sharing_status')
    .where('a.meeting_id', 'in', meetingIds)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/** One agreement row, or undefined. */
export async function findAgreementRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('meeting_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks a meeting row until the end of the transaction (serialises additions to it). */
export async function lockMeetingRow(db: Kysely<DB>, id: string): Promise<void> {
  await db.selectFrom('meetings').select('id').where('id', '=', id).forUpdate().execute();
}

/** An agreement of a meeting with exactly this text, if one is recorded. */
export async function findAgreementByText(db: Kysely<DB>, meetingId: string, text: string) {
  return db
    .selectFrom('meeting_agreements')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('text', '=', text)
    .executeTakeFirst();
}

/** The columns of an action item with its meeting title and its owner office's zone. */
function actionItemQuery(db: Kysely<DB>) {
  return db
    .selectFrom('action_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('offices as o', 'o.id', 'i.owner_office_id')
    .selectAll('i')
    .select(['m.title as meeting_title', 'o.time_zone as owner_time_zone']);
}

/** An action item row joined with what its view needs. */
export type ActionItemRow = Awaited<ReturnType<typeof findActionItemRow>> & object;

/** One action item, or undefined. */
export async function findActionItemRow(db: Kysely<DB>, id: string) {
  return actionItemQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** The action items of some meetings, by due date. */
export async function listActionItemsOfMeetings(db: Kysely<DB>, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return actionItemQuery(db)
    .where('i.meeting_id', 'in', meetingIds)
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute();
}

/**
 * Open and in-progress action items of meetings that one of `officeIds` hosted or took part in,
 * or that one of them owns.
 */
export async function listPendingActionItemsAround(db: Kysely<DB>, officeIds: readonly string[]) {
  if (officeIds.length === 0) return [];
  return actionItemQuery(db)
    .where('i.status', 'in', ['open', 'in_progress'])
    .where((eb) =>
      eb.or([
        eb('i.owner_office_id', 'in', officeIds),
        eb('m.host_office_id', 'in', officeIds),
        eb.exists(
          eb
            .selectFrom('meeting_participants as p')
            .select('p.office_id')
            .whereRef('p.meeting_id', '=', 'm.id')
            .where('p.office_id', 'in', officeIds),
        ),
      ]),
    )
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute();
}

/** Every open or in-progress item whose due date lies before `latestDueOn`. */
export async function listPossiblyOverdueItems(db: Kysely<DB>, latestDueOn: string) {
  return actionItemQuery(db)
    .where('i.status', 'in', ['open', 'in_progress'])
    .where('i.due_on', '<', latestDueOn)
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute();
}

/** Counts of open and overdue items per meeting, for lists. */
export async function countPendingByMeeting(db: Kysely<DB>, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return actionItemQuery(db)
    .where('i.meeting_id', 'in', meetingIds)
    .where('i.status', 'in', ['open', 'in_progress'])
    .execute();
}

/** Inserts an action item; returns its id. */
export async function insertActionItem(
  db: Kysely<DB>,
  values: Insertable<ActionItemsTable>,
): Promise<string> {
  const row = await db
    .insertInto('action_items')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes an action item. */
export async function updateActionItemRow(
  db: Kysely<DB>,
  id: string,
  values: Updateable<ActionItemsTable>,
): Promise<void> {
  await db.updateTable('action_items').set(values).where('id', '=', id).execute();
}

/** Records today's reminder of an item; false when one was already sent that day. */
export async function claimReminder(
  db: Kysely<DB>,
  actionItemId: string,
  day: string,
): Promise<boolean> {
  const row = await db
    .insertInto('action_item_reminders')
    .values({ action_item_id: actionItemId, reminded_on: day })
    .onConflict((oc) => oc.doNothing())
    .returning('action_item_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of the enabled users at some offices who hold one of some roles. */
export async function listUsersWithRoles(
  db: Kysely<DB>,
  officeIds: readonly string[],
  roles: readonly string[],
): Promise<string[]> {
  if (officeIds.length === 0 || roles.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('office_id', 'in', officeIds)
    .where('role', 'in', roles)
    .where('disabled', '=', false)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The office of an enabled user, or undefined. */
export async function findUserOffice(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'office_id', 'full_name'])
    .where('id', '=', userId)
    .where('disabled', '=', false)
    .executeTakeFirst();
}
