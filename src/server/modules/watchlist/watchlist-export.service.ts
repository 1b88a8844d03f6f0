import { isSystem, type Initiator } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { formatEntryCsvLine, WATCHLIST_CSV_HEADER } from './watchlist-file.ts';
import { computeWatchlistReach, scopeFilterOf } from './watchlist-scope.ts';
import { listAllEntries, type EntryRow } from './watchlist.repository.ts';

/** What to export. */
export interface ExportOptions {
  /** Statuses to include; default only active entries (what screenings match against). */
  status?: EntryRow['status'][];
  officeId?: string;
}

/**
 * Writes the entries the initiator may see as a watchlist CSV in the engine's format (with a
 * byte-order mark so spreadsheet programs read it as UTF-8); importing it reproduces the entries.
 * The export is audited with its count, since it is a bulk read of people's data.
 */
export async function exportWatchlistCsv(
  deps: AppDeps,
  initiator: Initiator,
  options: ExportOptions = {},
): Promise<{ csv: string; count: number }> {
  const db = deps.database.db;
  const scope = isSystem(initiator)
    ? ('all' as const)
    : scopeFilterOf(await computeWatchlistReach(deps, initiator));
  const status = options.status && options.status.length > 0 ? options.status : ['active' as const];
  const rows = await listAllEntries(db, {
    scope,
    status,
    ...(options.officeId ? { officeId: options.officeId } : {}),
  });
  const csv = `\uFEFF${[WATCHLIST_CSV_HEADER, ...rows.map(formatEntryCsvLine)].join('\r\n')}\r\n`;
  await appendAudit(
    db,
    initiator,
    {
      action: 'watchlist.export',
      targetType: 'watchlist',
      details: { count: rows.length, status, officeId: options.officeId ?? null },
    },
    deps.clock,
  );
  return { csv, count: rows.length };
}
