import { request } from './client.ts';

/** What happened to one article of an ingestion. */
export interface IngestItem {
  file: string;
  status: 'stored' | 'duplicate' | 'error';
  articleId: string | null;
  eventId: string | null;
  title: string | null;
  error: string | null;
}

/** The outcome of an upload, fetch or poll. */
export interface IngestResult {
  items: IngestItem[];
  stored: number;
  duplicates: number;
  errors: number;
}

/** A place an event names, with the articles naming it. */
export interface EventPlace {
  code: string;
  name: string | null;
  level: string | null;
  articleIds: string[];
}

/** One event in the inbox. */
export interface EventSummary {
  id: string;
  title: string | null;
  date: string | null;
  firstPublished: string | null;
  types: string[];
  places: EventPlace[];
  articleCount: number;
  outlets: string[];
  conflictCount: number;
  openLeads: number;
}

/** A value and the articles stating it. */
export interface Sourced<T> {
  value: T;
  articleIds: string[];
}

/** A highlighted stretch of an article. */
export interface FactSpan {
  start: number;
  end: number;
  kind: 'office' | 'place' | 'date' | 'person' | 'number';
  label: string;
}

/** A lead an event proposes. */
export interface NewsLead {
  id: string;
  eventId: string;
  eventTitle: string | null;
  kind: 'desa_binaan' | 'watchlist';
  status: 'open' | 'accepted' | 'rejected';
  payload: Record<string, unknown>;
  office: { id: string; name: string } | null;
  createdBy: string | null;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  target: { type: 'desa_binaan' | 'watchlist_entry'; id: string; label: string | null } | null;
  registeredDesaId: string | null;
}

/** One article of an event, with its text and the facts found in it. */
export interface EventArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  sourceKind: string;
  sourceName: string;
  ingestedAt: string;
  types: { code: string; evidence: string[] }[];
  text: string;
  spans: FactSpan[];
}

/** The event page. */
export interface EventDetail {
  event: EventSummary & {
    related: { id: string; title: string | null; date: string | null }[];
    facts: {
      offices: Sourced<{ key: string; name: string }>[];
      persons: Sourced<{ name: string; role: string | null }>[];
      numbers: Sourced<{ kind: string; value: number; unit: string }>[];
      dates: Sourced<string>[];
    };
    conflicts: { kind: 'number' | 'name'; field: string; values: Sourced<string | number>[] }[];
  };
  articles: EventArticle[];
  leads: NewsLead[];
  leadsHidden: boolean;
}

/** Inbox filters. */
export interface EventFilters {
  type?: string;
  region?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** A configured feed. */
export interface NewsFeed {
  id: string;
  url: string;
  title: string;
  active: boolean;
  intervalMinutes: number;
  lastPolledAt: string | null;
  lastStatus: 'ok' | 'error' | null;
  lastError: string | null;
  lastNewArticles: number;
}

/** Events per page of the inbox. */
export const EVENTS_PAGE_SIZE = 50;

/** One page of the inbox: the events from `offset` on, and how many match in all. */
export function listEvents(
  filters: EventFilters,
  offset = 0,
): Promise<{ events: EventSummary[]; total: number }> {
  return request('GET', '/news/events', {
    query: { ...filters, limit: EVENTS_PAGE_SIZE, offset },
  });
}

/** One event. */
export function getEvent(id: string): Promise<EventDetail> {
  return request('GET', `/news/events/${encodeURIComponent(id)}`);
}

/** Uploads files read in the browser. */
export function uploadFiles(files: { file: string; content: string }[]): Promise<IngestResult> {
  return request('POST', '/news/upload', { body: { files } });
}

/** Fetches one page or feed by address. */
export function fetchUrl(url: string): Promise<IngestResult> {
  return request('POST', '/news/fetch', { body: { url } });
}

/** The configured feeds. */
export async function listFeeds(): Promise<NewsFeed[]> {
  return (await request<{ feeds: NewsFeed[] }>('GET', '/news/feeds')).feeds;
}

/** Adds a feed. */
export function createFeed(input: {
  url: string;
  title: string;
  intervalMinutes?: number;
}): Promise<NewsFeed> {
  return request('POST', '/news/feeds', { body: input });
}

/** Turns a feed on or off. */
export function setFeedActive(id: string, active: boolean): Promise<NewsFeed> {
  return request('PATCH', `/news/feeds/${encodeURIComponent(id)}`, { body: { active } });
}

/** Removes a feed. */
export function deleteFeed(id: string): Promise<void> {
  return request('DELETE', `/news/feeds/${encodeURIComponent(id)}`);
}

/** Polls a feed now. */
export function pollFeed(id: string): Promise<{ feed: NewsFeed; result: IngestResult | null }> {
  return request('POST', `/news/feeds/${encodeURIComponent(id)}/poll`);
}

/** Leads across events. */
export function listLeads(
  status?: NewsLead['status'],
): Promise<{ leads: NewsLead[]; leadsHidden: boolean }> {
  return request('GET', '/news/leads', { query: { status } });
}

/** Accepts a lead. */
export function acceptLead(id: string, body: Record<string, unknown> = {}): Promise<NewsLead> {
  return request('POST', `/news/leads/${encodeURIComponent(id)}/accept`, { body });
}

/** Rejects a lead with a note. */
export function rejectLead(id: string, note: string): Promise<NewsLead> {
  return request('POST', `/news/leads/${encodeURIComponent(id)}/reject`, { body: { note } });
}

/** Names a perpetrator of an event to propose to the watchlist. */
export function createLead(
  eventId: string,
  input: {
    entryKind: 'person' | 'organization' | 'phone';
    names: string[];
    phones: string[];
    role?: string | null;
    note?: string | null;
  },
): Promise<NewsLead> {
  return request('POST', `/news/events/${encodeURIComponent(eventId)}/leads`, { body: input });
}
