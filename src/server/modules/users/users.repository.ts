import { sql, type Kysely } from 'kysely';
import type { DB, NewUser, OfficeRow, UserRow } from '../../db/schema.ts';

/** A user with the office fields every view of a user shows. */
export type UserWithOffice = UserRow & {
  office_name: string;
  office_kind: OfficeRow['kind'];
  office_code: string;
  office_time_zone: OfficeRow['time_zone'];
};

/**
 * The office columns of a `UserWithOffice`, for a query that joins `offices` on the user's
 * office (`.innerJoin('offices', 'offices.id', 'users.office_id')`).
 */
export const USER_OFFICE_COLUMNS = [
  'offices.name as office_name',
  'offices.kind as office_kind',
  'offices.code as office_code',
  'offices.time_zone as office_time_zone',
] as const;

function selectUsersWithOffice(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .innerJoin('offices', 'offices.id', 'users.office_id')
    .selectAll('users')
    .select(USER_OFFICE_COLUMNS);
}

/** The user with this username, with its office. */
export async function findUserByUsername(
  db: Kysely<DB>,
  username: string,
): Promise<UserWithOffice | undefined> {
  return selectUsersWithOffice(db).where('users.username', '=', username).executeTakeFirst();
}

/** The user with this id, with its office. */
export async function findUserById(
  db: Kysely<DB>,
  id: string,
): Promise<UserWithOffice | undefined> {
  return selectUsersWithOffice(db).where('users.id', '=', id).executeTakeFirst();
}

/** Filters for listing users; `officeIds` restricts to the caller's scope when given. */
export interface UserListFilter {
  officeIds?: readonly string[];
  officeId?: string;
  role?: string;
}

/** Users matching the filter, by office code then username. */
export async function listUsers(db: Kysely<DB>, filter: UserListFilter): Promise<UserWithOffice[]> {
  let query = selectUsersWithOffice(db);
  if (filter.officeIds) {
    if (filter.officeIds.length === 0) return [];
    query = query.where('users.office_id', 'in', filter.officeIds);
  }
  if (filter.officeId) query = query.where('users.office_id', '=', filter.officeId);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  return query.orderBy('offices.code').orderBy('users.username').execute();
}

/** Inserts a user and returns its id. */
export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<string> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The columns of a user that administration and the account pages change. */
export type UserChanges = Partial<
  Pick<
    UserRow,
    | 'full_name'
    | 'email'
    | 'role'
    | 'office_id'
    | 'disabled'
    | 'scope_level'
    | 'password_hash'
    | 'must_change_password'
    | 'password_changed_at'
    | 'failed_attempts'
    | 'locked_until'
    | 'language'
    | 'totp_secret'
    | 'totp_pending_secret'
    | 'totp_last_step'
  >
>;

/** Applies changes to a user, stamping `updated_at`. */
export async function updateUser(
  db: Kysely<DB>,
  id: string,
  changes: UserChanges,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Keeps `candidate` as the user's pending TOTP secret unless one is pending already, and returns
 * the pending secret either way. Two enrolment starts at once (a page mounted twice) therefore
 * show the same secret, whichever commits first.
 */
export async function claimPendingTotpSecret(
  db: Kysely<DB>,
  id: string,
  candidate: string,
  now: Date,
): Promise<{ secret: string; created: boolean }> {
  const set = await db
    .updateTable('users')
    .set({ totp_pending_secret: candidate, updated_at: now })
    .where('id', '=', id)
    .where('totp_pending_secret', 'is', null)
    .returning('totp_pending_secret')
    .executeTakeFirst();
  if (set?.totp_pending_secret) return { secret: set.totp_pending_secret, created: true };
  const row = await db
    .selectFrom('users')
    .select('totp_pending_secret')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  if (row.totp_pending_secret === null) throw new Error('pending TOTP secret vanished');
  return { secret: row.totp_pending_secret, created: false };
}

/** Counts one more failed sign-in and returns the new count. */
export async function incrementFailedAttempts(db: Kysely<DB>, id: string): Promise<number> {
  const row = await db
    .updateTable('users')
    .set({ failed_attempts: sql<number>`failed_attempts + 1` })
    .where('id', '=', id)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();
  return row.failed_attempts;
}

/**
 * Records the TOTP step just used, only if it is newer than the stored one; false when another
 * request used this step (or a later one) first.
 */
export async function claimTotpStep(db: Kysely<DB>, id: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The number of enabled administrators, for the rule that one must always remain. */
export async function countActiveAdministrators(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The office with this id (only the fields user administration needs). */
export async function findOfficeById(
  db: Kysely<DB>,
  id: string,
): Promise<Pick<OfficeRow, 'id' | 'code' | 'kind' | 'parent_id' | 'name'> | undefined> {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'kind', 'parent_id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The office with this code, case-insensitively (the CLI names offices by code). */
export async function findOfficeByCode(
  db: Kysely<DB>,
  code: string,
): Promise<Pick<OfficeRow, 'id' | 'code' | 'name'> | undefined> {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'name'])
    .where(sql`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
}

/** The office and every office below it, at any depth. */
export async function listOfficeTreeIds(db: Kysely<DB>, rootId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM offices WHERE id = ${rootId}
      UNION
      SELECT o.id FROM offices o JOIN tree t ON o.parent_id = t.id
    )
    SELECT id FROM tree`.execute(db);
  return result.rows.map((r) => r.id);
}

/** The Kanwil an office belongs to (itself for a Kanwil), or undefined when it has none. */
export async function findKanwilOf(db: Kysely<DB>, officeId: string): Promise<string | undefined> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE up(id, parent_id, kind, depth) AS (
      SELECT id, parent_id, kind, 0 FROM offices WHERE id = ${officeId}
      UNION ALL
      SELECT o.id, o.parent_id, o.kind, up.depth + 1 FROM offices o JOIN up ON o.id = up.parent_id
      WHERE up.depth < 10
    )
    SELECT id FROM up WHERE kind = 'kanwil' ORDER BY depth LIMIT 1`.execute(db);
  return result.rows[0]?.id;
}
