import type { Kysely } from 'kysely';
import { AppError, invalidField } from '../../../domain/errors.ts';
import {
  cleanDocument,
  extractFacts,
  indexOfficeRegistry,
  type CleanedArticle,
  type NewsInput,
} from '../../../news/index.ts';
import { loadRegions } from '../../../regions/index.ts';
import { isSystem, type Initiator } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { NewsSourceKind } from '../../db/schema-news.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { listOfficeRows } from '../org/org.repository.ts';
import {
  fetchDocument,
  fileNameFor,
  type FetchLimits,
  DEFAULT_FETCH_LIMITS,
} from './news-fetch.ts';
import { networkPolicyOf } from './url-guard.ts';
import { regroupAround } from './news-grouping.service.ts';
import { canonicalUrl, textHash } from './news-identity.ts';
import { findDuplicateArticle, insertArticle } from './news.repository.ts';

/** One document to ingest and where it came from. */
export interface IngestDocument extends NewsInput {
  sourceKind: NewsSourceKind;
  /** The file name or address shown as the source. */
  sourceName: string;
  feedId?: string | null;
  /** The address the document was fetched from, when the document does not name one. */
  fetchedUrl?: string | null;
}

/** What happened to one article of an ingested document. */
export interface IngestItem {
  file: string;
  status: 'stored' | 'duplicate' | 'error';
  articleId: string | null;
  eventId: string | null;
  title: string | null;
  error: string | null;
}

/** How many articles of an ingestion were stored, were duplicates or could not be read. */
export interface IngestCounts {
  stored: number;
  duplicates: number;
  errors: number;
}

/** The outcome of one ingestion. */
export interface IngestResult extends IngestCounts {
  items: IngestItem[];
}

function countsOf(items: readonly IngestItem[]): IngestCounts {
  return {
    stored: items.filter((i) => i.status === 'stored').length,
    duplicates: items.filter((i) => i.status === 'duplicate').length,
    errors: items.filter((i) => i.status === 'error').length,
  };
}

/** The office registry in the pipeline's form: names and short names of every office. */
async function officeRegistry(db: Kysely<DB>): Promise<Map<string, string>> {
  const offices = await listOfficeRows(db, { includeInactive: false });
  return indexOfficeRegistry(
    offices
      .filter((o) => o.kind !== 'partner' || o.partner_type !== 'other')
      .map((o) => ({
        id: o.id,
        names: [o.name, o.short_name],
      })),
  );
}

function effectiveUrl(
  article: CleanedArticle,
  doc: IngestDocument,
  isFeedItem: boolean,
): string | null {
  if (article.url) return article.url;
  // A feed's own address is not its items' address.
  return isFeedItem ? null : (doc.fetchedUrl ?? null);
}

/**
 * Cleans, extracts and stores documents (a feed gives one article per item), each article once:
 * an article whose canonical address or normalised text is already stored is reported as a
 * duplicate with the stored id. New articles are grouped into events with the stored ones
 * around them, all in one audited transaction. A caller that records the ingestion on its own
 * row (a feed's poll) passes `alongside`: it runs in that transaction when articles are stored,
 * so the articles and the record commit together.
 */
