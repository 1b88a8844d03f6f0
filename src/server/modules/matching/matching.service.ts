import pg from 'pg';
import { MatchIndex, type Hit, type MatchQuery, type WatchEntry } from '../../../engine/index.ts';
import type { AppDeps } from '../../deps.ts';
import {
  findOutboxHead,
  listIndexableEntries,
  listIndexableHistory,
  listOutboxAfter,
} from './matching.repository.ts';

/** What the index knows about an indexed item besides what the engine matches on. */
export interface IndexedItem {
  source: 'watchlist' | 'history';
  id: string;
  refCode: string;
  officeId: string;
  listing: 'suspect' | 'protective';
  /** Watchlist entries: how far the listing office shares them. */
  sharingScope: 'office' | 'kanwil' | 'agreement' | 'national' | null;
  /** Watchlist entries: biasa, terbatas or rahasia (see watchlist-sensitivity.ts). */
  sensitivity: 'biasa' | 'terbatas' | 'rahasia' | null;
  tppoTypes: string[];
  /** Watchlist: the listing reason. History: the decision taken. */
  summary: string;
  at: Date | null;
}

/** One hit with what the index knows about it. */
export interface IndexedHit {
  hit: Hit;
  item: IndexedItem;
}

type EntryRow = Awaited<ReturnType<typeof listIndexableEntries>>[number];
type HistoryRow = Awaited<ReturnType<typeof listIndexableHistory>>[number];

const key = (source: IndexedItem['source'], id: string): string =>
  `${source === 'watchlist' ? 'W' : 'S'}:${id}`;

/** The engine's view of a watchlist entry (also used for a temporary index of proposals). */
export function entryToWatch(row: EntryRow): WatchEntry {
  return {
    id: key('watchlist', row.id),
    kind: row.kind,
    names: row.names,
    birthDate: row.birth_date ?? undefined,
    sex: row.sex ?? undefined,
    nik: row.nik ?? undefined,
    passportNumbers: row.passport_numbers,
    phones: row.phones,
    nationality: row.nationality ?? undefined,
    birthPlace: row.birth_place ?? undefined,
    homeRegion: row.home_region_code ?? undefined,
    registrationNumbers: row.registration_numbers,
    address: row.address ?? undefined,
    listing: row.listing,
  };
}

function historyToWatch(row: HistoryRow): WatchEntry {
  return {
    id: key('history', row.id),
    kind: 'person',
    names: [row.subject_name],
    birthDate: row.subject_birth_date ?? undefined,
    sex: row.subject_sex ?? undefined,
    nik: row.subject_nik ?? undefined,
    passportNumbers: row.passport_number ? [row.passport_number] : [],
    listing: 'suspect',
  };
}

/**
 * The in-memory matching index of one process over the active watchlist and the adverse
 * decisions of every office. It loads once, then follows the outbox: LISTEN/NOTIFY wakes it on
 * PostgreSQL, and a short poll is the fallback, so a change made on any node is screenable on
 * every node within a second.
 */
export class MatchingIndexService {
  private readonly index: MatchIndex;
  private readonly items = new Map<string, IndexedItem>();
  private cursor = 0;
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private catching: Promise<number> | null = null;
  private again = false;

  constructor(private readonly deps: AppDeps) {
    this.index = new MatchIndex({ referenceDate: deps.clock() });
  }

  /** How many items are indexed. */
  get size(): number {
    return this.index.size;
  }

  /** Loads everything indexable and remembers where the outbox stands. */
  async load(): Promise<void> {
    const db = this.deps.database.db;
    this.cursor = await findOutboxHead(db);
    for (const row of await listIndexableEntries(db)) this.putEntry(row);
    for (const row of await listIndexableHistory(db)) this.putHistory(row);
  }

  /** Applies outbox rows written since the last call; returns how many were applied. */
  async catchUp(): Promise<number> {
    if (this.catching) {
      this.again = true;
      return this.catching;
    }
    this.catching = this.applyOutbox().finally(() => {
      this.catching = null;
    });
    const applied = await this.catching;
    if (this.again) {
      this.again = false;
      return applied + (await this.catchUp());
    }
    return applied;
  }

