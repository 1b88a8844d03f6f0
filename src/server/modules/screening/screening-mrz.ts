import { parse } from 'mrz';
import type { FieldIssue } from '../../../domain/errors.ts';

/** What a passport's machine-readable zone says, in the form's terms. */
export interface MrzReading {
  /** Given names then surname, as on the MRZ (spaces between tokens). */
  name: string;
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  passportNumber: string | null;
  issuingState: string | null;
}

const FIELD_LABELS: Record<string, { id: string; en: string }> = {
  documentNumberCheckDigit: { id: 'nomor paspor', en: 'passport number' },
  birthDateCheckDigit: { id: 'tanggal lahir', en: 'birth date' },
  expirationDateCheckDigit: { id: 'tanggal habis berlaku', en: 'expiry date' },
  personalNumberCheckDigit: { id: 'nomor pribadi', en: 'personal number' },
  compositeCheckDigit: { id: 'gabungan', en: 'composite' },
};

function mrzIssue(message: string, messageEn: string): FieldIssue {
  return { path: 'document.mrz', message, messageEn };
}

/** Splits a scanned MRZ into its lines: by line breaks, or a run of 88 characters in two. */
function splitLines(text: string): string[] {
  const lines = text
    .toUpperCase()
    .split(/\r?\n/)
    .map((l) => l.replace(/\s/g, ''))
    .filter((l) => l !== '');
  if (lines.length === 1 && lines[0]?.length === 88)
    return [lines[0].slice(0, 44), lines[0].slice(44)];
  return lines;
}

/** YYMMDD to YYYY-MM-DD, in the latest century that does not put it after `reference`. */
function mrzBirthDate(yymmdd: string | null | undefined, reference: Date): string | null {
  if (!yymmdd || !/^\d{6}$/.test(yymmdd)) return null;
  const yy = Number(yymmdd.slice(0, 2));
  const mm = yymmdd.slice(2, 4);
  const dd = yymmdd.slice(4, 6);
  let year = Math.floor(reference.getUTCFullYear() / 100) * 100 + yy;
  if (Date.UTC(year, Number(mm) - 1, Number(dd)) > reference.getTime()) year -= 100;
  return `${year}-${mm}-${dd}`;
}

/**
 * Reads the two lines of a passport MRZ (ICAO 9303 TD3). Any field the parser finds invalid,
 * check digits above all, is an issue on `document.mrz` naming the field: a misread scan must
 * be rescanned, not silently trusted.
 */
export function readPassportMrz(
  text: string,
  reference: Date,
): { ok: true; reading: MrzReading } | { ok: false; issues: FieldIssue[] } {
  const lines = splitLines(text);
  let result: ReturnType<typeof parse>;
  try {
    result = parse(lines);
  } catch {
    return {
      ok: false,
      issues: [
        mrzIssue(
          'MRZ tidak dapat dibaca: harus dua baris paspor masing-masing 44 karakter.',
          'The MRZ cannot be read: a passport has two lines of 44 characters.',
        ),
      ],
    };
  }
  if (result.format !== 'TD3') {
    return {
      ok: false,
      issues: [
        mrzIssue('MRZ ini bukan MRZ paspor (TD3).', 'This MRZ is not a passport MRZ (TD3).'),
      ],
    };
  }
  const invalid = result.details.filter((d) => !d.valid);
  if (invalid.length > 0) {
    const names = invalid.map((d) => {
      const known = d.field ? FIELD_LABELS[d.field] : undefined;
      return known ?? { id: d.label, en: d.label };
    });
    const checkDigits = invalid.some((d) => d.field?.endsWith('CheckDigit'));
    return {
      ok: false,
      issues: [
        mrzIssue(
          `${checkDigits ? 'Digit periksa MRZ salah' : 'Isian MRZ tidak valid'}: ${names.map((n) => n.id).join(', ')}. Pindai ulang paspor.`,
          `${checkDigits ? 'MRZ check digit failed' : 'Invalid MRZ field'}: ${names.map((n) => n.en).join(', ')}. Rescan the passport.`,
        ),
      ],
    };
  }
  const f = result.fields;
  const name = [f.firstName, f.lastName]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
  return {
    ok: true,
    reading: {
      name,
      birthDate: mrzBirthDate(f.birthDate, reference),
      sex: f.sex === 'male' ? 'L' : f.sex === 'female' ? 'P' : null,
      passportNumber: typeof f.documentNumber === 'string' ? f.documentNumber : null,
      issuingState: typeof f.issuingState === 'string' ? f.issuingState : null,
    },
  };
}

function nameTokens(name: string): string[] {
  return name
    .toUpperCase()
    .normalize('NFD')
    .replace(/[^A-Z\s]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * True when the MRZ name and the typed name are the same words in any order. The MRZ may
 * truncate its last word, and either side may hold words the other lacks (a mononym repeated,
 * a "binti" part left off), so one side's words must all be found in the other's.
 */
export function mrzNameAgrees(mrzName: string, formName: string): boolean {
  const mrz = nameTokens(mrzName);
  const form = nameTokens(formName);
  if (mrz.length === 0 || form.length === 0) return false;
  const within = (needles: string[], hay: string[]): boolean =>
    needles.every((n, i) =>
      hay.some((h) => h === n || (i === needles.length - 1 && n.length >= 3 && h.startsWith(n))),
    );
  return within(mrz, form) || within(form, mrz);
}

/** The form values the MRZ checks, and the issues where they disagree with it. */
export function compareMrzWithForm(
  reading: MrzReading,
  form: { name: string; birthDate: string; sex: 'L' | 'P'; passportNumber?: string | undefined },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!mrzNameAgrees(reading.name, form.name)) {
    issues.push({
      path: 'applicant.name',
      message: `Nama berbeda dengan MRZ paspor (${reading.name}).`,
      messageEn: `The name differs from the passport MRZ (${reading.name}).`,
    });
  }
  if (reading.birthDate && reading.birthDate !== form.birthDate) {
    issues.push({
      path: 'applicant.birthDate',
      message: `Tanggal lahir berbeda dengan MRZ paspor (${reading.birthDate}).`,
      messageEn: `The birth date differs from the passport MRZ (${reading.birthDate}).`,
    });
  }
  if (reading.sex && reading.sex !== form.sex) {
    issues.push({
      path: 'applicant.sex',
      message: `Jenis kelamin berbeda dengan MRZ paspor (${reading.sex}).`,
      messageEn: `The sex differs from the passport MRZ (${reading.sex}).`,
    });
  }
  if (
    reading.passportNumber &&
    form.passportNumber !== undefined &&
    reading.passportNumber !== form.passportNumber.toUpperCase()
  ) {
    issues.push({
      path: 'document.passportNumber',
      message: `Nomor paspor berbeda dengan MRZ (${reading.passportNumber}).`,
      messageEn: `The passport number differs from the MRZ (${reading.passportNumber}).`,
    });
  }
  return issues;
}
