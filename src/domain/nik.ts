/**
 * NIK (Nomor Induk Kependudukan): 16 digits PP KK CC DD MM YY NNNN. Province, regency and
 * district of first registration; birth day (+40 for women), month and two-digit year; a serial
 * from 0001. There is no checksum, so structure and date are all that can be validated here.
 */

/** A NIK whose structure and encoded birth date are valid. */
export interface ParsedNik {
  ok: true;
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: 'L' | 'P';
  serial: string;
}

/** Why a NIK was rejected: not 16 digits with plausible region digits, no such date, or serial 0000. */
export interface InvalidNik {
  ok: false;
  error: 'format' | 'date' | 'serial';
}

/** One disagreement between what a NIK encodes and what a person states. */
export interface NikContradiction {
  field: 'nik' | 'birthDate' | 'sex';
  nikValue: string;
  statedValue: string;
}

const NIK_SEPARATORS = /[\s.-]/g;

/** Removes the spaces, dots and hyphens people type inside a NIK. */
export function cleanNik(text: string): string {
  return text.replace(NIK_SEPARATORS, '');
}

/**
 * Parses a NIK; the century of the two-digit year is the latest one that does not put the birth
 * after `referenceDate` (default: today), since a NIK is issued to people already born.
 */
export function parseNik(text: string, referenceDate: Date = new Date()): ParsedNik | InvalidNik {
  const nik = cleanNik(text);
  if (!/^\d{16}$/.test(nik)) return { ok: false, error: 'format' };
  const province = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  const district = nik.slice(4, 6);
  if (Number(province) < 11 || regency === '00' || district === '00') {
    return { ok: false, error: 'format' };
  }
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const refYear = referenceDate.getUTCFullYear();
  let year = Math.floor(refYear / 100) * 100 + yy;
  if (!isRealDate(year, month, day)) {
    // 29 February may exist in the other century only.
    year -= 100;
    if (!isRealDate(year, month, day)) return { ok: false, error: 'date' };
  }
  if (Date.UTC(year, month - 1, day) > referenceDate.getTime()) year -= 100;
  if (!isRealDate(year, month, day)) return { ok: false, error: 'date' };
  if (serial === '0000') return { ok: false, error: 'serial' };
  return {
    ok: true,
    nik,
    provinceCode: province,
    regencyCode: `${province}.${regency}`,
    districtCode: `${province}.${regency}.${district}`,
    birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
    sex,
    serial,
  };
}

/**
 * Lists where a NIK disagrees with a stated birth date (YYYY, YYYY-MM or YYYY-MM-DD, compared on
 * the two-digit year because the NIK does not carry the century) or sex; an invalid NIK is one
 * contradiction of field `nik`.
 */
export function checkNikAgainst(
  nik: string,
  stated: { birthDate?: string; sex?: 'L' | 'P' },
  referenceDate: Date = new Date(),
): NikContradiction[] {
  const parsed = parseNik(nik, referenceDate);
  if (!parsed.ok) return [{ field: 'nik', nikValue: nik, statedValue: parsed.error }];
  const found: NikContradiction[] = [];
  if (stated.birthDate !== undefined) {
    const parts = stated.birthDate.split('-');
    const [year, month, day] = parts;
    const [, nikMonth, nikDay] = parsed.birthDate.split('-');
    const conflict =
      (year !== undefined && year.slice(-2) !== parsed.birthDate.slice(2, 4)) ||
      (month !== undefined && month !== nikMonth) ||
      (day !== undefined && day !== nikDay);
    if (conflict) {
      found.push({ field: 'birthDate', nikValue: parsed.birthDate, statedValue: stated.birthDate });
    }
  }
  if (stated.sex !== undefined && stated.sex !== parsed.sex) {
    found.push({ field: 'sex', nikValue: parsed.sex, statedValue: stated.sex });
  }
  return found;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
