import type { FieldIssue } from '../../../domain/errors.ts';
import { cleanNik, parseNik } from '../../../domain/nik.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import { isTppoTypeCode, TPPO_TYPES } from '../../../domain/tppo.ts';
import type { EntryPatch, EntryRow, NewEntry } from './watchlist.repository.ts';

/** Everything an entry says about who or what is listed and why, before normalisation. */
export interface EntryFields {
  kind: EntryRow['kind'];
  names: string[];
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  nik: string | null;
  passportNumbers: string[];
  phones: string[];
  nationality: string | null;
  birthPlace: string | null;
  homeRegionCode: string | null;
  registrationNumbers: string[];
  address: string | null;
  listing: EntryRow['listing'];
  tppoTypes: string[];
  reason: string;
  sourceType: EntryRow['source_type'];
  sourceReference: string | null;
  sensitivity: EntryRow['sensitivity'];
  sharingScope: EntryRow['sharing_scope'];
  validUntil: string | null;
  note: string | null;
}

/** Columns the matching engine reads: changing one of them on an active entry bumps its version. */
export const MATCHABLE_COLUMNS = [
  'kind',
  'names',
  'birth_date',
  'sex',
  'nik',
  'passport_numbers',
  'phones',
  'nationality',
  'birth_place',
  'home_region_code',
  'registration_numbers',
  'address',
  'listing',
] as const;

/** Columns an officer may change, compared for the audit trail. */
export const EDITABLE_COLUMNS = [
  ...MATCHABLE_COLUMNS,
  'tppo_types',
  'reason',
  'source_type',
  'source_reference',
  'sensitivity',
  'sharing_scope',
  'valid_until',
  'note',
] as const;

type EditableColumn = (typeof EDITABLE_COLUMNS)[number];

