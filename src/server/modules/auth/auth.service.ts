import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { ROLE_DEFINITIONS, type RoleId } from '../../../domain/permissions.ts';
import type { SystemActor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  findUserByUsername,
  incrementFailedAttempts,
  claimTotpStep,
  updateUser,
  type UserWithOffice,
} from '../users/users.repository.ts';
import { formatInOfficeZone, lockDurationMs } from './lockout.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { deleteExpiredUserSessions, deleteSession, insertSession } from './session.repository.ts';
import {
  actorFromUser,
  hasKnownRole,
  sessionStage,
  toSessionView,
  type AuthSession,
  type SessionView,
} from './session-state.ts';
import { sessionDeadline } from './session.hook.ts';
import { createCsrfToken, createSessionToken, hashSessionToken } from './session-token.ts';
import { checkTotpCode } from './totp.ts';
import { recordUnknownUsernameFailure, unknownUsernameLock } from './unknown-user-lockout.ts';

/** What the HTTP layer knows about the caller. */
export interface RequestInfo {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The hashed token of the cookie the request carried, valid or not. */
  carriedSessionId: string | null;
}

/** A new session: the raw token for the cookie and what the web app is told. */
export interface IssuedSession {
  token: string;
  view: SessionView;
}

type KnownUser = UserWithOffice & { role: RoleId };

// Unknown usernames are checked against this hash so they cost what a known one costs.
const DUMMY_HASH = hashPassword(randomBytes(18).toString('base64url'));

/** Every refused sign-in takes at least this long (well above the work of any refusal). */
export const FAILED_SIGN_IN_FLOOR_MS = 250;

function gate(info: RequestInfo): SystemActor {
  return { system: true, name: 'sign-in', requestId: info.requestId };
}

function badCredentials(): AppError {
  return new AppError('unauthenticated', 'Nama pengguna atau kata sandi salah.', {
    messageEn: 'Wrong username or password.',
  });
}

function lockedUntil(until: Date, zone: KnownUser['office_time_zone']): AppError {
  const local = formatInOfficeZone(until, zone);
  return new AppError('locked', `Akun terkunci sampai ${local}.`, {
    messageEn: `The account is locked until ${local}.`,
    lockedUntil: until.toISOString(),
    lockedUntilLocal: local,
  });
}

/** A lock met once the password is proved (the TOTP step): in the office's own zone. */
function lockedError(user: KnownUser, until: Date): AppError {
  return lockedUntil(until, user.office_time_zone);
}

/**
 * A lock met at the password step reads in WIB for every username, existing or not: the
 * account's office zone would tell a stranger that the account exists and where it works.
 */
function signInLocked(until: Date): AppError {
  return lockedUntil(until, 'Asia/Jakarta');
}

function isLocked(
  user: UserWithOffice,
  now: Date,
): user is UserWithOffice & { locked_until: Date } {
  return user.locked_until !== null && user.locked_until > now;
}

/**
 * Counts one failure (a wrong password or TOTP code) inside `trx`, locking the account once the
 * threshold is reached; returns the lock's end when this failure locked it.
 */
async function recordFailure(
  trx: Kysely<DB>,
  deps: AppDeps,
  info: RequestInfo,
  user: KnownUser,
  action: string,
  details: Record<string, unknown>,
): Promise<Date | null> {
  const now = deps.clock();
  const failures = await incrementFailedAttempts(trx, user.id);
  const base = { targetType: 'user', targetId: user.id, officeId: user.office_id };
  await appendAudit(
    trx,
    gate(info),
    { ...base, action, details: { ...details, failures, ip: info.ip } },
    deps.clock,
  );
  const lockMs = lockDurationMs(failures);
  if (lockMs === 0) return null;
  const until = new Date(now.getTime() + lockMs);
  await updateUser(trx, user.id, { locked_until: until }, now);
  await appendAudit(
    trx,
    gate(info),
    {
      ...base,
      action: 'auth.locked',
      details: { failures, lockedUntil: until.toISOString(), minutes: lockMs / 60_000 },
    },
    deps.clock,
  );
  return until;
}

