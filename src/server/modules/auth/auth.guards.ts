import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors.ts';
import type { AuthSession } from './session-state.ts';

/** The session the request carries at any stage, or a 401. */
export function requireSession(request: FastifyRequest): AuthSession {
  if (!request.authSession) {
    throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu.', {
      messageEn: 'Please sign in first.',
    });
  }
  return request.authSession;
}

/**
 * A session that may manage its own TOTP: a complete one, or one whose role demands TOTP before
 * anything else. A session still waiting for its code gets a 401 naming the missing step.
 */
export function requireEnrolmentAccess(request: FastifyRequest): AuthSession {
  const session = requireSession(request);
  if (session.stage === 'totp') {
    throw new AppError('second_factor_required', 'Masukkan kode verifikasi terlebih dahulu.', {
      messageEn: 'Enter the verification code first.',
    });
  }
  return session;
}