  private async applyOutbox(): Promise<number> {
    const db = this.deps.database.db;
    let applied = 0;
    for (;;) {
      const rows = await listOutboxAfter(db, this.cursor);
      if (rows.length === 0) return applied;
      const entryIds = [
        ...new Set(rows.filter((r) => r.entity_type === 'watchlist').map((r) => r.entity_id)),
      ];
      const historyIds = [
        ...new Set(rows.filter((r) => r.entity_type === 'history').map((r) => r.entity_id)),
      ];
      const entries = new Map((await listIndexableEntries(db, entryIds)).map((r) => [r.id, r]));
      const history = new Map((await listIndexableHistory(db, historyIds)).map((r) => [r.id, r]));
      for (const id of entryIds) {
        const row = entries.get(id);
        if (row && (row.status === 'active' || row.status === 'delist_requested'))
          this.putEntry(row);
        else this.drop(key('watchlist', id));
      }
      for (const id of historyIds) {
        const row = history.get(id);
        const adverse =
          row &&
          (row.decision === 'TUNDA' || row.decision === 'TOLAK') &&
          row.decision_status === 'final';
        if (row && adverse) this.putHistory(row);
        else this.drop(key('history', id));
      }
      this.cursor = rows.at(-1)?.id ?? this.cursor;
      applied += rows.length;
    }
  }

  private putEntry(row: EntryRow): void {
    const id = key('watchlist', row.id);
    this.index.upsert(entryToWatch(row));
    this.items.set(id, {
      source: 'watchlist',
      id: row.id,
      refCode: row.ref_code,
      officeId: row.office_id,
      listing: row.listing,
      sharingScope: row.sharing_scope,
      sensitivity: row.sensitivity,
      tppoTypes: row.tppo_types,
      summary: row.reason,
      at: null,
    });
  }

  private putHistory(row: HistoryRow): void {
    const id = key('history', row.id);
    this.index.upsert(historyToWatch(row));
    this.items.set(id, {
      source: 'history',
      id: row.id,
      refCode: row.ref_code,
      officeId: row.office_id,
      listing: 'suspect',
      sharingScope: null,
      sensitivity: null,
      tppoTypes: [],
      summary: row.decision ?? row.recommendation,
      at: row.created_at,
    });
  }

  private drop(id: string): void {
    this.index.remove(id);
    this.items.delete(id);
  }

  /**
   * Searches the index and keeps only the items `accept` allows (the caller's scope and
   * suppressions), best first. `minScore` lowers the reporting floor for a search that ranks
   * rather than alerts (the watchlist's name search).
   */
  search(
    query: MatchQuery,
    accept: (item: IndexedItem) => boolean,
    limit = 10,
    options: { minScore?: number } = {},
  ): IndexedHit[] {
    const hits = this.index.search(query, { limit: Math.max(limit * 5, 50), ...options });
    const out: IndexedHit[] = [];
    for (const hit of hits) {
      const item = this.items.get(hit.entryId);
      if (!item || !accept(item)) continue;
      out.push({ hit, item });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Follows the outbox in the background until stopped. */
  async start(pollMs = 250): Promise<void> {
    const target = this.deps.config.database;
    if (target.kind === 'postgres') {
      const client = new pg.Client({ connectionString: target.url });
      client.on('error', () => undefined);
      await client.connect();
      await client.query('LISTEN waspada_index');
      client.on('notification', () => {
        void this.catchUp().catch(() => undefined);
      });
      this.listener = client;
    }
    const tick = (): void => {
      this.timer = setTimeout(() => {
        this.catchUp()
          .catch(() => undefined)
          .finally(() => {
            if (this.timer) tick();
          });
      }, pollMs);
    };
    tick();
  }

  /** Stops following the outbox. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    await this.catching;
  }
}

const services = new WeakMap<AppDeps, Promise<MatchingIndexService>>();

/** The process's matching index for these dependencies, loaded on first use. */
export function matchingFor(deps: AppDeps): Promise<MatchingIndexService> {
  let service = services.get(deps);
  if (!service) {
    const created = new MatchingIndexService(deps);
    service = created.load().then(() => created);
    services.set(deps, service);
  }
  return service;
}
