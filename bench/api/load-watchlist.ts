import type pg from 'pg';
import { forEachEntryChunk, type BenchEntry } from '../screening/generate/dataset.ts';

/** Writes a generated 08xx number the way the watchlist stores phones (E.164). */
function toE164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('62')) return `+${digits}`;
  if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
  return `+${digits}`;
}

function toRow(entry: BenchEntry, officeId: string): Record<string, unknown> {
  return {
    ref_code: `BENCH-${entry.id}`,
    kind: entry.kind,
    names: entry.names,
    birth_date: entry.birthDate ?? null,
    sex: entry.sex ?? null,
    nik: entry.nik ?? null,
    passport_numbers: entry.passportNumbers ?? [],
    phones: (entry.phones ?? []).map(toE164),
    nationality: entry.nationality ?? null,
    registration_numbers: entry.registrationNumbers ?? [],
    listing: entry.listing,
    office_id: officeId,
  };
}

/**
 * Loads `size` generated entries as active, nationally shared watchlist rows in chunks of 10,000,
 * one multi-row INSERT per chunk (jsonb_to_recordset); returns the seconds it took.
 */
export async function loadWatchlist(
  client: pg.Client,
  seed: number,
  size: number,
  officeId: string,
): Promise<number> {
  const started = performance.now();
  const chunks: BenchEntry[][] = [];
  forEachEntryChunk({ seed, size }, 10_000, (chunk) => chunks.push(chunk));
  for (const chunk of chunks) {
    await client.query(
      `INSERT INTO watchlist_entries (ref_code, kind, names, birth_date, sex, nik, passport_numbers,
         phones, nationality, registration_numbers, listing, office_id, reason, source_type,
         sharing_scope, status)
       SELECT r.ref_code, r.kind, r.names, r.birth_date, r.sex, r.nik, r.passport_numbers, r.phones,
         r.nationality, r.registration_numbers, r.listing, r.office_id,
         'Data uji beban (generated)', 'import', 'national', 'active'
       FROM jsonb_to_recordset($1::jsonb) AS r(ref_code text, kind text, names text[],
         birth_date text, sex text, nik text, passport_numbers text[], phones text[],
         nationality text, registration_numbers text[], listing text, office_id uuid)`,
      [JSON.stringify(chunk.map((e) => toRow(e, officeId)))],
    );
  }
  return (performance.now() - started) / 1000;
}
