import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

/** The issuer shown in authenticator apps. */
const ISSUER = 'Waspada';
const PERIOD_SECONDS = 30;

/** A new base32 TOTP secret (160 bits). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app scans. */
export function buildOtpauthUri(secret: string, username: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret });
}

/** The 6-digit code of `secret` at `now`. */
export function currentTotpCode(secret: string, now: Date): string {
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

/** The time step (30-second counter) that contains `now`. */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The outcome of checking a code: the step it belongs to, or why it was refused. */
export type TotpCheck =
  { ok: true; step: number } | { ok: false; reason: 'wrong_code' | 'replayed' };

/**
 * Checks a code against `secret` at `now`, accepting the neighbouring step on either side for
 * clock drift, and refusing a code whose step is not after `lastStep` (a replay, or an older
 * code captured after a newer one was used).
 */
export function checkTotpCode(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): TotpCheck {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong_code' };
  let result;
  try {
    result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: PERIOD_SECONDS,
    });
  } catch {
    return { ok: false, reason: 'wrong_code' };
  }
  if (!result.valid || !('timeStep' in result)) return { ok: false, reason: 'wrong_code' };
  if (lastStep !== null && result.timeStep <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step: result.timeStep };
}
