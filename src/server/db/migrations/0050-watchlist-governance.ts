import { sql, type Kysely } from 'kysely';

/**
 * Watchlist governance: a per-year counter behind `WL-YYYY-NNNNNN` reference codes, and the
 * indexes the watchlist search and the expiry job read through.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per year: the upsert takes the row lock, so concurrent proposals get distinct numbers
  // and a rolled-back import gives its numbers back.
  await sql`
    CREATE TABLE watchlist_ref_counters (
      year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
      last_number integer NOT NULL CHECK (last_number >= 0)
    )`.execute(db);
  await sql`CREATE INDEX watchlist_phones_idx ON watchlist_entries USING gin(phones)`.execute(db);
  await sql`
    CREATE INDEX watchlist_valid_until_idx ON watchlist_entries(valid_until)
    WHERE valid_until IS NOT NULL AND status IN ('active', 'delist_requested')`.execute(db);
  await sql`CREATE INDEX watchlist_proposed_at_idx ON watchlist_entries(proposed_at DESC)`.execute(
    db,
  );
}
