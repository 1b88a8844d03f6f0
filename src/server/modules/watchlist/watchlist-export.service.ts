import { isSystem, type Initiator } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { formatEntryCsvLine, WATCHLIST_CSV_HEADER } from './watchlist-file.ts';
import { computeWatchlistReach, scopeFilterOf } from './watchlist-scope.ts';
import { listAllEntries, listEntries, type EntryRow } from './watchlist.repository.ts';

/** What to export. */
export interface ExportOptions {
  /** Statuses to include; default only active entries (what screenings match against). */
  status?: EntryRow['status'][];
  officeId?: string;
}

/**
 * Writes the entries the initiator may see as a watchlist CSV in the engine's format (with a
 * byte-order mark so spreadsheet programs read it as UTF-8); importing it reproduces the entries.
 * A user exports other offices' entries only when they are biasa: terbatas and rahasia entries
 * leave in an export only from their listing office (a redacted row would not import, and a
 * file travels further than a screen). `withheld` counts the entries in reach left out for
 * that. The export is audited with both counts, since it is a bulk read of people's data.
 */
export async function exportWatchlistCsv(
  deps: AppDeps,
  initiator: Initiator,
  options: ExportOptions = {},
): Promise<{ csv: string; count: number; withheld: number }> {
  const db = deps.database.db;
  const reach = isSystem(initiator) ? null : await computeWatchlistReach(deps, initiator);
  const status = options.status && options.status.length > 0 ? options.status : ['active' as const];
  const filter = {
    scope: reach === null ? ('all' as const) : scopeFilterOf(reach),
    status,
    ...(options.officeId ? { officeId: options.officeId } : {}),
  };
  const rows = await listAllEntries(db, {
    ...filter,
    ...(reach === null ? {} : { sensitiveOnlyOf: [...reach.own] }),
  });
  const inReach =
    reach === null ? rows.length : (await listEntries(db, filter, PAGE_FOR_COUNT)).total;
  const withheld = inReach - rows.length;
  const csv = `\uFEFF${[WATCHLIST_CSV_HEADER, ...rows.map(formatEntryCsvLine)].join('\r\n')}\r\n`;
  await appendAudit(
    db,
    initiator,
    {
      action: 'watchlist.export',
      targetType: 'watchlist',
      details: { count: rows.length, withheld, status, officeId: options.officeId ?? null },
    },
    deps.clock,
  );
  return { csv, count: rows.length, withheld };
}

/** A page of no rows: only the total is wanted. */
const PAGE_FOR_COUNT = { limit: 0, offset: 0 };
