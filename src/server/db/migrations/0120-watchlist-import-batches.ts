import { sql, type Kysely } from 'kysely';

/**
 * Watchlist import batches: an import lands as proposed entries of one batch, and a second
 * eligible person of the listing office approves (or rejects) the batch as a whole. Each
 * imported entry names its batch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE watchlist_import_batches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      office_id uuid NOT NULL REFERENCES offices(id),
      source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
      entry_count integer NOT NULL CHECK (entry_count > 0),
      first_ref_code text NOT NULL,
      last_ref_code text NOT NULL,
      status text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
      proposed_by uuid REFERENCES users(id),
      proposed_at timestamptz NOT NULL,
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text
    )`.execute(db);
  await sql`
    CREATE INDEX watchlist_import_batches_office_idx
    ON watchlist_import_batches(office_id, status, proposed_at DESC)`.execute(db);
  await sql`
    ALTER TABLE watchlist_entries
    ADD COLUMN import_batch_id uuid REFERENCES watchlist_import_batches(id)`.execute(db);
  await sql`
    CREATE INDEX watchlist_import_batch_idx ON watchlist_entries(import_batch_id)
    WHERE import_batch_id IS NOT NULL`.execute(db);
}
