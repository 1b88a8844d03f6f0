import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type {
  NewsArticlesTable,
  NewsEventsTable,
  NewsFeedsTable,
  NewsLeadsTable,
} from '../../db/schema-news.ts';

/** A stored article. */
export type ArticleRow = Selectable<NewsArticlesTable>;
/** A stored event. */
export type EventRow = Selectable<NewsEventsTable>;
/** A configured feed. */
export type FeedRow = Selectable<NewsFeedsTable>;
/** A stored lead. */
export type LeadRow = Selectable<NewsLeadsTable>;

/** The date an article is filed under: its event, else its publication, else its ingestion. */
const EFFECTIVE_DATE = sql<string>`coalesce(event_date, published, (ingested_at AT TIME ZONE 'UTC')::date)`;

/** Finds a stored article with the same canonical address or the same text. */
export async function findDuplicateArticle(
  db: Kysely<DB>,
  canonical: string | null,
  hash: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('news_articles')
    .select('id')
    .where((eb) =>
      canonical === null
        ? eb('text_hash', '=', hash)
        : eb.or([eb('text_hash', '=', hash), eb('canonical_url', '=', canonical)]),
    )
    .executeTakeFirst();
}

/** Stores one article; returns its id. */
export async function insertArticle(
  db: Kysely<DB>,
  values: Insertable<NewsArticlesTable>,
): Promise<string> {
  const row = await db
    .insertInto('news_articles')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Ids of the articles filed between two dates, and of every article sharing an event with them. */
export async function listWindowArticleIds(
  db: Kysely<DB>,
  from: string,
  to: string,
): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH direct AS (
      SELECT id FROM news_articles WHERE ${EFFECTIVE_DATE} BETWEEN ${from}::date AND ${to}::date
    )
    SELECT id FROM direct
    UNION
    SELECT m2.article_id AS id
      FROM direct d
      JOIN news_event_articles m1 ON m1.article_id = d.id
      JOIN news_event_articles m2 ON m2.event_id = m1.event_id`.execute(db);
  return result.rows.map((r) => r.id);
}

/** Articles by id, in ingestion order. */
export async function listArticlesByIds(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<ArticleRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('news_articles')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('ingested_at')
    .orderBy('id')
    .execute();
}

/** The filing date range of some articles. */
export async function articleDateRange(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<{ from: string; to: string } | null> {
  if (ids.length === 0) return null;
  const result = await sql<{ first: string | null; last: string | null }>`
    SELECT min(${EFFECTIVE_DATE})::text AS first, max(${EFFECTIVE_DATE})::text AS last
      FROM news_articles WHERE id IN (${sql.join([...ids])})`.execute(db);
  const row = result.rows[0];
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

/** The event of each article given (articles not yet grouped are absent). */
export async function mapEventsOfArticles(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('news_event_articles')
    .select(['article_id', 'event_id'])
    .where('article_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.article_id, r.event_id]));
}

/** Events by id. */
export async function listEventsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('news_events')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** One event. */
export async function findEventById(db: Kysely<DB>, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('news_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The member articles of an event, oldest publication first. */
export async function listEventArticles(db: Kysely<DB>, eventId: string): Promise<ArticleRow[]> {
  return db
    .selectFrom('news_articles as a')
    .innerJoin('news_event_articles as m', 'm.article_id', 'a.id')
    .selectAll('a')
    .where('m.event_id', '=', eventId)
    .orderBy(sql`a.published NULLS LAST`)
    .orderBy('a.ingested_at')
    .execute();
}

/** Filters of the news inbox. */
export interface EventFilter {
  type?: string | undefined;
  region?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Active events matching the inbox filters, newest first, with the total count. */
export async function searchEvents(
  db: Kysely<DB>,
  filter: EventFilter,
): Promise<{ rows: (EventRow & { open_leads: number; outlets: string[] })[]; total: number }> {
  let query = db.selectFrom('news_events as e').where('e.status', '=', 'active');
  if (filter.type) query = query.where(sql<boolean>`${filter.type} = ANY(e.types)`);
  if (filter.region) {
    const region = filter.region;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('news_event_places as p')
          .select('p.event_id')
          .whereRef('p.event_id', '=', 'e.id')
          .where('p.region_code', '=', region),
      ),
    );
  }
  const day = sql<string>`coalesce(e.event_date, e.first_published)`;
  if (filter.from) query = query.where(sql<boolean>`${day} >= ${filter.from}::date`);
  if (filter.to) query = query.where(sql<boolean>`${day} <= ${filter.to}::date`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('news_event_articles as m')
          .innerJoin('news_articles as a', 'a.id', 'm.article_id')
          .select('m.event_id')
          .whereRef('m.event_id', '=', 'e.id')
          .where((w) => w.or([w('a.title', 'ilike', like), w('a.body', 'ilike', like)])),
      ),
    );
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('e')
    .select([
      sql<number>`(SELECT count(*)::int FROM news_leads l WHERE l.event_id = e.id AND l.status = 'open')`.as(
        'open_leads',
      ),
      sql<
        string[]
      >`ARRAY(SELECT DISTINCT coalesce(a.outlet, '') FROM news_event_articles m JOIN news_articles a ON a.id = m.article_id WHERE m.event_id = e.id)`.as(
        'outlets',
      ),
    ])
    .orderBy(sql`${day} DESC NULLS LAST`)
    .orderBy('e.created_at', 'desc')
    // A total order, so that the pages of the inbox neither repeat nor skip an event.
    .orderBy('e.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total: total.n };
}

/**
 * News events per official region code between two dates (inclusive), optionally inside one
 * region: the hotspot view sets these beside the screening counts. Every level is counted, so
 * a village's event also counts for its district, regency and province.
 */
export async function countNewsEventsByRegion(
  db: Kysely<DB>,
  from: string,
  to: string,
  within?: string,
): Promise<{ code: string; events: number }[]> {
  const result = await sql<{ code: string; events: number }>`
    SELECT p.region_code AS code, count(DISTINCT p.event_id)::int AS events
      FROM news_event_places p
      JOIN news_events e ON e.id = p.event_id AND e.status = 'active'
     WHERE coalesce(e.event_date, e.first_published) BETWEEN ${from}::date AND ${to}::date
       AND ${within ? sql`(p.region_code = ${within} OR p.region_code LIKE ${`${within}.%`})` : sql`true`}
     GROUP BY p.region_code`.execute(db);
  return result.rows;
}

/** Leads of an event, oldest first. */
export async function listLeadsOfEvent(db: Kysely<DB>, eventId: string): Promise<LeadRow[]> {
  return db
    .selectFrom('news_leads')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One lead, optionally locked for a decision. */
export async function findLeadById(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<LeadRow | undefined> {
  let query = db.selectFrom('news_leads').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Leads across events, by status, newest first. */
export async function listLeads(
  db: Kysely<DB>,
  options: {
    status?: LeadRow['status'] | undefined;
    kinds: readonly LeadRow['kind'][];
    limit: number;
  },
): Promise<(LeadRow & { event_title: string | null })[]> {
  if (options.kinds.length === 0) return [];
  let query = db
    .selectFrom('news_leads as l')
    .innerJoin('news_events as e', 'e.id', 'l.event_id')
    .selectAll('l')
    .select('e.title as event_title')
    .where('l.kind', 'in', [...options.kinds]);
  if (options.status) query = query.where('l.status', '=', options.status);
  return query.orderBy('l.created_at', 'desc').limit(options.limit).execute();
}

/** Feeds, by title. */
export async function listFeeds(db: Kysely<DB>): Promise<FeedRow[]> {
  return db.selectFrom('news_feeds').selectAll().orderBy('title').orderBy('id').execute();
}

/** One feed. */
export async function findFeedById(db: Kysely<DB>, id: string): Promise<FeedRow | undefined> {
  return db.selectFrom('news_feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active feeds whose interval has passed since their last poll. */
export async function listDueFeeds(db: Kysely<DB>, now: Date): Promise<FeedRow[]> {
  return db
    .selectFrom('news_feeds')
    .selectAll()
    .where('active', '=', true)
    .where((eb) =>
      eb.or([
        eb('last_polled_at', 'is', null),
        eb(sql`last_polled_at + make_interval(mins => interval_minutes)`, '<=', now),
      ]),
    )
    .orderBy('last_polled_at', sql`asc nulls first`)
    .execute();
}
