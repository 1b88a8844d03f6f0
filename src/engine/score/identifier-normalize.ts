import { cleanNik } from '../../domain/nik.ts';
import { normalizePhone } from '../../domain/phone.ts';

/** Reduces a NIK to its digits; null when it is not 16 digits (a NIK typed wrong is not a key). */
export function nikKey(text: string | undefined): string | null {
  if (text === undefined) return null;
  const nik = cleanNik(text);
  return /^\d{16}$/.test(nik) ? nik : null;
}

/** Reduces a passport or registration number to upper-case letters and digits. */
export function documentKey(text: string | undefined): string | null {
  if (text === undefined) return null;
  const key = text
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return key.length >= 3 ? key : null;
}

/** Reduces a phone number to E.164; null when it is not one. */
export function phoneKey(text: string | undefined): string | null {
  return text === undefined ? null : normalizePhone(text);
}

/** Lists the NIKs one typo away (one digit changed, or two neighbours swapped). */
export function nikTypoVariants(nik: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < nik.length; i++) {
    for (let digit = 0; digit <= 9; digit++) {
      const d = String(digit);
      if (d !== nik[i]) variants.push(nik.slice(0, i) + d + nik.slice(i + 1));
    }
    if (i + 1 < nik.length && nik[i] !== nik[i + 1]) {
      variants.push(nik.slice(0, i) + (nik[i + 1] ?? '') + (nik[i] ?? '') + nik.slice(i + 2));
    }
  }
  return variants;
}
