import { randomInt } from 'node:crypto';
import type { FieldIssue } from '../../../domain/errors.ts';

/** The shortest password accepted: length beats composition rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = 1024;

/** The problem with a new password for `username`, naming the field `path`; null when fine. */
export function checkNewPassword(
  path: string,
  password: string,
  username: string,
): FieldIssue | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      path,
      message: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      messageEn: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      path,
      message: `Kata sandi maksimal ${MAX_PASSWORD_LENGTH} karakter.`,
      messageEn: `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  }
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    return {
      path,
      message: 'Kata sandi tidak boleh sama dengan nama pengguna.',
      messageEn: 'The password may not equal the username.',
    };
  }
  return null;
}

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password (four groups of four, ~92 bits), shown once to whoever hands it over. */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET[randomInt(ALPHABET.length)] ?? '';
    groups.push(group);
  }
  return groups.join('-');
}
