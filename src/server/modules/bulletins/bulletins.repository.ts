import { type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { BulletinsTable } from '../../db/schema-coord.ts';

/** Inserts a bulletin; returns its id. */
export async function insertBulletin(
  db: Kysely<DB>,
  values: Insertable<BulletinsTable>,
): Promise<string> {
  const row = await db
    .insertInto('bulletins')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Enabled users at some offices, optionally only some roles, without the author. */
export async function listAudienceUsers(
  db: Kysely<DB>,
  officeIds: readonly string[],
  roles: readonly string[],
  exceptUserId: string | null,
) {
  if (officeIds.length === 0) return [];
  let query = db
    .selectFrom('users')
    .select(['id', 'office_id'])
    .where('office_id', 'in', officeIds)
    .where('disabled', '=', false);
  if (roles.length > 0) query = query.where('role', 'in', roles);
  if (exceptUserId !== null) query = query.where('id', '<>', exceptUserId);
  return query.orderBy('id').execute();
}

/** Adds recipients to a bulletin. */
export async function insertRecipients(
  db: Kysely<DB>,
  bulletinId: string,
  users: readonly { id: string; office_id: string }[],
): Promise<void> {
  if (users.length === 0) return;
  await db
    .insertInto('bulletin_recipients')
    .values(users.map((u) => ({ bulletin_id: bulletinId, user_id: u.id, office_id: u.office_id })))
    .execute();
}

/** One bulletin row, or undefined. */
export async function findBulletinRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('bulletins').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The recipient row of one user for one bulletin, or undefined. */
export async function findRecipientRow(db: Kysely<DB>, bulletinId: string, userId: string) {
  return db
    .selectFrom('bulletin_recipients')
    .selectAll()
    .where('bulletin_id', '=', bulletinId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Recipient and confirmation counts per bulletin. */
export async function countRecipients(db: Kysely<DB>, bulletinIds: readonly string[]) {
  if (bulletinIds.length === 0) return new Map<string, { total: number; confirmed: number }>();
  const rows = await db
    .selectFrom('bulletin_recipients')
    .select((eb) => [
      'bulletin_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('confirmed_at').as('confirmed'),
    ])
    .where('bulletin_id', 'in', bulletinIds)
    .groupBy('bulletin_id')
    .execute();
  return new Map(
    rows.map((r) => [r.bulletin_id, { total: Number(r.total), confirmed: Number(r.confirmed) }]),
  );
}

/** Bulletins a user received, newest first, with their own confirmation. */
export async function listInboxRows(
  db: Kysely<DB>,
  userId: string,
  page: { limit: number; offset: number },
) {
  return db
    .selectFrom('bulletin_recipients as r')
    .innerJoin('bulletins as b', 'b.id', 'r.bulletin_id')
    .selectAll('b')
    .select('r.confirmed_at')
    .where('r.user_id', '=', userId)
    .orderBy('b.sent_at', 'desc')
    .orderBy('b.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Bulletins sent by some offices (all for 'all'), newest first. */
export async function listSentRows(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('bulletins').selectAll();
  if (officeIds !== 'all') {
    if (officeIds.size === 0) return [];
    query = query.where('author_office_id', 'in', [...officeIds]);
  }
  return query
    .orderBy('sent_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Urgent bulletins the user has not confirmed, oldest first. */
export async function listUrgentUnconfirmedRows(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('bulletin_recipients as r')
    .innerJoin('bulletins as b', 'b.id', 'r.bulletin_id')
    .selectAll('b')
    .select('r.confirmed_at')
    .where('r.user_id', '=', userId)
    .where('r.confirmed_at', 'is', null)
    .where('b.priority', '=', 'segera')
    .orderBy('b.sent_at')
    .orderBy('b.id')
    .execute();
}

/** Records a confirmation (the first one stands); returns the confirmation instant. */
export async function confirmRecipient(
  db: Kysely<DB>,
  bulletinId: string,
  userId: string,
  at: Date,
): Promise<Date | null> {
  const row = await db
    .updateTable('bulletin_recipients')
    .set((eb) => ({ confirmed_at: eb.fn.coalesce('confirmed_at', eb.val(at)) }))
    .where('bulletin_id', '=', bulletinId)
    .where('user_id', '=', userId)
    .returning('confirmed_at')
    .executeTakeFirst();
  return row?.confirmed_at ?? null;
}

/** Every recipient of a bulletin with name, role and office. */
export async function listRecipientDetails(db: Kysely<DB>, bulletinId: string) {
  return db
    .selectFrom('bulletin_recipients as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.user_id',
      'r.office_id',
      'r.confirmed_at',
      'r.reminder_count',
      'u.full_name',
      'u.role',
    ])
    .where('r.bulletin_id', '=', bulletinId)
    .orderBy('u.full_name')
    .orderBy('r.user_id')
    .execute();
}

/**
 * Marks the unconfirmed recipients of a bulletin reminded on `day` (skipping those already
 * reminded that day); returns the user ids marked.
 */
export async function markRemindedToday(
  db: Kysely<DB>,
  bulletinId: string,
  day: string,
): Promise<string[]> {
  const rows = await db
    .updateTable('bulletin_recipients')
    .set((eb) => ({ last_reminded_on: day, reminder_count: eb('reminder_count', '+', 1) }))
    .where('bulletin_id', '=', bulletinId)
    .where('confirmed_at', 'is', null)
    .where((eb) => eb.or([eb('last_reminded_on', 'is', null), eb('last_reminded_on', '<', day)]))
    .returning('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/** Bulletins sent before `sentBefore` that still have unconfirmed recipients. */
export async function listBulletinsAwaitingConfirmation(db: Kysely<DB>, sentBefore: Date) {
  return db
    .selectFrom('bulletins as b')
    .innerJoin('offices as o', 'o.id', 'b.author_office_id')
    .select(['b.id', 'b.title', 'b.priority', 'o.time_zone'])
    .where('b.sent_at', '<', sentBefore)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('bulletin_recipients as r')
          .select('r.user_id')
          .whereRef('r.bulletin_id', '=', 'b.id')
          .where('r.confirmed_at', 'is', null),
      ),
    )
    .orderBy('b.sent_at')
    .execute();
}

/** Modus entries by id (any status). */
export async function findModusRows(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('knowledge_modus')
    .select(['id', 'name', 'tppo_type', 'status'])
    .where('id', 'in', ids)
    .execute();
}

/** The status of a stored rule-pack version, or null. */
export async function findRulePackStatus(db: Kysely<DB>, version: string | null) {
  if (version === null) return null;
  const row = await db
    .selectFrom('rule_packs')
    .select('status')
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.status ?? null;
}
