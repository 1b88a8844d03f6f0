import { sql, type Kysely } from 'kysely';

/**
 * Desa Binaan Imigrasi: fostered villages on official village codes, their contacts and
 * assigned PIMPASA, activities (counselling, visits, first-line services) and the early-warning
 * reports residents give a PIMPASA, with the alerts a report was turned into.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE desa_binaan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_code text NOT NULL UNIQUE CHECK (region_code ~ '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$'),
      name_as_written text NOT NULL CHECK (length(name_as_written) BETWEEN 1 AND 300),
      office_id uuid NOT NULL REFERENCES offices(id),
      sk_number text,
      sk_date date,
      formed_on date,
      formed_precision text NOT NULL DEFAULT 'day' CHECK (formed_precision IN ('day', 'month', 'year')),
      status text NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'nonaktif')),
      criteria text[] NOT NULL DEFAULT '{}',
      notes text,
      source_reference text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX desa_binaan_office_idx ON desa_binaan(office_id)`.execute(db);
  await sql`
    CREATE TABLE desa_contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      desa_id uuid NOT NULL REFERENCES desa_binaan(id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL,
      role text NOT NULL,
      phone text
    )`.execute(db);
  await sql`CREATE INDEX desa_contacts_desa_idx ON desa_contacts(desa_id, position)`.execute(db);
  await sql`
    CREATE TABLE desa_pimpasa (
      desa_id uuid NOT NULL REFERENCES desa_binaan(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      assigned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (desa_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX desa_pimpasa_user_idx ON desa_pimpasa(user_id)`.execute(db);
  await sql`
    CREATE TABLE desa_activities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      desa_id uuid NOT NULL REFERENCES desa_binaan(id),
      kind text NOT NULL CHECK (kind IN ('penyuluhan', 'kunjungan', 'layanan')),
      held_on date NOT NULL,
      topic text NOT NULL,
      tppo_types text[] NOT NULL DEFAULT '{}',
      participants jsonb NOT NULL DEFAULT '{}'::jsonb,
      participant_total integer NOT NULL DEFAULT 0 CHECK (participant_total >= 0),
      partners text[] NOT NULL DEFAULT '{}',
      notes text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX desa_activities_desa_idx ON desa_activities(desa_id, held_on DESC)`.execute(
    db,
  );
  // Report numbers run on one sequence: a number, once given, is never reused.
  await sql`CREATE SEQUENCE desa_report_number_seq`.execute(db);
  await sql`
    CREATE TABLE desa_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ref_code text NOT NULL UNIQUE,
      desa_id uuid NOT NULL REFERENCES desa_binaan(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      category text NOT NULL CHECK (category IN ('perekrut', 'berangkat_tanpa_dokumen', 'korban_kembali', 'lainnya')),
      seen_on date NOT NULL,
      region_code text NOT NULL,
      place_note text,
      people jsonb NOT NULL DEFAULT '[]'::jsonb,
      phones text[] NOT NULL DEFAULT '{}',
      narrative text NOT NULL,
      reported_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      alerted_at timestamptz,
      alerted_by uuid REFERENCES users(id),
      alert_office_ids uuid[] NOT NULL DEFAULT '{}',
      alert_note text
    )`.execute(db);
  await sql`CREATE INDEX desa_reports_desa_idx ON desa_reports(desa_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX desa_reports_phones_idx ON desa_reports USING gin(phones)`.execute(db);
  // The watchlist proposal made from a report names it in source_reference: find it fast.
  await sql`
    CREATE INDEX watchlist_report_source_idx ON watchlist_entries(source_reference)
      WHERE source_type = 'report'`.execute(db);
  // Hotspots group screenings by the applicant's home region over a period.
  await sql`
    CREATE INDEX screenings_region_time_idx ON screenings(subject_region_code, created_at)
      WHERE subject_region_code IS NOT NULL`.execute(db);
}
