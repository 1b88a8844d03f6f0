import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../deps.ts';
import { deleteSession, findSessionWithUser, touchSession } from './session.repository.ts';
import { actorFromUser, hasKnownRole, sessionStage, type AuthSession } from './session-state.ts';
import { hashSessionToken, secretsEqual, SESSION_COOKIE } from './session-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session the request carries at any stage (pending ones included); null if none. */
    authSession: AuthSession | null;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// A temporary password (set by an administrator) opens only the way to replace it.
const OPEN_WHILE_PASSWORD_TEMPORARY = new Set([
  'GET /api/auth/session',
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-in',
  'POST /api/account/password',
  'PUT /api/account/language',
]);

function routeKey(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

// Sliding the deadline on every request would turn every read into a write.
const SLIDE_EVERY_MS = 60_000;

/** When a session opened at sign-in time `signedInAt` ends, however active it is. */
export function absoluteDeadline(deps: AppDeps, signedInAt: Date): Date {
  return new Date(signedInAt.getTime() + deps.config.sessionMaxHours * 3_600_000);
}

/**
 * The deadline of a session seen at `now`: the idle deadline, but never past the absolute one,
 * so `expires_at` alone tells whether a session is over.
 */
export function sessionDeadline(deps: AppDeps, now: Date, signedInAt: Date): Date {
  const idle = now.getTime() + deps.config.sessionIdleMinutes * 60_000;
  return new Date(Math.min(idle, absoluteDeadline(deps, signedInAt).getTime()));
}

/** Cookie options: HttpOnly, SameSite=Strict, whole site, Secure over https. */
export function sessionCookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: request.protocol === 'https',
  };
}

async function loadSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (!request.url.startsWith('/api/')) return;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const db = deps.database.db;
  const id = hashSessionToken(token);
  const now = deps.clock();
  const found = await findSessionWithUser(db, id);
  const session = found?.session;
  const user = found?.user;
  const over =
    !session ||
    session.expires_at <= now ||
    // Checked on its own too, in case the lifetime was shortened after the session opened.
    absoluteDeadline(deps, session.created_at) <= now;
  if (over || !user || user.disabled || !hasKnownRole(user)) {
    if (session) await deleteSession(db, id);
    // A stale cookie is anonymous: sign-in must still work for its holder.
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    return;
  }
  if (STATE_CHANGING.has(request.method)) {
    const given = request.headers['x-csrf-token'];
    if (typeof given !== 'string' || !secretsEqual(given, session.csrf_token)) {
      throw new AppError('csrf', 'Token CSRF tidak ada atau tidak cocok; muat ulang halaman.', {
        messageEn: 'The CSRF token is missing or does not match; reload the page.',
      });
    }
  }
  if (now.getTime() - session.last_seen_at.getTime() >= SLIDE_EVERY_MS) {
    await touchSession(db, id, now, sessionDeadline(deps, now, session.created_at));
  }
  const stage = sessionStage(session.second_factor_done, user);
  request.authSession = {
    id,
    stage,
    csrfToken: session.csrf_token,
    user,
    signedInAt: session.created_at,
  };
  if (stage === 'complete') {
    if (user.must_change_password && !OPEN_WHILE_PASSWORD_TEMPORARY.has(routeKey(request))) {
      throw new AppError('forbidden', 'Ganti kata sandi sementara Anda terlebih dahulu.', {
        messageEn: 'Change your temporary password first.',
        reason: 'password_change_required',
      });
    }
    request.actor = actorFromUser(user, request.id);
    request.sessionId = id;
  }
}

/**
 * Registers the hook that turns the session cookie into `request.actor`: idle and absolute
 * expiry, disabled
 * users, the second-factor stage, and the CSRF check of every state-changing request.
 */
export function registerSessionHook(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', async (request, reply) => {
    await loadSession(deps, request, reply);
  });
}
