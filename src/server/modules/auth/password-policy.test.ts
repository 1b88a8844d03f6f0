import { describe, expect, it } from 'vitest';
import { checkNewPassword, generateTemporaryPassword } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['short', 'abc', 'budi', /minimal 12/],
    ['the username', 'budi.santoso1', 'budi.santoso1', /nama pengguna/],
    ['the username in capitals', 'BUDI.SANTOSO1', 'budi.santoso1', /nama pengguna/],
  ])('refuses a password that is %s', (_case, password, username, message) => {
    expect(checkNewPassword('newPassword', password, username)?.message).toMatch(message);
  });

  it('accepts a long passphrase and counts characters, not bytes', () => {
    expect(checkNewPassword('p', 'kopi tubruk pagi hari', 'budi')).toBeNull();
    expect(checkNewPassword('p', 'ééééééééééé', 'budi')).not.toBeNull();
  });

  it('generates temporary passwords that pass the policy and differ each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
      expect(checkNewPassword('p', p, 'someone')).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
