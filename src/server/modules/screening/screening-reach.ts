import type { Kysely } from 'kysely';
import type { DataKind, ScopeLevel } from '../../../domain/permissions.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { visibleOfficeIds } from '../access/access.service.ts';
import { buildOfficeGraph, type OfficeGraph } from '../access/office-graph.ts';

/** How far a watchlist entry is shared by its listing office. */
export type SharingScope = 'office' | 'kanwil' | 'agreement' | 'national';

/**
 * The scope level screening matches with. An officer's own browsing scope is usually one
 * office, but the counter must catch what the Kanwil and the partners under an agreement have
 * decided or listed: matching runs with the office's reach (agreement level), or national for a
 * national user. A hit shows only the values compared, never the whole record.
 */
export function matchingScopeLevel(actorScope: ScopeLevel): ScopeLevel {
  return actorScope === 'national' ? 'national' : 'agreement';
}

/** The offices whose records of `dataKind` an office reaches at a scope level. */
export async function officeReach(
  deps: AppDeps,
  officeId: string,
  scopeLevel: ScopeLevel,
  dataKind: DataKind,
  db: Kysely<DB> = deps.database.db,
): Promise<Set<string> | 'all'> {
  return visibleOfficeIds(deps, { officeId, scopeLevel }, dataKind, deps.clock(), db);
}

/** The organisation tree, read once per request. */
export async function loadOfficeGraph(db: Kysely<DB>): Promise<OfficeGraph> {
  return buildOfficeGraph(await listOfficeLinks(db));
}

/** A Kanim and its checkpoints act as one unit: a TPI works on its Kanim's behalf. */
function unitOf(graph: OfficeGraph, officeId: string): string {
  return graph.kindOf(officeId) === 'tpi' ? (graph.chainOf(officeId)[1] ?? officeId) : officeId;
}

/**
 * Whether an entry listed by `entryOfficeId` with `sharing` may be matched for `officeId`:
 * national everywhere; agreement where the two offices see each other's watchlist (own, Kanwil
 * or an active agreement: `linked`); kanwil inside the listing Kanwil; office inside the listing
 * Kanim and its checkpoints.
 */
export function entryReachesOffice(
  entry: { officeId: string; sharingScope: SharingScope | null },
  officeId: string,
  graph: OfficeGraph,
  linked: (entryOfficeId: string, officeId: string) => boolean,
): boolean {
  switch (entry.sharingScope ?? 'agreement') {
    case 'national':
      return true;
    case 'agreement':
      return linked(entry.officeId, officeId);
    case 'kanwil': {
      const kanwil = graph.kanwilOf(entry.officeId);
      return kanwil !== null && kanwil === graph.kanwilOf(officeId);
    }
    case 'office':
      return unitOf(graph, entry.officeId) === unitOf(graph, officeId);
  }
}

/** Membership in a reach set ('all' holds everything). */
export function reachHas(reach: Set<string> | 'all', officeId: string): boolean {
  return reach === 'all' || reach.has(officeId);
}
