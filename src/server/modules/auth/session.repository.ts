import type { Kysely } from 'kysely';
import type { DB, SessionsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

/** One stored session. */
export type SessionRow = Selectable<SessionsTable>;

/** A new session row. */
export interface NewSession {
  id: string;
  userId: string;
  csrfToken: string;
  secondFactorDone: boolean;
  now: Date;
  /** Sign-in time, kept when a pending session is replaced after its second factor. */
  signedInAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** Stores a session. */
export async function insertSession(db: Kysely<DB>, s: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      second_factor_done: s.secondFactorDone,
      created_at: s.signedInAt,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/** The session with this id (the hashed token). */
export async function findSession(db: Kysely<DB>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a session's idle deadline forward. */
export async function touchSession(
  db: Kysely<DB>,
  id: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user except `keepId`; returns how many ended. */
export async function deleteUserSessions(
  db: Kysely<DB>,
  userId: string,
  keepId: string | null = null,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '<>', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Drops a user's sessions whose idle deadline has passed (housekeeping at sign-in). */
export async function deleteExpiredUserSessions(
  db: Kysely<DB>,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', now)
    .execute();
}
