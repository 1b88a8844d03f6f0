import { sql, type Kysely } from 'kysely';

/**
 * Organisation and sharing additions: the office that proposed an agreement (its zone decides
 * the agreement's calendar dates), change times, and the indexes the scope queries lean on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE offices ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(
    db,
  );
  await sql`
    ALTER TABLE sharing_agreements
      ADD COLUMN proposing_office_id uuid REFERENCES offices(id),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`CREATE INDEX sharing_agreements_status_idx ON sharing_agreements(status)`.execute(db);
  await sql`
    CREATE INDEX sharing_agreement_parties_office_idx
      ON sharing_agreement_parties(office_id)`.execute(db);
  await sql`
    CREATE INDEX break_glass_grants_lookup_idx
      ON break_glass_grants(user_id, target_type, target_id, expires_at)`.execute(db);
  await sql`
    CREATE INDEX notifications_unread_idx ON notifications(user_id)
      WHERE read_at IS NULL`.execute(db);
  await sql`CREATE INDEX users_role_office_idx ON users(role, office_id)`.execute(db);
}
