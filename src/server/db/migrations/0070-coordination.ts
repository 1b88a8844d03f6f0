import { sql, type Kysely } from 'kysely';

/**
 * Coordination meetings with agreements (kesepakatan) and action items, bulletins with their
 * recipients, the attachments of both, and the TPPO knowledge base.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
      held_on date NOT NULL,
      place text NOT NULL,
      host_office_id uuid NOT NULL REFERENCES offices(id),
      other_agencies text[] NOT NULL DEFAULT '{}',
      tppo_types text[] NOT NULL DEFAULT '{}',
      topics text[] NOT NULL DEFAULT '{}',
      minutes text NOT NULL DEFAULT '',
      source_reference text,
      demo_note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX meetings_host_idx ON meetings(host_office_id, held_on DESC)`.execute(db);
  await sql`
    CREATE TABLE meeting_participants (
      meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      office_id uuid NOT NULL REFERENCES offices(id),
      PRIMARY KEY (meeting_id, office_id)
    )`.execute(db);
  await sql`CREATE INDEX meeting_participants_office_idx ON meeting_participants(office_id)`.execute(
    db,
  );

  // Files of meetings, action items and bulletins, kept in the database with their metadata.
  await sql`
    CREATE TABLE coord_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_type text NOT NULL CHECK (owner_type IN ('meeting', 'action_item', 'bulletin')),
      owner_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      content_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 0 AND 10485760),
      data bytea NOT NULL,
      uploaded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX coord_attachments_owner_idx ON coord_attachments(owner_type, owner_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE meeting_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(text) >= 3),
      party_office_ids uuid[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'agreed', 'in_effect', 'ended')),
      sharing_agreement_id uuid REFERENCES sharing_agreements(id),
      source_reference text,
      demo_note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX meeting_agreements_meeting_idx ON meeting_agreements(meeting_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE action_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      agreement_id uuid REFERENCES meeting_agreements(id) ON DELETE SET NULL,
      description text NOT NULL CHECK (length(description) >= 3),
      owner_office_id uuid NOT NULL REFERENCES offices(id),
      owner_user_id uuid REFERENCES users(id),
      owner_person text,
      due_on date NOT NULL,
      status text NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
      evidence_text text,
      evidence_attachment_id uuid REFERENCES coord_attachments(id),
      status_note text,
      closed_at timestamptz,
      closed_by uuid REFERENCES users(id),
      demo_note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status <> 'done' OR length(coalesce(evidence_text, '')) > 0)
    )`.execute(db);
  await sql`CREATE INDEX action_items_owner_idx ON action_items(owner_office_id, status, due_on)`.execute(
    db,
  );
  await sql`CREATE INDEX action_items_meeting_idx ON action_items(meeting_id)`.execute(db);
  // One reminder per item per calendar day (in the owner office's zone), however often the job runs.
  await sql`
    CREATE TABLE action_item_reminders (
      action_item_id uuid NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
      reminded_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (action_item_id, reminded_on)
    )`.execute(db);

  await sql`
    CREATE TABLE bulletins (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      author_office_id uuid NOT NULL REFERENCES offices(id),
      author_user_id uuid REFERENCES users(id),
      audience_kanwil_ids uuid[] NOT NULL DEFAULT '{}',
      audience_office_ids uuid[] NOT NULL DEFAULT '{}',
      audience_roles text[] NOT NULL DEFAULT '{}',
      priority text NOT NULL CHECK (priority IN ('biasa', 'penting', 'segera')),
      title text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
      body_markdown text NOT NULL,
      tppo_types text[] NOT NULL DEFAULT '{}',
      modus_ids uuid[] NOT NULL DEFAULT '{}',
      proposed_rule_pack jsonb,
      proposed_rule_pack_version text,
      rule_proposal_note text,
      demo_note text,
      sent_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX bulletins_author_idx ON bulletins(author_office_id, sent_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE TABLE bulletin_recipients (
      bulletin_id uuid NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      office_id uuid NOT NULL REFERENCES offices(id),
      confirmed_at timestamptz,
      last_reminded_on date,
      reminder_count integer NOT NULL DEFAULT 0,
      PRIMARY KEY (bulletin_id, user_id)
    )`.execute(db);
  await sql`
    CREATE INDEX bulletin_recipients_user_idx ON bulletin_recipients(user_id, confirmed_at)`.execute(
    db,
  );

  // Knowledge base: sourced statements per TPPO type and section, and modus operandi entries.
  // Rows shipped with the product carry a seed_key, so loading them twice changes nothing.
  await sql`
    CREATE TABLE knowledge_statements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tppo_type text NOT NULL,
      section text NOT NULL CHECK (section IN ('definition', 'legal_basis', 'impact',
        'prevention_counter', 'prevention_checkpoint', 'prevention_village', 'prevention_kanwil')),
      text_id text NOT NULL CHECK (length(text_id) >= 3),
      text_en text,
      source_kind text NOT NULL
        CHECK (source_kind IN ('regulation', 'official_release', 'bulletin', 'news', 'case')),
      source_label text NOT NULL CHECK (length(source_label) >= 3),
      source_reference text,
      position integer NOT NULL DEFAULT 0,
      seed_key text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE INDEX knowledge_statements_type_idx ON knowledge_statements(tppo_type, section, position)`.execute(
    db,
  );
  await sql`
    CREATE TABLE knowledge_modus (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tppo_type text NOT NULL,
      name text NOT NULL CHECK (length(name) >= 3),
      recruitment text NOT NULL DEFAULT '',
      routes text NOT NULL DEFAULT '',
      signs text NOT NULL DEFAULT '',
      rule_ids text[] NOT NULL DEFAULT '{}',
      source_kind text NOT NULL
        CHECK (source_kind IN ('regulation', 'official_release', 'bulletin', 'news', 'case')),
      source_label text NOT NULL CHECK (length(source_label) >= 3),
      source_reference text,
      status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'published', 'rejected')),
      proposed_by uuid REFERENCES users(id),
      proposed_at timestamptz NOT NULL DEFAULT now(),
      reviewed_by uuid REFERENCES users(id),
      reviewed_at timestamptz,
      review_note text,
      seed_key text UNIQUE,
      CHECK (reviewed_by IS NULL OR proposed_by IS NULL OR reviewed_by <> proposed_by)
    )`.execute(db);
  await sql`CREATE INDEX knowledge_modus_type_idx ON knowledge_modus(tppo_type, status)`.execute(
    db,
  );
  await sql`
    CREATE TABLE knowledge_modus_examples (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      modus_id uuid NOT NULL REFERENCES knowledge_modus(id) ON DELETE CASCADE,
      source_kind text NOT NULL CHECK (source_kind IN ('bulletin', 'news', 'case')),
      label text NOT NULL CHECK (length(label) >= 3),
      reference text,
      added_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}
