import { parsePhoneNumber } from 'awesome-phonenumber';

/**
 * Normalises a written phone number to E.164 (`+628123456789`), reading numbers without a country
 * code as Indonesian: 0812-3456-7890, +62 812 3456 7890, 62812..., 0062..., (021) 555-1234 and a
 * mobile number missing its leading 0 all land on one form. Returns null for anything that cannot
 * be a phone number.
 */
export function normalizePhone(text: string, defaultRegion = 'ID'): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /[a-z]/i.test(trimmed.replace(/^(tel|hp|wa)\s*[:.]?/i, ''))) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (digits === '') return null;
  let international = trimmed.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  // "62812..." is how numbers are copied from WhatsApp links: the country code without its plus.
  if (!international && defaultRegion === 'ID' && /^62[1-9]\d{7,12}$/.test(digits)) {
    international = true;
  }
  // Fast path for the common case, an Indonesian mobile number (8xx, 9 to 12 digits after the
  // country code): the full parser costs microseconds per number and watchlists hold millions.
  if (defaultRegion === 'ID') {
    const national = international
      ? digits.startsWith('62')
        ? digits.slice(2)
        : null
      : digits.startsWith('0')
        ? digits.slice(1)
        : digits;
    if (national !== null && /^8[1-9]\d{7,10}$/.test(national)) return `+62${national}`;
  }
  const parsed = international
    ? parsePhoneNumber(`+${digits}`)
    : parsePhoneNumber(digits, { regionCode: defaultRegion });
  if (!parsed.possible && !parsed.valid) return null;
  const e164 = parsed.number?.e164;
  if (e164 === undefined || e164.length < 10 || e164.length > 16) return null;
  return e164;
}
