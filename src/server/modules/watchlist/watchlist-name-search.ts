import type { AppDeps } from '../../deps.ts';
import { matchingFor } from '../matching/matching.service.ts';
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
  const best = hits[0]?.hit.score ?? 0;
  return hits.filter((h) => h.hit.score >= best * RELATIVE_FLOOR).map((h) => h.item.id);
}

/**
 * A name search: the engine's hits within `filter` (reach, status, kind, office and the other
 * filters, applied by the database) ranked by score, then every other entry in `filter` whose
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
  const rankedRows = ranked.flatMap((id) => byId.get(id) ?? []);
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