async function issueSession(
  trx: Kysely<DB>,
  deps: AppDeps,
  info: RequestInfo,
  user: KnownUser,
  secondFactorDone: boolean,
  signedInAt?: Date,
): Promise<IssuedSession> {
  const now = deps.clock();
  const since = signedInAt ?? now;
  const token = createSessionToken();
  const csrfToken = createCsrfToken();
  if (info.carriedSessionId) await deleteSession(trx, info.carriedSessionId);
  await deleteExpiredUserSessions(trx, user.id, now);
  await insertSession(trx, {
    id: hashSessionToken(token),
    userId: user.id,
    csrfToken,
    secondFactorDone,
    now,
    signedInAt: since,
    expiresAt: sessionDeadline(deps, now, since),
    ip: info.ip,
    userAgent: info.userAgent?.slice(0, 300) ?? null,
  });
  return { token, view: toSessionView(user, csrfToken, sessionStage(secondFactorDone, user)) };
}

/**
 * Checks a username and password and opens a new session (the one the request carried is
 * dropped). Unknown usernames cost the same, read the same and lock the same as a wrong
 * password (counted per username); a locked account is refused even with the right password,
 * naming when it opens.
 */
export async function signIn(
  deps: AppDeps,
  info: RequestInfo,
  usernameGiven: string,
  password: string,
): Promise<IssuedSession> {
  const started = performance.now();
  try {
    return await checkCredentials(deps, info, usernameGiven, password);
  } catch (error) {
    // A wrong password writes more (counter, maybe a lock) than an unknown name: every refusal
    // waits until the same floor, so response times do not tell which usernames exist.
    const wait = started + FAILED_SIGN_IN_FLOOR_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    throw error;
  }
}

async function checkCredentials(
  deps: AppDeps,
  info: RequestInfo,
  usernameGiven: string,
  password: string,
): Promise<IssuedSession> {
  const db = deps.database.db;
  const username = usernameGiven.trim().toLowerCase();
  const found = await findUserByUsername(db, username);
  if (!found || !hasKnownRole(found)) {
    // The same steps as a known account: hash check, lock check, counted failure, back-off.
    await verifyPassword(await DUMMY_HASH, password);
    const locked = await unknownUsernameLock(db, username, deps.clock());
    if (locked) {
      await appendAudit(
        db,
        gate(info),
        {
          action: 'auth.sign_in_failed',
          officeId: null,
          details: { username, reason: 'locked', unknownUser: true, ip: info.ip },
        },
        deps.clock,
      );
      throw signInLocked(locked);
    }
    const lockedNow = await db
      .transaction()
      .execute((trx) => recordUnknownUsernameFailure(trx, deps, gate(info), info.ip, username));
    if (lockedNow) throw signInLocked(lockedNow);
    throw badCredentials();
  }
  const user = found;
  const passwordOk = await verifyPassword(user.password_hash, password);
  const base = { targetType: 'user', targetId: user.id, officeId: user.office_id };
  if (isLocked(user, deps.clock())) {
    await appendAudit(
      db,
      gate(info),
      {
        ...base,
        action: 'auth.sign_in_failed',
        details: { username, reason: 'locked', ip: info.ip },
      },
      deps.clock,
    );
    throw signInLocked(user.locked_until);
  }
  if (!passwordOk) {
    const lockedUntil = await db.transaction().execute((trx) =>
      recordFailure(trx, deps, info, user, 'auth.sign_in_failed', {
        username,
        reason: 'wrong_password',
      }),
    );
    if (lockedUntil) throw signInLocked(lockedUntil);
    throw badCredentials();
  }
  if (user.disabled) {
    await appendAudit(
      db,
      gate(info),
      {
        ...base,
        action: 'auth.sign_in_failed',
        details: { username, reason: 'disabled', ip: info.ip },
      },
      deps.clock,
    );
    throw new AppError('forbidden', 'Akun ini dinonaktifkan. Hubungi administrator.', {
      messageEn: 'This account is disabled. Contact an administrator.',
    });
  }
  const secondFactorDone = user.totp_secret === null && !ROLE_DEFINITIONS[user.role].requiresTotp;
  return db.transaction().execute(async (trx) => {
    const now = deps.clock();
    if (user.failed_attempts !== 0 || user.locked_until !== null) {
      await updateUser(trx, user.id, { failed_attempts: 0, locked_until: null }, now);
    }
    const issued = await issueSession(trx, deps, info, user, secondFactorDone);
    await appendAudit(
      trx,
      actorFromUser(user, info.requestId),
      {
        ...base,
        action: 'auth.sign_in',
        details: {
          ip: info.ip,
          secondFactorRequired: issued.view.secondFactorRequired,
          totpEnrolmentRequired: issued.view.totpEnrolmentRequired,
        },
      },
      deps.clock,
    );
    return issued;
  });
}

