import { sql, type Kysely } from 'kysely';

/** Organisation, users, sessions, sharing agreements, break-glass grants, notifications, audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE offices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('kanwil', 'kanim', 'tpi', 'partner')),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      short_name text NOT NULL,
      office_class text,
      parent_id uuid REFERENCES offices(id),
      checkpoint_type text CHECK (checkpoint_type IN ('airport', 'seaport', 'land')),
      partner_type text CHECK (partner_type IN ('police', 'bp3mi', 'other')),
      time_zone text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
      seat_region_code text,
      address text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'kanwil') = (parent_id IS NULL) OR kind = 'partner'),
      CHECK ((kind = 'tpi') = (checkpoint_type IS NOT NULL)),
      CHECK ((kind = 'partner') = (partner_type IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX offices_parent_idx ON offices(parent_id)`.execute(db);
  await sql`
    CREATE TABLE office_coverage (
      office_id uuid NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
      region_code text NOT NULL,
      PRIMARY KEY (office_id, region_code)
    )`.execute(db);
  await sql`CREATE INDEX office_coverage_region_idx ON office_coverage(region_code)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
      full_name text NOT NULL,
      email text,
      office_id uuid NOT NULL REFERENCES offices(id),
      role text NOT NULL,
      scope_level text NOT NULL CHECK (scope_level IN ('office', 'kanwil', 'agreement', 'national')),
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      must_change_password boolean NOT NULL DEFAULT false,
      totp_secret text,
      totp_pending_secret text,
      totp_last_step bigint,
      failed_attempts integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled boolean NOT NULL DEFAULT false,
      language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX users_office_idx ON users(office_id)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      second_factor_done boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions(user_id)`.execute(db);

  await sql`
    CREATE TABLE sharing_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      data_kinds text[] NOT NULL CHECK (cardinality(data_kinds) > 0),
      valid_from date NOT NULL,
      valid_until date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'ended')),
      source_reference text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      activated_at timestamptz,
      ended_at timestamptz,
      ended_by uuid REFERENCES users(id),
      end_reason text,
      CHECK (valid_until IS NULL OR valid_until >= valid_from)
    )`.execute(db);
  await sql`
    CREATE TABLE sharing_agreement_parties (
      agreement_id uuid NOT NULL REFERENCES sharing_agreements(id) ON DELETE CASCADE,
      office_id uuid NOT NULL REFERENCES offices(id),
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      PRIMARY KEY (agreement_id, office_id)
    )`.execute(db);

  await sql`
    CREATE TABLE break_glass_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      data_kind text NOT NULL,
      target_type text NOT NULL,
      target_id text NOT NULL,
      reason text NOT NULL CHECK (length(reason) >= 10),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      link text,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notifications_user_idx ON notifications(user_id, created_at DESC)`.execute(
    db,
  );

  // The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
  await sql`
    CREATE TABLE audit_log (
      seq bigint PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_username text,
      office_id uuid,
      action text NOT NULL,
      target_type text,
      target_id text,
      reason text,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    )`.execute(db);
  await sql`CREATE INDEX audit_log_at_idx ON audit_log(at)`.execute(db);
  await sql`CREATE INDEX audit_log_target_idx ON audit_log(target_type, target_id)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log(actor_user_id)`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
}
