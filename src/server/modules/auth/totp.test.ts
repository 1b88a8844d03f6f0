import { describe, expect, it } from 'vitest';
import { checkTotpCode, currentTotpCode, newTotpSecret, totpStepAt } from './totp.ts';

describe('checkTotpCode', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-25T03:00:10Z');
  const code = currentTotpCode(secret, now);

  it('accepts the current code and names its step', () => {
    expect(checkTotpCode(secret, code, now, null)).toEqual({ ok: true, step: totpStepAt(now) });
  });

  it('accepts a code one step old or one step ahead, but not two', () => {
    expect(checkTotpCode(secret, code, new Date(now.getTime() + 30_000), null).ok).toBe(true);
    expect(checkTotpCode(secret, code, new Date(now.getTime() - 30_000), null).ok).toBe(true);
    expect(checkTotpCode(secret, code, new Date(now.getTime() + 60_000), null)).toEqual({
      ok: false,
      reason: 'wrong_code',
    });
  });

  it('refuses a code whose step was already used, and any older one', () => {
    const step = totpStepAt(now);
    expect(checkTotpCode(secret, code, now, step)).toEqual({ ok: false, reason: 'replayed' });
    const older = currentTotpCode(secret, new Date(now.getTime() - 30_000));
    expect(checkTotpCode(secret, older, now, step)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses malformed codes without throwing', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 12345']) {
      expect(checkTotpCode(secret, bad, now, null)).toEqual({ ok: false, reason: 'wrong_code' });
    }
  });
});
