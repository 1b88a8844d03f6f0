import { sql, type Kysely } from 'kysely';

/**
 * Screening additions: the sponsor-network details shown with a result, the reason category of
 * a postponement or refusal (the categories offices count), when a receipt was issued, a
 * per-office yearly receipt counter, and the indexes of the TUNDA expiry job and the
 * retro-screening dedupe.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE screenings
      ADD COLUMN network jsonb NOT NULL DEFAULT '{}'::jsonb,
      ADD COLUMN decision_reason_category text CHECK (decision_reason_category IN (
        'dugaan_pmi_np', 'dugaan_tppo', 'permohonan_ganda', 'dokumen_tidak_lengkap',
        'keterangan_tidak_benar', 'lainnya')),
      ADD COLUMN receipt_issued_at timestamptz,
      ADD CONSTRAINT screenings_approver_not_decider CHECK (approval_by IS NULL OR approval_by <> decided_by)`.execute(
    db,
  );
  await sql`
    CREATE INDEX screenings_open_tunda_idx ON screenings(tunda_deadline)
      WHERE decision = 'TUNDA' AND decision_status = 'final' AND tunda_closed_at IS NULL`.execute(
    db,
  );
  await sql`
    CREATE INDEX screenings_awaiting_idx ON screenings(office_id)
      WHERE decision_status = 'awaiting_approval'`.execute(db);
  await sql`CREATE INDEX screenings_forwarded_idx ON screenings(forwarded_to_office_id)
      WHERE forwarded_to_office_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE receipt_counters (
      office_id uuid NOT NULL REFERENCES offices(id),
      year integer NOT NULL,
      last_seq integer NOT NULL,
      PRIMARY KEY (office_id, year)
    )`.execute(db);
  // One retro-screening alert per entry and screened person, however often the job runs.
  await sql`
    CREATE UNIQUE INDEX alerts_retro_once ON alerts(entry_id, screening_id)
      WHERE kind = 'retro_hit'`.execute(db);
  await sql`CREATE INDEX alerts_source_idx ON alerts(source_office_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX alert_messages_alert_idx ON alert_messages(alert_id, created_at)`.execute(
    db,
  );
}