function issue(path: string, message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

function dedupe(values: readonly string[], key: (v: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Normalises an entry (NIK without separators, phones in E.164, passport numbers upper case,
 * repeated values dropped) and lists every rule it breaks, each naming its field. `today` is
 * the listing office's calendar date.
 */
export function normalizeEntryFields(
  fields: EntryFields,
  today: string,
  now: Date,
): { value: EntryFields; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const value: EntryFields = {
    ...fields,
    names: dedupe(
      fields.names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n !== ''),
      (n) => n.toLowerCase(),
    ),
    passportNumbers: dedupe(
      fields.passportNumbers.map((p) => p.replace(/\s+/g, '').toUpperCase()).filter(Boolean),
    ),
    registrationNumbers: dedupe(fields.registrationNumbers.map((r) => r.trim()).filter(Boolean)),
    tppoTypes: dedupe(fields.tppoTypes),
    reason: fields.reason.trim(),
  };
  if (value.kind !== 'phone' && value.names.length === 0) {
    issues.push(issue('names', 'Nama wajib diisi.', 'A name is required.'));
  }
  const phones: string[] = [];
  fields.phones.forEach((raw, i) => {
    const e164 = normalizePhone(raw);
    if (e164 === null) {
      issues.push(
        issue(`phones[${i}]`, `"${raw}" bukan nomor telepon.`, `"${raw}" is not a phone number.`),
      );
    } else phones.push(e164);
  });
  value.phones = dedupe(phones);
  if (value.kind === 'phone' && fields.phones.length === 0) {
    issues.push(
      issue('phones', 'Entri telepon memerlukan nomor.', 'A phone entry needs a number.'),
    );
  }
  if (fields.nik !== null && fields.nik.trim() !== '') {
    const parsed = parseNik(fields.nik, now);
    if (value.kind !== 'person') {
      issues.push(issue('nik', 'Hanya orang yang memiliki NIK.', 'Only a person has a NIK.'));
    } else if (!parsed.ok) {
      const why = {
        format: [
          'harus 16 angka dengan kode wilayah yang mungkin',
          'must be 16 digits with plausible region digits',
        ],
        date: ['tanggal lahir di dalamnya tidak ada', 'the birth date it encodes does not exist'],
        serial: ['nomor urut 0000 tidak ada', 'serial 0000 does not exist'],
      }[parsed.error];
      issues.push(issue('nik', `NIK ${why[0]}.`, `The NIK ${why[1]}.`));
    }
    value.nik = cleanNik(fields.nik);
  } else value.nik = null;
  if (value.kind !== 'person' && (value.birthDate !== null || value.sex !== null)) {
    const path = value.birthDate !== null ? 'birthDate' : 'sex';
    issues.push(
      issue(
        path,
        'Hanya orang yang memiliki tanggal lahir dan jenis kelamin.',
        'Only a person has a birth date and sex.',
      ),
    );
  }
  if (value.listing === 'protective' && value.kind !== 'person') {
    issues.push(
      issue(
        'listing',
        'Pencatatan pelindungan hanya untuk orang (calon atau mantan korban).',
        'A protective listing is for a person only (a potential or former victim).',
      ),
    );
  }
  value.tppoTypes.forEach((code, i) => {
    if (!isTppoTypeCode(code) || TPPO_TYPES[code].kind === 'berita') {
      issues.push(
        issue(
          `tppoTypes[${i}]`,
          `Kode TPPO tidak dikenal: ${code}.`,
          `Unknown TPPO code: ${code}.`,
        ),
      );
    }
  });
  if (value.reason.length < 10) {
    issues.push(
      issue(
        'reason',
        'Alasan pencatatan minimal 10 karakter.',
        'The listing reason needs at least 10 characters.',
      ),
    );
  }
  if (value.validUntil !== null && value.validUntil < today) {
    issues.push(
      issue('validUntil', 'Tanggal berlaku sudah lewat.', 'The last valid day has already passed.'),
    );
  }
  return { value, issues };
}

/** The stored columns of normalised fields. */
export function columnsOf(value: EntryFields): Omit<NewEntry, 'ref_code' | 'office_id' | 'status'> {
  return {
    kind: value.kind,
    names: value.names,
    birth_date: value.birthDate,
    sex: value.sex,
    nik: value.nik,
    passport_numbers: value.passportNumbers,
    phones: value.phones,
    nationality: value.nationality,
    birth_place: value.birthPlace,
    home_region_code: value.homeRegionCode,
    registration_numbers: value.registrationNumbers,
    address: value.address,
    listing: value.listing,
    tppo_types: value.tppoTypes,
    reason: value.reason,
    source_type: value.sourceType,
    source_reference: value.sourceReference,
    sensitivity: value.sensitivity,
    sharing_scope: value.sharingScope,
    valid_until: value.validUntil,
    note: value.note,
  };
}

/** The fields of a stored entry, for merging a partial change into it. */
export function fieldsOf(row: EntryRow): EntryFields {
  return {
    kind: row.kind,
    names: row.names,
    birthDate: row.birth_date,
    sex: row.sex,
    nik: row.nik,
    passportNumbers: row.passport_numbers,
    phones: row.phones,
    nationality: row.nationality,
    birthPlace: row.birth_place,
    homeRegionCode: row.home_region_code,
    registrationNumbers: row.registration_numbers,
    address: row.address,
    listing: row.listing,
    tppoTypes: row.tppo_types,
    reason: row.reason,
    sourceType: row.source_type,
    sourceReference: row.source_reference,
    sensitivity: row.sensitivity,
    sharingScope: row.sharing_scope,
    validUntil: row.valid_until,
    note: row.note,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The changed columns of a patch against the stored row, as `{column: {before, after}}`. */
export function diffColumns(
  before: Partial<Record<string, unknown>>,
  after: EntryPatch,
  columns: readonly string[] = EDITABLE_COLUMNS,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const column of columns) {
    if (!(column in after)) continue;
    const next = (after as Record<string, unknown>)[column];
    const previous = before[column] ?? null;
    if (!same(previous, next ?? null)) changes[column] = { before: previous, after: next ?? null };
  }
  return changes;
}

/** True when a change touches what the engine matches on. */
export function touchesMatchable(changes: Record<string, unknown>): boolean {
  return MATCHABLE_COLUMNS.some((c: EditableColumn) => c in changes);
}
