/** The zones offices may be in (WIB, WITA, WIT). */
export type OfficeTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** The stored state of an agreement. */
export type AgreementStatus = 'draft' | 'active' | 'ended';

/**
 * What an agreement means at one instant: an active agreement before its first day is
 * `scheduled`, after its last day `expired`; only `active` opens records to the other parties.
 */
export type EffectiveStatus = 'draft' | 'scheduled' | 'active' | 'expired' | 'ended';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** The parts of an agreement that decide whether it is in force. */
export interface AgreementTerms {
  status: AgreementStatus;
  validFrom: string;
  validUntil: string | null;
}

/**
 * The effective status of an agreement at `at`, with its dates read in the proposing office's
 * zone: both the first and the last day are included.
 */
export function effectiveStatusOf(
  terms: AgreementTerms,
  timeZone: string,
  at: Date,
): EffectiveStatus {
  if (terms.status !== 'active') return terms.status;
  const today = dateInZone(at, timeZone);
  if (today < terms.validFrom) return 'scheduled';
  if (terms.validUntil !== null && today > terms.validUntil) return 'expired';
  return 'active';
}

/** The zone used when an agreement has no proposing office on record (WIB, the most common). */
export const DEFAULT_AGREEMENT_ZONE: OfficeTimeZone = 'Asia/Jakarta';
