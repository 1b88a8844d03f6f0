import { sql, type Kysely } from 'kysely';

/**
 * News monitoring: configured feeds, stored articles (each once, by canonical URL or by a hash
 * of its normalised text) with their extracted facts, events grouped from them with their
 * member articles and resolved place codes (for the hotspot view), and the leads an event
 * proposes (a Desa Binaan to register, a perpetrator to propose to the watchlist).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE news_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      url text NOT NULL UNIQUE CHECK (url ~ '^https?://' AND length(url) <= 2000),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      active boolean NOT NULL DEFAULT true,
      interval_minutes integer NOT NULL DEFAULT 60 CHECK (interval_minutes BETWEEN 5 AND 10080),
      last_polled_at timestamptz,
      last_status text CHECK (last_status IN ('ok', 'error')),
      last_error text,
      last_new_articles integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE news_articles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source_kind text NOT NULL CHECK (source_kind IN ('upload', 'url', 'feed', 'demo')),
      source_name text NOT NULL,
      feed_id uuid REFERENCES news_feeds(id) ON DELETE SET NULL,
      url text,
      canonical_url text,
      text_hash text NOT NULL,
      outlet text,
      title text,
      published date,
      byline text,
      body text NOT NULL,
      facts jsonb NOT NULL,
      types text[] NOT NULL DEFAULT '{}',
      place_codes text[] NOT NULL DEFAULT '{}',
      event_date date,
      ingested_by uuid REFERENCES users(id),
      ingested_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // The same article twice is stored once: by its canonical address, or by its text.
  await sql`CREATE UNIQUE INDEX news_articles_canonical_idx ON news_articles(canonical_url)
    WHERE canonical_url IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX news_articles_hash_idx ON news_articles(text_hash)`.execute(db);
  await sql`CREATE INDEX news_articles_date_idx ON news_articles(event_date)`.execute(db);
  await sql`CREATE INDEX news_articles_published_idx ON news_articles(published)`.execute(db);
  await sql`
    CREATE TABLE news_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged')),
      merged_into uuid REFERENCES news_events(id),
      title text,
      event_date date,
      first_published date,
      types text[] NOT NULL DEFAULT '{}',
      facts jsonb NOT NULL DEFAULT '{}'::jsonb,
      conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
      places jsonb NOT NULL DEFAULT '[]'::jsonb,
      related uuid[] NOT NULL DEFAULT '{}',
      article_count integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'merged') = (merged_into IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX news_events_date_idx ON news_events(event_date DESC)
    WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX news_events_types_idx ON news_events USING gin(types)`.execute(db);
  await sql`
    CREATE TABLE news_event_articles (
      article_id uuid PRIMARY KEY REFERENCES news_articles(id) ON DELETE CASCADE,
      event_id uuid NOT NULL REFERENCES news_events(id)
    )`.execute(db);
  await sql`CREATE INDEX news_event_articles_event_idx ON news_event_articles(event_id)`.execute(
    db,
  );
  // One row per official code an event names, every level: hotspots count events per region.
  await sql`
    CREATE TABLE news_event_places (
      event_id uuid NOT NULL REFERENCES news_events(id) ON DELETE CASCADE,
      region_code text NOT NULL,
      level text NOT NULL,
      PRIMARY KEY (event_id, region_code)
    )`.execute(db);
  await sql`CREATE INDEX news_event_places_code_idx ON news_event_places(region_code)`.execute(db);
  await sql`
    CREATE TABLE news_leads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES news_events(id),
      kind text NOT NULL CHECK (kind IN ('desa_binaan', 'watchlist')),
      lead_key text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
      office_id uuid REFERENCES offices(id),
      payload jsonb NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text,
      target_type text CHECK (target_type IN ('desa_binaan', 'watchlist_entry')),
      target_id uuid,
      UNIQUE (event_id, lead_key),
      CHECK ((status = 'open') = (decided_at IS NULL)),
      CHECK ((status = 'accepted') = (target_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX news_leads_status_idx ON news_leads(status, created_at DESC)`.execute(db);
  await sql`CREATE INDEX news_leads_target_idx ON news_leads(target_id)
    WHERE target_id IS NOT NULL`.execute(db);
}
