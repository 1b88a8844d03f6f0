import type { Kysely } from 'kysely';
import type { DB, SessionsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import { USER_OFFICE_COLUMNS, type UserWithOffice } from '../users/users.repository.ts';

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

/** What the session check needs of a stored session. */
export type SessionCheck = Pick<
  SessionRow,
  | 'id'
  | 'user_id'
  | 'csrf_token'
  | 'second_factor_done'
  | 'created_at'
  | 'last_seen_at'
  | 'expires_at'
>;

/**
 * The session with this id (the hashed token) and its user with the user's office, in one
 * statement: every API request runs this. A session always has its user (ON DELETE CASCADE).
 */
export async function findSessionWithUser(
  db: Kysely<DB>,
  id: string,
): Promise<{ session: SessionCheck; user: UserWithOffice } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('offices', 'offices.id', 'users.office_id')
    .selectAll('users')
    .select(USER_OFFICE_COLUMNS)
    .select([
      'sessions.csrf_token as session_csrf_token',
      'sessions.second_factor_done as session_second_factor_done',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    session_csrf_token,
    session_second_factor_done,
    session_created_at,
    session_last_seen_at,
    session_expires_at,
    ...user
  } = row;
  return {
    session: {
      id,
      user_id: user.id,
      csrf_token: session_csrf_token,
      second_factor_done: session_second_factor_done,
      created_at: session_created_at,
      last_seen_at: session_last_seen_at,
      expires_at: session_expires_at,
    },
    user,
  };
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
