import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The name of the session cookie; the web app never reads it (HttpOnly). */
export const SESSION_COOKIE = 'waspada_session';

/** A fresh opaque session token (256 bits, base64url) for the cookie. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A fresh CSRF token, echoed by the web app in `x-csrf-token`. */
export function createCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The session id stored in the database: the SHA-256 of the cookie token, so a copy of the
 * sessions table cannot be replayed as cookies.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two secrets in constant time, whatever their lengths. */
export function secretsEqual(given: string, expected: string): boolean {
  // Hashing first gives equal-length inputs, so the length of the secret does not leak either.
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
