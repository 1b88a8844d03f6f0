import { MatchIndex } from '../../../engine/index.ts';
import type { AppDeps } from '../../deps.ts';
import { entryToWatch, matchingFor } from '../matching/matching.service.ts';
import type { EntryListFilter, EntryRow } from './watchlist.repository.ts';
import { listAllEntries, listEntries } from './watchlist.repository.ts';

/** The most engine hits a name search ranks (the engine scores at most 160 candidates). */
const RANKED_LIMIT = 200;

/**
 * Engine hits below this share of the best hit's score are left to the substring search: a name
 * alone, without a birth date, scores low on the engine's calibrated scale (a few per cent), so
 * a fixed floor would drop true variants, while candidates that share only a common token score
 * orders of magnitude below the best one.
 */
const RELATIVE_FLOOR = 0.01;

/** Statuses the process's index does not hold (it holds active and delist_requested). */
const NOT_INDEXED: EntryRow['status'][] = ['proposed', 'rejected', 'expired', 'delisted'];

/**
 * Above this many candidates outside the index, a name search of them stays a substring search:
 * building a temporary index costs about as much per entry as indexing one at start-up.
 */
const TEMPORARY_INDEX_LIMIT = 2000;

/** Engine hits best first, cut at RELATIVE_FLOOR of the best score. */
function keepNearBest<T>(hits: readonly T[], scoreOf: (hit: T) => number): T[] {
  const best = hits[0] ? scoreOf(hits[0]) : 0;
  return hits.filter((h) => scoreOf(h) >= best * RELATIVE_FLOOR);
}

/**
 * Entries outside the index (proposals, rejected, expired and delisted ones) within `filter`,
 * ranked by the engine through a small temporary index of just those rows, so a proposal is
 * found by a spelling variant ("Moch Djoko" for a proposed "Muhammad Joko") as an active entry
 * is. Skipped (left to the substring search) when they are too many.
 */
async function rankNonIndexedByName(
  deps: AppDeps,
  filter: Omit<EntryListFilter, 'name'>,
  name: string,
): Promise<EntryRow[]> {
  const status = filter.status ? filter.status.filter((s) => NOT_INDEXED.includes(s)) : NOT_INDEXED;
  if (status.length === 0) return [];
  const rows = await listAllEntries(deps.database.db, { ...filter, status });
  if (rows.length === 0 || rows.length > TEMPORARY_INDEX_LIMIT) return [];
  const index = new MatchIndex();
  const byId = new Map<string, EntryRow>();
  for (const row of rows) {
    index.add({ ...entryToWatch(row), id: row.id });
    byId.set(row.id, row);
  }
  const hits = index.search(
    { name, ...(filter.kind ? { kinds: [filter.kind] } : {}) },
    { limit: RANKED_LIMIT, minScore: 0 },
  );
  return keepNearBest(hits, (h) => h.score).flatMap((h) => byId.get(h.entryId) ?? []);
}

/**
 * Entries the matching engine finds for a name, best first (equal scores by entry id). The
 * process's index holds active entries and those awaiting delisting, so old and new spelling,
 * the Muhammad family, titles and token order are handled as in screening. The search ranks,
 * it does not alert: the reporting floor of screening does not apply.
 */
export async function rankEntriesByName(
  deps: AppDeps,
  name: string,
  kind: EntryRow['kind'] | undefined,
): Promise<string[]> {
  const index = await matchingFor(deps);
  await index.catchUp();
  const hits = index.search(
    { name, ...(kind ? { kinds: [kind] } : {}) },
    (item) => item.source === 'watchlist',
    RANKED_LIMIT,
    { minScore: 0 },
  );
  return keepNearBest(hits, (h) => h.hit.score).map((h) => h.item.id);
}

/**
 * A name search: the engine's hits within `filter` (reach, status, kind, office and the other
 * filters, applied by the database) ranked by score, then the engine's hits among the entries
 * the index does not hold (a temporary index, see rankNonIndexedByName), then every other entry in `filter` whose
 * name or alias contains the text (entries the index does not hold, such as proposals, and any
 * the engine ranked below its reporting threshold), newest proposal first, so nothing that a
 * substring search finds goes missing. `total` counts both parts.
 */
export async function searchByName(
  deps: AppDeps,
  filter: Omit<EntryListFilter, 'name'>,
  name: string,
  page: { limit: number; offset: number },
): Promise<{ rows: EntryRow[]; total: number }> {
  const db = deps.database.db;
  const ranked = await rankEntriesByName(deps, name, filter.kind);
  const accepted = ranked.length === 0 ? [] : await listAllEntries(db, { ...filter, ids: ranked });
  const byId = new Map(accepted.map((row) => [row.id, row]));
  const rankedRows = [
    ...ranked.flatMap((id) => byId.get(id) ?? []),
    ...(await rankNonIndexedByName(deps, filter, name)),
  ];
  const head = rankedRows.slice(page.offset, page.offset + page.limit);
  const rest = await listEntries(
    db,
    { ...filter, name, excludeIds: rankedRows.map((r) => r.id) },
    {
      limit: page.limit - head.length,
      offset: Math.max(0, page.offset - rankedRows.length),
    },
  );
  return { rows: [...head, ...rest.rows], total: rankedRows.length + rest.total };
}
