import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { DB } from '../../db/schema.ts';
import type { EntryView, SuppressionView } from './watchlist.schema.ts';
import { mapOfficeNames, type EntryRow, type SuppressionRow } from './watchlist.repository.ts';

const LISTING_LABELS = {
  suspect: { id: 'Terduga pelaku atau jaringan TPPO', en: 'Suspected trafficker or network' },
  protective: {
    id: 'Perlindungan: calon atau mantan korban, bukan terduga',
    en: 'Protection: a potential or former victim, not a suspect',
  },
} as const;

/** The error for an entry that does not exist or that the reader may not know of. */
export function entryNotFound(): AppError {
  return new AppError('not_found', 'Entri daftar pengawasan tidak ditemukan.', {
    messageEn: 'Watchlist entry not found.',
  });
}

const iso = (d: Date | string | null): string | null =>
  d === null ? null : typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();

/** Builds the API view of one entry; `office` names its listing office. */
export function toEntryView(row: EntryRow, office: { code: string; name: string }): EntryView {
  const delistTouched = row.delist_requested_at !== null || row.delisted_at !== null;
  return {
    id: row.id,
    refCode: row.ref_code,
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
    presentation: row.listing === 'protective' ? 'protection_prompt' : 'suspect',
    listingLabel: LISTING_LABELS[row.listing],
    tppoTypes: row.tppo_types,
    reason: row.reason,
    source: { type: row.source_type, reference: row.source_reference },
    sensitivity: row.sensitivity,
    sharingScope: row.sharing_scope,
    office: { id: row.office_id, code: office.code, name: office.name },
    status: row.status,
    validUntil: row.valid_until,
    note: row.note,
    version: row.version,
    proposedBy: row.proposed_by,
    proposedAt: iso(row.proposed_at) as string,
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
    decisionNote: row.decision_note,
    delist: delistTouched
      ? {
          reason: row.delist_reason,
          requestedBy: row.delist_requested_by,
          requestedAt: iso(row.delist_requested_at),
          decidedBy: row.delisted_by,
          decidedAt: iso(row.delisted_at),
        }
      : null,
    updatedAt: iso(row.updated_at) as string,
    restricted: null,
  };
}

/** Builds the views of several entries, looking their offices up once. */
export async function toEntryViews(
  db: Kysely<DB>,
  rows: readonly EntryRow[],
): Promise<EntryView[]> {
  const offices = await mapOfficeNames(
    db,
    rows.map((r) => r.office_id),
  );
  return rows.map((row) =>
    toEntryView(row, offices.get(row.office_id) ?? { code: '?', name: '?' }),
  );
}

/** Builds the API view of a suppression. */
export function toSuppressionView(row: SuppressionRow): SuppressionView {
  return {
    id: row.id,
    entryId: row.entry_id,
    subjectKey: row.subject_key,
    subjectLabel: row.subject_label,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, username: row.username, fullName: row.full_name },
    office: { id: row.office_id, code: row.office_code },
  };
}