/**
 * Completes a session that waits for its TOTP code. A code of a step already used is refused,
 * and wrong codes count toward the lockout like wrong passwords. On success the pending session
 * is replaced by a new one (new token), so a token seen before the second factor is worthless.
 */
export async function verifySecondFactor(
  deps: AppDeps,
  info: RequestInfo,
  session: AuthSession,
  code: string,
): Promise<IssuedSession> {
  const db = deps.database.db;
  const user = session.user;
  if (session.stage !== 'totp' || user.totp_secret === null) {
    throw new AppError('conflict', 'Sesi ini tidak menunggu kode verifikasi.', {
      messageEn: 'This session is not waiting for a verification code.',
    });
  }
  const now = deps.clock();
  if (isLocked(user, now)) throw lockedError(user, user.locked_until);
  const check = checkTotpCode(user.totp_secret, code, now, user.totp_last_step);
  const claimed = check.ok && (await claimTotpStep(db, user.id, check.step));
  const base = { targetType: 'user', targetId: user.id, officeId: user.office_id };
  if (!claimed) {
    const reason = check.ok ? 'replayed' : check.reason;
    const lockedUntil = await db
      .transaction()
      .execute((trx) => recordFailure(trx, deps, info, user, 'auth.totp_failed', { reason }));
    if (lockedUntil) throw lockedError(user, lockedUntil);
    throw wrongCode(reason);
  }
  return db.transaction().execute(async (trx) => {
    if (user.failed_attempts !== 0) {
      await updateUser(trx, user.id, { failed_attempts: 0 }, now);
    }
    const issued = await issueSession(
      trx,
      deps,
      { ...info, carriedSessionId: session.id },
      user,
      true,
      session.signedInAt,
    );
    await appendAudit(
      trx,
      actorFromUser(user, info.requestId),
      { ...base, action: 'auth.totp_verified', details: { ip: info.ip } },
      deps.clock,
    );
    return issued;
  });
}

/** The 400 for a refused TOTP code, naming the `code` field. */
export function wrongCode(reason: 'wrong_code' | 'replayed'): AppError {
  const [id, en] =
    reason === 'replayed'
      ? [
          'Kode ini sudah dipakai; tunggu kode berikutnya.',
          'This code was already used; wait for the next one.',
        ]
      : ['Kode verifikasi salah.', 'Wrong verification code.'];
  return new AppError('validation', id, {
    messageEn: en,
    reason,
    issues: [{ path: 'code', message: id, messageEn: en }],
  });
}

/**
 * Replaces an enrolment-stage session by a complete one once the user has proved the new
 * second factor (used by TOTP confirmation).
 */
export async function completeEnrolledSession(
  trx: Kysely<DB>,
  deps: AppDeps,
  info: RequestInfo,
  user: KnownUser,
  session: Pick<AuthSession, 'id' | 'signedInAt'>,
): Promise<IssuedSession> {
  return issueSession(
    trx,
    deps,
    { ...info, carriedSessionId: session.id },
    user,
    true,
    session.signedInAt,
  );
}

/** Ends the request's session, whatever its stage. */
export async function signOut(
  deps: AppDeps,
  info: RequestInfo,
  session: AuthSession,
): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.id);
    await appendAudit(
      trx,
      actorFromUser(session.user, info.requestId),
      {
        action: 'auth.sign_out',
        targetType: 'user',
        targetId: session.user.id,
        details: { stage: session.stage },
      },
      deps.clock,
    );
  });
}
