import { AppError } from '../../../domain/errors.ts';
import type { ArticleFacts, EventConflict, EventFacts, NewsEvent } from '../../../news/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { toLeadViews } from './news-lead-view.ts';
import { auditLeadRead, canReadPersonLeads } from './news-leads.service.ts';
import { computeFactSpans } from './news-spans.ts';
import {
  findEventById,
  listEventArticles,
  listEventsByIds,
  listLeadsOfEvent,
  searchEvents,
  type EventRow,
} from './news.repository.ts';
import type { EventDetail, EventsQuery, EventSummary } from './news.schema.ts';

function eventNotFound(): AppError {
  return new AppError('not_found', 'Peristiwa berita tidak ditemukan.', {
    messageEn: 'News event not found.',
  });
}

function summaryOf(row: EventRow, extra: { openLeads: number; outlets: string[] }): EventSummary {
  const places = (row.places as NewsEvent['places']).map((p) => ({
    code: p.code,
    name: p.name,
    level: p.level,
    articleIds: p.files,
  }));
  return {
    id: row.id,
    title: row.title,
    date: row.event_date,
    firstPublished: row.first_published,
    types: row.types,
    places,
    articleCount: row.article_count,
    outlets: extra.outlets.filter((o) => o !== ''),
    conflictCount: (row.conflicts as EventConflict[]).length,
    openLeads: extra.openLeads,
  };
}

/** The news inbox: active events by TPPO type, region (code prefix) and date, newest first. */
export async function listNewsEvents(
  deps: AppDeps,
  query: EventsQuery,
): Promise<{ events: EventSummary[]; total: number }> {
  const { rows, total } = await searchEvents(deps.database.db, query);
  return {
    events: rows.map((r) => summaryOf(r, { openLeads: r.open_leads, outlets: r.outlets })),
    total,
  };
}

function renameFiles<T>(
  values: { value: T; files: string[] }[],
): { value: T; articleIds: string[] }[] {
  return values.map((v) => ({ value: v.value, articleIds: v.files }));
}

/**
 * One event: its sources with their text and the extracted facts as highlight spans, the merged
 * facts with the articles stating each, the conflicts between outlets, related events and the
 * leads. A merged event answers with the event that took it over. Watchlist leads name
 * perpetrators: only person readers get them, and the read is audited.
 */
export async function getNewsEvent(deps: AppDeps, actor: Actor, id: string): Promise<EventDetail> {
  const db = deps.database.db;
  let row = await findEventById(db, id);
  for (let hops = 0; row && row.status === 'merged' && row.merged_into && hops < 10; hops++) {
    row = await findEventById(db, row.merged_into);
  }
  if (!row || row.status !== 'active') throw eventNotFound();
  const articles = await listEventArticles(db, row.id);
  const allLeads = await listLeadsOfEvent(db, row.id);
  const personal = canReadPersonLeads(actor);
  const leads = personal ? allLeads : allLeads.filter((l) => l.kind !== 'watchlist');
  await auditLeadRead(deps, actor, leads, row.id);
  const related = await listEventsByIds(db, row.related);
  const facts = row.facts as EventFacts;
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  return {
    event: {
      ...summaryOf(row, {
        openLeads: leads.filter((l) => l.status === 'open').length,
        outlets,
      }),
      related: related
        .filter((r) => r.status === 'active')
        .map((r) => ({ id: r.id, title: r.title, date: r.event_date ?? r.first_published })),
      facts: {
        offices: renameFiles(facts.offices ?? []),
        persons: renameFiles(facts.persons ?? []),
        numbers: renameFiles(facts.numbers ?? []),
        dates: renameFiles(facts.dates ?? []),
      },
      conflicts: (row.conflicts as EventConflict[]).map((c) => ({
        kind: c.kind,
        field: c.field,
        values: renameFiles(c.values),
      })),
    },
    articles: articles.map((a) => {
      const articleFacts = a.facts as ArticleFacts;
      return {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        url: a.url,
        published: a.published,
        byline: a.byline,
        sourceKind: a.source_kind,
        sourceName: a.source_name,
        ingestedAt: a.ingested_at.toISOString(),
        types: articleFacts.types,
        text: a.body,
        spans: computeFactSpans(a.body, articleFacts),
      };
    }),
    leads: await toLeadViews(
      db,
      leads.map((l) => ({ ...l, event_title: row.title })),
    ),
    leadsHidden: !personal && leads.length !== allLeads.length,
  };
}
