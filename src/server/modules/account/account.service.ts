import QRCode from 'qrcode';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  completeEnrolledSession,
  wrongCode,
  type IssuedSession,
  type RequestInfo,
} from '../auth/auth.service.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { checkNewPassword } from '../auth/password-policy.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import {
  actorFromUser,
  toSessionView,
  type AuthSession,
  type SessionView,
} from '../auth/session-state.ts';
import { buildOtpauthUri, checkTotpCode, newTotpSecret } from '../auth/totp.ts';
import { claimPendingTotpSecret, findUserById, updateUser } from '../users/users.repository.ts';

async function loadSelf(deps: AppDeps, userId: string) {
  const user = await findUserById(deps.database.db, userId);
  // The session hook loaded this user a moment ago; a vanished row means it was just deleted.
  if (!user) {
    throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu.', {
      messageEn: 'Please sign in first.',
    });
  }
  return user;
}

/**
 * Changes the signed-in user's own password: the current one must be right, the new one must
 * pass the policy and differ from the current. Clears the must-change flag, keeps this session
 * and signs out every other one.
 */
export async function changeOwnPassword(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<{ sessionsEnded: number }> {
  const user = await loadSelf(deps, actor.userId);
  const db = deps.database.db;
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    await appendAudit(
      db,
      actor,
      {
        action: 'account.password_change_failed',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'wrong_current_password' },
      },
      deps.clock,
    );
    const message = 'Kata sandi saat ini salah.';
    const messageEn = 'The current password is wrong.';
    throw new AppError('validation', message, {
      messageEn,
      issues: [{ path: 'currentPassword', message, messageEn }],
    });
  }
  const problem =
    checkNewPassword('newPassword', newPassword, user.username) ??
    (newPassword === currentPassword
      ? {
          path: 'newPassword',
          message: 'Kata sandi baru harus berbeda dari yang sekarang.',
          messageEn: 'The new password must differ from the current one.',
        }
      : null);
  if (problem) {
    throw new AppError('validation', problem.message, {
      messageEn: problem.messageEn,
      issues: [problem],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock();
  return db.transaction().execute(async (trx) => {
    await updateUser(
      trx,
      user.id,
      { password_hash: passwordHash, password_changed_at: now, must_change_password: false },
      now,
    );
    const sessionsEnded = await deleteUserSessions(trx, user.id, sessionId);
    await appendAudit(
      trx,
      actor,
      {
        action: 'account.password_changed',
        targetType: 'user',
        targetId: user.id,
        details: { sessionsEnded, wasTemporary: user.must_change_password },
      },
      deps.clock,
    );
    return { sessionsEnded };
  });
}

/**
 * Starts TOTP enrolment: a new secret is kept as pending until a code from it is confirmed, so
 * an abandoned enrolment never changes how the user signs in. A start while a secret is pending
 * shows that secret again, so the secret on screen is always the one a code is checked against.
 */
export async function startTotpEnrolment(
  deps: AppDeps,
  session: AuthSession,
  requestId: string,
): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  const user = session.user;
  if (user.totp_secret !== null) {
    throw new AppError('conflict', 'Verifikasi dua langkah sudah aktif.', {
      messageEn: 'Two-step verification is already enabled.',
    });
  }
  const secret = await deps.database.db.transaction().execute(async (trx) => {
    const pending = await claimPendingTotpSecret(trx, user.id, newTotpSecret(), deps.clock());
    await appendAudit(
      trx,
      actorFromUser(user, requestId),
      {
        action: 'account.totp_enrol_started',
        targetType: 'user',
        targetId: user.id,
        details: { newSecret: pending.created },
      },
      deps.clock,
    );
    return pending.secret;
  });
  const otpauthUri = buildOtpauthUri(secret, user.username);
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Confirms TOTP enrolment with a code from the pending secret. A session that was held at the
 * enrolment step becomes a complete one under a new token (returned for the cookie).
 */
export async function confirmTotpEnrolment(
  deps: AppDeps,
  info: RequestInfo,
  session: AuthSession,
  code: string,
): Promise<{ view: SessionView; issued: IssuedSession | null }> {
  const user = await loadSelf(deps, session.user.id);
  const actor = actorFromUser(session.user, info.requestId);
  const db = deps.database.db;
  if (user.totp_secret !== null) {
    throw new AppError('conflict', 'Verifikasi dua langkah sudah aktif.', {
      messageEn: 'Two-step verification is already enabled.',
    });
  }
  if (user.totp_pending_secret === null) {
    throw new AppError('conflict', 'Mulai pendaftaran verifikasi dua langkah terlebih dahulu.', {
      messageEn: 'Start two-step verification enrolment first.',
    });
  }
  const now = deps.clock();
  const check = checkTotpCode(user.totp_pending_secret, code, now, null);
  if (!check.ok) {
    await appendAudit(
      db,
      actor,
      {
        action: 'account.totp_enrol_failed',
        targetType: 'user',
        targetId: user.id,
        details: { reason: check.reason },
      },
      deps.clock,
    );
    throw wrongCode(check.reason);
  }
  const secret = user.totp_pending_secret;
  return db.transaction().execute(async (trx) => {
    await updateUser(
      trx,
      user.id,
      { totp_secret: secret, totp_pending_secret: null, totp_last_step: check.step },
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'account.totp_enabled', targetType: 'user', targetId: user.id },
      deps.clock,
    );
    const enrolled = { ...session.user, totp_secret: secret, totp_pending_secret: null };
    if (session.stage === 'enrol') {
      const issued = await completeEnrolledSession(trx, deps, info, enrolled, session);
      return { view: issued.view, issued };
    }
    return { view: toSessionView(enrolled, session.csrfToken, 'complete'), issued: null };
  });
}

/** Sets the signed-in user's language for the UI and messages. */
export async function setOwnLanguage(
  deps: AppDeps,
  actor: Actor,
  language: 'id' | 'en',
): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    await updateUser(trx, actor.userId, { language }, deps.clock());
    await appendAudit(
      trx,
      actor,
      {
        action: 'account.language_changed',
        targetType: 'user',
        targetId: actor.userId,
        details: { from: actor.language, to: language },
      },
      deps.clock,
    );
  });
}
