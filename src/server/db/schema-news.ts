import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Jsonb<T> = ColumnType<T, string | undefined, string>;

/** A configured RSS/Atom feed that the polling job reads (0080). */
export interface NewsFeedsTable {
  id: Generated<string>;
  url: string;
  title: string;
  active: Generated<boolean>;
  interval_minutes: Generated<number>;
  last_polled_at: Timestamp | null;
  last_status: 'ok' | 'error' | null;
  last_error: string | null;
  last_new_articles: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** How an article came in. */
export type NewsSourceKind = 'upload' | 'url' | 'feed' | 'demo';

/** One stored article with its extracted facts (the pipeline's ArticleFacts as jsonb). */
export interface NewsArticlesTable {
  id: Generated<string>;
  source_kind: NewsSourceKind;
  source_name: string;
  feed_id: string | null;
  url: string | null;
  canonical_url: string | null;
  text_hash: string;
  outlet: string | null;
  title: string | null;
  published: DateOnly | null;
  byline: string | null;
  body: string;
  facts: Jsonb<unknown>;
  types: Generated<string[]>;
  place_codes: Generated<string[]>;
  event_date: DateOnly | null;
  ingested_by: string | null;
  ingested_at: Timestamp;
}

/** An event grouped from articles; a merged event points at the one that took it over. */
export interface NewsEventsTable {
  id: Generated<string>;
  status: Generated<'active' | 'merged'>;
  merged_into: string | null;
  title: string | null;
  event_date: DateOnly | null;
  first_published: DateOnly | null;
  types: Generated<string[]>;
  facts: Jsonb<unknown>;
  conflicts: Jsonb<unknown>;
  places: Jsonb<unknown>;
  related: Generated<string[]>;
  article_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Which event an article belongs to (one each). */
export interface NewsEventArticlesTable {
  article_id: string;
  event_id: string;
}

/** Official region codes an event names, for counting events per region. */
export interface NewsEventPlacesTable {
  event_id: string;
  region_code: string;
  level: string;
}

/** What a lead proposes. */
export type NewsLeadKind = 'desa_binaan' | 'watchlist';

/** A proposal made from an event, accepted or rejected by a person. */
export interface NewsLeadsTable {
  id: Generated<string>;
  event_id: string;
  kind: NewsLeadKind;
  lead_key: string;
  status: Generated<'open' | 'accepted' | 'rejected'>;
  office_id: string | null;
  payload: Jsonb<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  target_type: 'desa_binaan' | 'watchlist_entry' | null;
  target_id: string | null;
}

/** The news tables. */
export interface NewsTables {
  news_feeds: NewsFeedsTable;
  news_articles: NewsArticlesTable;
  news_events: NewsEventsTable;
  news_event_articles: NewsEventArticlesTable;
  news_event_places: NewsEventPlacesTable;
  news_leads: NewsLeadsTable;
}
