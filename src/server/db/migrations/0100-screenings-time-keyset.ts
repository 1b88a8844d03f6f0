import { sql, type Kysely } from 'kysely';

/**
 * Screenings in (created_at, id) order: retro-screening reads a year of history a batch at a time
 * by keyset pagination on that pair, and each batch starts where the last one ended instead of
 * sorting the whole window again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX screenings_time_keyset_idx ON screenings(created_at, id)`.execute(db);
}
