import { sql, type Kysely } from 'kysely';

/**
 * Failed sign-ins for usernames that belong to no account, counted per normalised username
 * (trimmed, lower case) with the same back-off as an account's own counter, so the lockout
 * behaves alike whether or not a username exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sign_in_failures (
      username text PRIMARY KEY CHECK (length(username) BETWEEN 1 AND 100),
      failures integer NOT NULL CHECK (failures > 0),
      locked_until timestamptz,
      last_failed_at timestamptz NOT NULL
    )`.execute(db);
}
