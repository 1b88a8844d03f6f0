import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';

/** What a failing-write trigger refuses: inserts or updates of one table, optionally filtered. */
export interface FailingWrite {
  table: Extract<keyof DB, string>;
  on: 'INSERT' | 'UPDATE';
  /** An SQL condition on NEW (for example `NEW.action = 'x'`); every row when left out. */
  when?: string;
}

/**
 * Runs `body` while a trigger makes the chosen writes raise, so a test can break the second
 * write of a two-step action and check that the first one was rolled back with it. The trigger
 * and its function are dropped afterwards, whatever `body` does.
 */
export async function whileWritesFail<T>(
  db: Kysely<DB>,
  write: FailingWrite,
  body: () => Promise<T>,
): Promise<T> {
  const name = `test_refuse_${write.table}_${write.on.toLowerCase()}`;
  await sql`CREATE FUNCTION ${sql.id(name)}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'write refused by the test'; END $$`.execute(db);
  const when = write.when ? sql.raw(`WHEN (${write.when})`) : sql.raw('');
  await sql`CREATE TRIGGER ${sql.id(name)} BEFORE ${sql.raw(write.on)} ON ${sql.table(write.table)}
    FOR EACH ROW ${when} EXECUTE FUNCTION ${sql.id(name)}()`.execute(db);
  try {
    return await body();
  } finally {
    await sql`DROP TRIGGER ${sql.id(name)} ON ${sql.table(write.table)}`.execute(db);
    await sql`DROP FUNCTION ${sql.id(name)}()`.execute(db);
  }
}
