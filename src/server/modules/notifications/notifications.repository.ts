import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** One notification to insert. */
export interface NotificationInsert {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

/** Inserts notifications; returns how many were written. */
export async function insertNotifications(
  db: Kysely<DB>,
  rows: readonly NotificationInsert[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await db
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        kind: r.kind,
        title: r.title,
        body: r.body,
        link: r.link,
      })),
    )
    .execute();
  return rows.length;
}

/** Ids of the enabled users holding a role, optionally only at some offices. */
export async function listUserIdsByRole(
  db: Kysely<DB>,
  role: string,
  officeIds: readonly string[] | 'all',
): Promise<string[]> {
  if (officeIds !== 'all' && officeIds.length === 0) return [];
  let query = db
    .selectFrom('users')
    .select('id')
    .where('role', '=', role)
    .where('disabled', '=', false);
  if (officeIds !== 'all') query = query.where('office_id', 'in', officeIds);
  const rows = await query.orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** A user's notifications, unread first, newest first within each group. */
export async function listNotificationsOfUser(
  db: Kysely<DB>,
  userId: string,
  options: { limit: number; offset: number; unreadOnly: boolean },
) {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return query
    .orderBy((eb) => eb.case().when('read_at', 'is', null).then(0).else(1).end())
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** How many unread notifications a user has. */
export async function countUnread(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one notification of a user read; returns the row, or undefined when it is not theirs. */
export async function markNotificationRead(db: Kysely<DB>, userId: string, id: string, at: Date) {
  return db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

/** Marks a user's unread notifications pointing at one page read; returns how many changed. */
export async function markNotificationsReadByLink(
  db: Kysely<DB>,
  userId: string,
  link: string,
  at: Date,
): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('link', '=', link)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks every unread notification of a user read; returns how many changed. */
export async function markAllNotificationsRead(
  db: Kysely<DB>,
  userId: string,
  at: Date,
): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
