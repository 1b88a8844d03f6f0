import { sql, type Kysely } from 'kysely';

/**
 * The shared watchlist, screenings with their decisions and approvals, indicator rule packs,
 * alerts with their threads, and the outbox that keeps every process's matching index current.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE watchlist_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ref_code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('person', 'organization', 'phone')),
      names text[] NOT NULL DEFAULT '{}',
      birth_date text CHECK (birth_date ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'),
      sex text CHECK (sex IN ('L', 'P')),
      nik text CHECK (nik ~ '^\\d{16}$'),
      passport_numbers text[] NOT NULL DEFAULT '{}',
      phones text[] NOT NULL DEFAULT '{}',
      nationality text CHECK (nationality ~ '^[A-Z]{2}$'),
      birth_place text,
      home_region_code text,
      registration_numbers text[] NOT NULL DEFAULT '{}',
      address text,
      listing text NOT NULL CHECK (listing IN ('suspect', 'protective')),
      tppo_types text[] NOT NULL DEFAULT '{}',
      reason text NOT NULL,
      source_type text NOT NULL CHECK (source_type IN ('office', 'document', 'case', 'report', 'news', 'import')),
      source_reference text,
      sensitivity text NOT NULL DEFAULT 'terbatas' CHECK (sensitivity IN ('biasa', 'terbatas', 'rahasia')),
      sharing_scope text NOT NULL DEFAULT 'agreement' CHECK (sharing_scope IN ('office', 'kanwil', 'agreement', 'national')),
      office_id uuid NOT NULL REFERENCES offices(id),
      status text NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'active', 'rejected', 'expired', 'delist_requested', 'delisted')),
      valid_until date,
      note text,
      proposed_by uuid REFERENCES users(id),
      proposed_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text,
      delist_reason text,
      delist_requested_by uuid REFERENCES users(id),
      delist_requested_at timestamptz,
      delisted_by uuid REFERENCES users(id),
      delisted_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'person' OR cardinality(names) > 0),
      CHECK (kind <> 'organization' OR cardinality(names) > 0),
      CHECK (kind <> 'phone' OR cardinality(phones) > 0)
    )`.execute(db);
  await sql`CREATE INDEX watchlist_status_idx ON watchlist_entries(status, office_id)`.execute(db);
  await sql`CREATE INDEX watchlist_nik_idx ON watchlist_entries(nik) WHERE nik IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE watchlist_suppressions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      entry_id uuid NOT NULL REFERENCES watchlist_entries(id),
      subject_key text NOT NULL,
      subject_label text NOT NULL,
      note text NOT NULL CHECK (length(note) >= 5),
      created_by uuid NOT NULL REFERENCES users(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (entry_id, subject_key)
    )`.execute(db);

  await sql`
    CREATE TABLE rule_packs (
      version text PRIMARY KEY,
      pack jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('proposed', 'active', 'retired', 'rejected')),
      change_note text NOT NULL DEFAULT '',
      proposed_by uuid REFERENCES users(id),
      proposed_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      CHECK (decided_by IS NULL OR decided_by <> proposed_by)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX rule_packs_one_active ON rule_packs((true)) WHERE status = 'active'`.execute(
    db,
  );

  await sql`
    CREATE TABLE screenings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ref_code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('passport_application', 'departure_check')),
      office_id uuid NOT NULL REFERENCES offices(id),
      officer_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      subject_name text NOT NULL,
      subject_nik text,
      subject_birth_date text,
      subject_sex text,
      subject_region_code text,
      passport_number text,
      sponsor_phones text[] NOT NULL DEFAULT '{}',
      sponsor_keys text[] NOT NULL DEFAULT '{}',
      destination_country text,
      form jsonb NOT NULL,
      facts jsonb NOT NULL,
      hits jsonb NOT NULL DEFAULT '[]'::jsonb,
      recommendation text NOT NULL CHECK (recommendation IN ('LANJUT', 'WAWANCARA', 'TUNDA', 'TOLAK')),
      reasons jsonb NOT NULL,
      score real NOT NULL,
      rule_pack_version text NOT NULL,
      engine_version text NOT NULL,
      decision text CHECK (decision IN ('LANJUT', 'WAWANCARA', 'TUNDA', 'TOLAK')),
      decision_status text NOT NULL DEFAULT 'open'
        CHECK (decision_status IN ('open', 'final', 'awaiting_approval', 'rejected_by_supervisor')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      indicators_observed text[] NOT NULL DEFAULT '{}',
      decision_note text,
      approval_by uuid REFERENCES users(id),
      approval_at timestamptz,
      approval_note text,
      tunda_deadline date,
      tunda_closed_at timestamptz,
      tunda_close_reason text,
      receipt_number text UNIQUE,
      forwarded_to_office_id uuid REFERENCES offices(id),
      followup_outcome text,
      followup_note text,
      followup_by uuid REFERENCES users(id),
      followup_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX screenings_office_time_idx ON screenings(office_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX screenings_nik_idx ON screenings(subject_nik) WHERE subject_nik IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX screenings_sponsor_phones_idx ON screenings USING gin(sponsor_phones)`.execute(
    db,
  );
  await sql`CREATE INDEX screenings_sponsor_keys_idx ON screenings USING gin(sponsor_keys)`.execute(
    db,
  );
  await sql`CREATE INDEX screenings_decision_idx ON screenings(decision, decision_status)`.execute(
    db,
  );

  await sql`
    CREATE TABLE alerts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('watchlist_hit', 'history_hit', 'retro_hit', 'network')),
      office_id uuid NOT NULL REFERENCES offices(id),
      source_office_id uuid NOT NULL REFERENCES offices(id),
      screening_id uuid REFERENCES screenings(id),
      entry_id uuid REFERENCES watchlist_entries(id),
      matched_screening_id uuid REFERENCES screenings(id),
      band text,
      score real,
      summary jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_by uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX alerts_office_idx ON alerts(office_id, status, created_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE TABLE alert_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      alert_id uuid NOT NULL REFERENCES alerts(id),
      author_id uuid NOT NULL REFERENCES users(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE app_settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Every change to indexed data writes an outbox row in the same transaction; each process
  // applies new rows to its in-memory index (NOTIFY wakes it, polling is the fallback).
  await sql`
    CREATE TABLE index_outbox (
      id bigserial PRIMARY KEY,
      entity_type text NOT NULL CHECK (entity_type IN ('watchlist', 'history')),
      entity_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE FUNCTION index_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('waspada_index', NEW.id::text);
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER index_outbox_notify AFTER INSERT ON index_outbox
    FOR EACH ROW EXECUTE FUNCTION index_outbox_notify()`.execute(db);
}
