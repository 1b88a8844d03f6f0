import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { readDocument } from '../../../news/index.ts';
import type { Actor, Initiator } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  DEFAULT_FETCH_LIMITS,
  fetchDocument,
  fileNameFor,
  type FetchLimits,
} from './news-fetch.ts';
import { checkUrlStatically, networkPolicyOf } from './url-guard.ts';
import {
  ingestDocuments,
  type IngestCounts,
  type IngestDocument,
  type IngestResult,
} from './news-ingest.service.ts';
import { findFeedById, listDueFeeds, listFeeds, type FeedRow } from './news.repository.ts';
import type { FeedInput, FeedPatch, FeedView } from './news.schema.ts';

/** A feed item this short is a teaser: the article page is fetched for the full text. */
const TEASER_CHARS = 600;
/** Pages fetched per poll at most, so one feed cannot keep the job busy. */
const MAX_PAGES_PER_POLL = 25;

/** The API view of a feed. */
export function toFeedView(row: FeedRow): FeedView {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    active: row.active,
    intervalMinutes: row.interval_minutes,
    lastPolledAt: row.last_polled_at?.toISOString() ?? null,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastNewArticles: row.last_new_articles,
  };
}

function feedNotFound(): AppError {
  return new AppError('not_found', 'Feed berita tidak ditemukan.', {
    messageEn: 'News feed not found.',
  });
}

