import type { Kysely } from 'kysely';
import { groupEvents, type ArticleFacts, type NewsEvent } from '../../../news/index.ts';
import { levelOfCode, parentCodeOf } from '../../../regions/index.ts';
import type { DB } from '../../db/schema.ts';
import { detectLeads, type LeadSourceArticle } from './news-leads.detect.ts';
import {
  articleDateRange,
  listArticlesByIds,
  listEventsByIds,
  listLeadsOfEvent,
  listWindowArticleIds,
  mapEventsOfArticles,
  type ArticleRow,
} from './news.repository.ts';

/** Days around new articles whose stored articles are grouped again with them. */
export const REGROUP_WINDOW_DAYS = 60;

const KEMENDAGRI = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

function shiftDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** What regrouping changed, for the caller's audit row. */
export interface RegroupResult {
  /** Article id → event id, for every article regrouped. */
  eventOf: Map<string, string>;
  created: string[];
  updated: string[];
  merged: { from: string; into: string }[];
  leadsAdded: number;
}

/** Picks, for each new group, the old event that shares most of its articles (each used once). */
function reconcile(
  groups: readonly NewsEvent[],
  oldEventOf: ReadonlyMap<string, string>,
  oldCreated: ReadonlyMap<string, number>,
): (string | null)[] {
  const pairs: { g: number; old: string; count: number }[] = [];
  groups.forEach((group, g) => {
    const counts = new Map<string, number>();
    for (const file of group.files) {
      const old = oldEventOf.get(file);
      if (old) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    for (const [old, count] of counts) pairs.push({ g, old, count });
  });
  pairs.sort(
    (a, b) =>
      b.count - a.count ||
      (oldCreated.get(a.old) ?? 0) - (oldCreated.get(b.old) ?? 0) ||
      (a.old < b.old ? -1 : 1),
  );
  const assigned: (string | null)[] = groups.map(() => null);
  const used = new Set<string>();
  for (const { g, old } of pairs) {
    if (assigned[g] !== null || used.has(old)) continue;
    assigned[g] = old;
    used.add(old);
  }
  return assigned;
}

function titleOf(members: readonly ArticleRow[]): string | null {
  return members.find((a) => a.title)?.title ?? null;
}

function placeRows(
  eventId: string,
  event: NewsEvent,
): { event_id: string; region_code: string; level: string }[] {
  const codes = new Set<string>();
  for (const place of event.places) {
    let code: string | null = KEMENDAGRI.test(place.code) ? place.code : null;
    while (code) {
      codes.add(code);
      code = parentCodeOf(code);
    }
  }
  return [...codes].map((code) => ({
    event_id: eventId,
    region_code: code,
    level: levelOfCode(code) ?? 'unknown',
  }));
}

/** Replaces pipeline file names (our article ids) with themselves and pipeline event ids with ours. */
function remapRelated(related: readonly string[], idOf: ReadonlyMap<string, string>): string[] {
  return related.map((r) => idOf.get(r)).filter((r): r is string => r !== undefined);
}

/**
 * Groups the stored articles around some new ones again (those filed within 60 days of them,
 * and every article sharing an event with those), keeps event ids stable by giving each new
 * group the old event that shares most of its articles, marks old events that lost all their
 * articles as merged into the group that took most of them (moving their leads), rewrites
 * memberships and place codes, and adds the leads the events now propose. Runs in the caller's
 * transaction.
 */
export async function regroupAround(
  trx: Kysely<DB>,
  articleIds: readonly string[],
  now: Date,
): Promise<RegroupResult> {
  const result: RegroupResult = {
    eventOf: new Map(),
    created: [],
    updated: [],
    merged: [],
    leadsAdded: 0,
  };
  const range = await articleDateRange(trx, articleIds);
  if (!range) return result;
  const windowIds = await listWindowArticleIds(
    trx,
    shiftDays(range.from, -REGROUP_WINDOW_DAYS),
    shiftDays(range.to, REGROUP_WINDOW_DAYS),
  );
  const articles = await listArticlesByIds(trx, [...new Set([...windowIds, ...articleIds])]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = groupEvents(
    articles.map((a) => ({ file: a.id, published: a.published, facts: a.facts as ArticleFacts })),
  );
  const oldEventOf = await mapEventsOfArticles(
    trx,
    articles.map((a) => a.id),
  );
  const oldEvents = await listEventsByIds(trx, [...new Set(oldEventOf.values())]);
  const oldCreated = new Map(oldEvents.map((e) => [e.id, e.created_at.getTime()]));
  const assigned = reconcile(groups, oldEventOf, oldCreated);

  // Ids first, so related events can name each other.
  const ids: string[] = [];
  for (let g = 0; g < groups.length; g++) {
    const old = assigned[g];
    if (old) {
      ids.push(old);
      result.updated.push(old);
      continue;
    }
    const row = await trx
      .insertInto('news_events')
      .values({ facts: '{}', conflicts: '[]', places: '[]', updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    result.created.push(row.id);
  }
  const idOfPipeline = new Map(groups.map((group, g) => [group.id, ids[g] as string]));

  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as NewsEvent;
    const id = ids[g] as string;
    const members = group.files.map((f) => byId.get(f)).filter((a): a is ArticleRow => !!a);
    const published = members
      .map((a) => a.published)
      .filter((p): p is string => !!p)
      .sort();
    await trx
      .updateTable('news_events')
      .set({
        status: 'active',
        merged_into: null,
        title: titleOf(members),
        event_date: group.date && group.date.length === 10 ? group.date : null,
        first_published: published[0] ?? null,
        types: group.types,
        facts: JSON.stringify(group.facts),
        conflicts: JSON.stringify(group.conflicts),
        places: JSON.stringify(group.places),
        related: remapRelated(group.related, idOfPipeline),
        article_count: members.length,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    for (const member of members) result.eventOf.set(member.id, id);
  }
  if (result.eventOf.size > 0) {
    await trx
      .insertInto('news_event_articles')
      .values([...result.eventOf].map(([article_id, event_id]) => ({ article_id, event_id })))
      .onConflict((oc) =>
        oc.column('article_id').doUpdateSet((eb) => ({ event_id: eb.ref('excluded.event_id') })),
      )
      .execute();
  }

  // Old events no group kept are merged into the event that took most of their articles.
  const kept = new Set(ids);
  for (const old of oldEvents) {
    if (kept.has(old.id)) continue;
    const counts = new Map<string, number>();
    for (const [article, event] of oldEventOf) {
      if (event !== old.id) continue;
      const now = result.eventOf.get(article);
      if (now) counts.set(now, (counts.get(now) ?? 0) + 1);
    }
    const into = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (!into) continue;
    await trx
      .updateTable('news_events')
      .set({ status: 'merged', merged_into: into, article_count: 0, updated_at: now })
      .where('id', '=', old.id)
      .execute();
    const taken = new Set((await listLeadsOfEvent(trx, into)).map((l) => l.lead_key));
    const moving = (await listLeadsOfEvent(trx, old.id)).filter((l) => !taken.has(l.lead_key));
    if (moving.length > 0) {
      await trx
        .updateTable('news_leads')
        .set({ event_id: into })
        .where(
          'id',
          'in',
          moving.map((l) => l.id),
        )
        .execute();
    }
    result.merged.push({ from: old.id, into });
  }

  await trx.deleteFrom('news_event_places').where('event_id', 'in', ids).execute();
  const places = groups.flatMap((group, g) => placeRows(ids[g] as string, group));
  if (places.length > 0) await trx.insertInto('news_event_places').values(places).execute();

  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as NewsEvent;
    const sources: LeadSourceArticle[] = group.files
      .map((f) => byId.get(f))
      .filter((a): a is ArticleRow => !!a)
      .map((a) => ({
        id: a.id,
        text: a.body,
        facts: a.facts as ArticleFacts,
        reference: [a.event_date, group.date, a.published].find((d) => d?.length === 10) ?? null,
      }));
    const leads = detectLeads(sources);
    if (leads.length === 0) continue;
    const inserted = await trx
      .insertInto('news_leads')
      .values(
        leads.map((lead) => ({
          event_id: ids[g] as string,
          kind: lead.kind,
          lead_key: lead.key,
          office_id: lead.officeId,
          payload: JSON.stringify(lead.payload),
          created_by: null,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['event_id', 'lead_key']).doNothing())
      .returning('id')
      .execute();
    result.leadsAdded += inserted.length;
  }
  return result;
}