export async function ingestDocuments(
  deps: AppDeps,
  initiator: Initiator,
  docs: readonly IngestDocument[],
  alongside?: (trx: Kysely<DB>, counts: IngestCounts) => Promise<void>,
): Promise<IngestResult> {
  const db = deps.database.db;
  const regions = await loadRegions();
  const offices = await officeRegistry(db);
  const items: IngestItem[] = [];
  const fresh: {
    item: IngestItem;
    values: Parameters<typeof insertArticle>[1];
  }[] = [];
  const batchKeys = new Set<string>();
  for (const doc of docs) {
    const cleaned = cleanDocument({ file: doc.file, content: doc.content });
    const isFeedItem = cleaned.length > 1 || cleaned.some((c) => /#\d+$/.test(c.file));
    for (const entry of cleaned) {
      const file = isFeedItem
        ? entry.file.replace(/^.*?(#\d+)$/, `${doc.sourceName}$1`)
        : doc.sourceName;
      if ('error' in entry) {
        items.push({
          file,
          status: 'error',
          articleId: null,
          eventId: null,
          title: null,
          error: entry.error,
        });
        continue;
      }
      const url = effectiveUrl(entry, doc, isFeedItem);
      const canonical = canonicalUrl(url);
      const hash = textHash(entry.text);
      const item: IngestItem = {
        file,
        status: 'stored',
        articleId: null,
        eventId: null,
        title: entry.title,
        error: null,
      };
      items.push(item);
      const existing = await findDuplicateArticle(db, canonical, hash);
      if (existing || batchKeys.has(hash) || (canonical && batchKeys.has(canonical))) {
        item.status = 'duplicate';
        item.articleId = existing?.id ?? null;
        continue;
      }
      batchKeys.add(hash);
      if (canonical) batchKeys.add(canonical);
      const facts = extractFacts(entry, { regions, offices });
      fresh.push({
        item,
        values: {
          source_kind: doc.sourceKind,
          source_name: doc.sourceName.slice(0, 2000),
          feed_id: doc.feedId ?? null,
          url,
          canonical_url: canonical,
          text_hash: hash,
          outlet: entry.outlet,
          title: entry.title,
          published: entry.published,
          byline: entry.byline,
          body: entry.text,
          facts: JSON.stringify(facts),
          types: facts.types.map((t) => t.code),
          place_codes: facts.places.map((p) => p.code).filter((c): c is string => c !== null),
          event_date: facts.eventDate && facts.eventDate.length === 10 ? facts.eventDate : null,
          ingested_by: isSystem(initiator) ? null : initiator.userId,
          ingested_at: deps.clock(),
        },
      });
    }
  }
  if (fresh.length > 0) {
    await db.transaction().execute(async (trx) => {
      const ids: string[] = [];
      for (const { item, values } of fresh) {
        item.articleId = await insertArticle(trx, values);
        ids.push(item.articleId);
      }
      const grouping = await regroupAround(trx, ids, deps.clock());
      for (const { item } of fresh)
        item.eventId = grouping.eventOf.get(item.articleId ?? '') ?? null;
      await appendAudit(
        trx,
        initiator,
        {
          action: 'news.ingest',
          targetType: 'news_article',
          targetId: ids[0],
          details: {
            sources: [...new Set(docs.map((d) => `${d.sourceKind}:${d.sourceName}`))].slice(0, 20),
            articles: ids,
            duplicates: items.filter((i) => i.status === 'duplicate').length,
            errors: items.filter((i) => i.status === 'error').length,
            events: {
              created: grouping.created,
              updated: grouping.updated,
              merged: grouping.merged,
            },
            leadsAdded: grouping.leadsAdded,
          },
        },
        deps.clock,
      );
      if (alongside) await alongside(trx, countsOf(items));
    });
  }
  // Duplicates point at the event their stored twin belongs to.
  const dupIds = items
    .filter((i) => i.status === 'duplicate' && i.articleId)
    .map((i) => i.articleId as string);
  if (dupIds.length > 0) {
    const rows = await db
      .selectFrom('news_event_articles')
      .select(['article_id', 'event_id'])
      .where('article_id', 'in', dupIds)
      .execute();
    const map = new Map(rows.map((r) => [r.article_id, r.event_id]));
    for (const item of items)
      if (item.status === 'duplicate' && item.articleId)
        item.eventId = map.get(item.articleId) ?? null;
  }
  return { items, ...countsOf(items) };
}

/** Ingests uploaded files (HTML, plain text, RSS/Atom), each named as uploaded. */
export async function ingestFiles(
  deps: AppDeps,
  initiator: Initiator,
  files: readonly { file: string; content: string | Uint8Array }[],
  sourceKind: NewsSourceKind = 'upload',
): Promise<IngestResult> {
  return ingestDocuments(
    deps,
    initiator,
    files.map((f) => ({ ...f, sourceKind, sourceName: f.file })),
  );
}

/** Fetches one page (or feed) by address and ingests it; a fetch failure names the `url` field. */
export async function ingestUrl(
  deps: AppDeps,
  initiator: Initiator,
  address: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<IngestResult> {
  let doc;
  try {
    doc = await fetchDocument(address, networkPolicyOf(deps.config), limits);
  } catch (error) {
    if (error instanceof AppError && error.code === 'unavailable') {
      throw invalidField('url', error.message, String(error.details.messageEn ?? error.message));
    }
    throw error;
  }
  return ingestDocuments(deps, initiator, [
    {
      file: fileNameFor(doc),
      content: doc.bytes,
      sourceKind: 'url',
      sourceName: doc.url,
      fetchedUrl: doc.url,
    },
  ]);
}