function duplicateFeed(url: string): AppError {
  const message = `Feed ${url} sudah terdaftar.`;
  const messageEn = `Feed ${url} is already configured.`;
  return new AppError('conflict', message, {
    messageEn,
    issues: [{ path: 'url', message, messageEn }],
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}

/** The configured feeds. */
export async function listNewsFeeds(deps: AppDeps): Promise<FeedView[]> {
  return (await listFeeds(deps.database.db)).map(toFeedView);
}

/** Adds a feed (http/https only; an address configured before is a 409 naming `url`). */
export async function createFeed(deps: AppDeps, actor: Actor, input: FeedInput): Promise<FeedView> {
  const url = checkUrlStatically(input.url, 'url', networkPolicyOf(deps.config)).href;
  try {
    const row = await deps.database.db.transaction().execute(async (trx) => {
      const now = deps.clock();
      const created = await trx
        .insertInto('news_feeds')
        .values({
          url,
          title: input.title,
          active: input.active,
          interval_minutes: input.intervalMinutes,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        actor,
        {
          action: 'news.feed.create',
          targetType: 'news_feed',
          targetId: created.id,
          details: { url, title: input.title },
        },
        deps.clock,
      );
      return created;
    });
    return toFeedView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateFeed(url);
    throw error;
  }
}

/** Changes a feed's title, address, interval or active flag. */
export async function updateFeed(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: FeedPatch,
): Promise<FeedView> {
  const url =
    input.url === undefined
      ? undefined
      : checkUrlStatically(input.url, 'url', networkPolicyOf(deps.config)).href;
  try {
    const row = await deps.database.db.transaction().execute(async (trx) => {
      const before = await findFeedById(trx, id);
      if (!before) throw feedNotFound();
      const after = await trx
        .updateTable('news_feeds')
        .set({
          ...(url !== undefined ? { url } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(input.intervalMinutes !== undefined
            ? { interval_minutes: input.intervalMinutes }
            : {}),
          updated_at: deps.clock(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        actor,
        {
          action: 'news.feed.update',
          targetType: 'news_feed',
          targetId: id,
          details: { changes: { ...input, ...(url ? { url } : {}) } },
        },
        deps.clock,
      );
      return after;
    });
    return toFeedView(row);
  } catch (error) {
    if (isUniqueViolation(error) && url) throw duplicateFeed(url);
    throw error;
  }
}

/** Removes a feed; the articles it brought stay. */
export async function deleteFeed(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    const before = await findFeedById(trx, id);
    if (!before) throw feedNotFound();
    await trx.deleteFrom('news_feeds').where('id', '=', id).execute();
    await appendAudit(
      trx,
      actor,
      {
        action: 'news.feed.delete',
        targetType: 'news_feed',
        targetId: id,
        details: { url: before.url, title: before.title },
      },
      deps.clock,
    );
  });
}

/** A feed item as a plain-text document with the header lines the pipeline reads. */
function itemAsText(item: {
  url: string | null;
  title: string | null;
  published: string | null;
  body: string;
}): string {
  const headers = [
    item.url ? `URL: ${item.url}` : null,
    item.title ? `TITLE: ${item.title.replace(/\s+/g, ' ')}` : null,
    item.published ? `PUBLISHED: ${item.published}` : null,
  ].filter((h): h is string => h !== null);
  return headers.length > 0 ? `${headers.join('\n')}\n\n${item.body}` : item.body;
}

/** Records on a feed when it was polled and how it went, audited, in the given transaction. */
async function recordPoll(
  deps: AppDeps,
  trx: Kysely<DB>,
  initiator: Initiator,
  feed: FeedRow,
  counts: IngestCounts | null,
  error: string | null,
): Promise<FeedRow> {
  const updated = await trx
    .updateTable('news_feeds')
    .set({
      last_polled_at: deps.clock(),
      last_status: error ? 'error' : 'ok',
      last_error: error ? error.slice(0, 1000) : null,
      last_new_articles: counts?.stored ?? 0,
    })
    .where('id', '=', feed.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(
    trx,
    initiator,
    {
      action: 'news.feed.poll',
      targetType: 'news_feed',
      targetId: feed.id,
      details: {
        url: feed.url,
        ok: !error,
        error,
        stored: counts?.stored ?? 0,
        duplicates: counts?.duplicates ?? 0,
        errors: counts?.errors ?? 0,
      },
    },
    deps.clock,
  );
  return updated;
}

/**
 * Reads one feed now: its items are ingested (a teaser item is replaced by its article page when
 * that can be fetched), and the feed records when it was polled and how it went. New articles
 * and that record commit in one transaction, so a poll that cannot be recorded stores nothing
 * and the next poll reads the items afresh. A failing source is recorded on the feed, never
 * thrown, so one bad feed does not stop the others.
 */
export async function pollFeed(
  deps: AppDeps,
  initiator: Initiator,
  feed: FeedRow,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<{ feed: FeedView; result: IngestResult | null }> {
  let result: IngestResult | null = null;
  let recorded: FeedRow | null = null;
  let error: string | null = null;
  try {
    const docs = await fetchFeedDocuments(feed, networkPolicyOf(deps.config), limits);
    result = await ingestDocuments(deps, initiator, docs, async (trx, counts) => {
      recorded = await recordPoll(deps, trx, initiator, feed, counts, null);
    });
  } catch (caught) {
    // A record made in a transaction that then failed was rolled back with the articles.
    recorded = null;
    error = caught instanceof Error ? caught.message : String(caught);
  }
  // Nothing new was stored (or the ingestion failed): the poll is recorded on its own.
  const row: FeedRow =
    recorded ??
    (await deps.database.db
      .transaction()
      .execute((trx) => recordPoll(deps, trx, initiator, feed, result, error)));
  return { feed: toFeedView(row), result };
}

/** Fetches a feed and the pages of its teaser items, as documents to ingest. */
async function fetchFeedDocuments(
  feed: FeedRow,
  policy: ReturnType<typeof networkPolicyOf>,
  limits: FetchLimits,
): Promise<IngestDocument[]> {
  const fetched = await fetchDocument(feed.url, policy, limits);
  const raw = readDocument({ file: fileNameFor(fetched), content: fetched.bytes });
  if (!Array.isArray(raw)) throw new Error(raw.error);
  const docs: IngestDocument[] = [];
  let pages = 0;
  for (const [index, item] of raw.entries()) {
    const name = item.url ?? `${feed.url}#${index + 1}`;
    if (item.url && item.body.length < TEASER_CHARS && pages < MAX_PAGES_PER_POLL) {
      pages += 1;
      try {
        const page = await fetchDocument(item.url, policy, limits);
        docs.push({
          file: fileNameFor(page),
          content: page.bytes,
          sourceKind: 'feed',
          sourceName: name,
          feedId: feed.id,
          fetchedUrl: page.url,
        });
        continue;
      } catch {
        // The item's own text is better than nothing when its page cannot be fetched.
      }
    }
    docs.push({
      file: `${name}#item.txt`,
      content: itemAsText(item),
      sourceKind: 'feed',
      sourceName: name,
      feedId: feed.id,
    });
  }
  return docs;
}

/** Polls one feed on demand. */
export async function pollFeedNow(deps: AppDeps, actor: Actor, id: string, limits?: FetchLimits) {
  const feed = await findFeedById(deps.database.db, id);
  if (!feed) throw feedNotFound();
  return pollFeed(deps, actor, feed, limits);
}

/** Polls every active feed whose interval has passed (the scheduled job). */
export async function pollDueFeeds(
  deps: AppDeps,
  initiator: Initiator,
  limits?: FetchLimits,
): Promise<number> {
  const due = await listDueFeeds(deps.database.db, deps.clock());
  for (const feed of due) await pollFeed(deps, initiator, feed, limits);
  return due.length;
}
