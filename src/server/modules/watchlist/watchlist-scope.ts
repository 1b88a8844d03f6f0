import type { Kysely } from 'kysely';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { computeScope, visibleOfficeIds } from '../access/access.service.ts';
import type { EntryScopeFilter } from './watchlist.repository.ts';

/** How far a listing office shares an entry. */
export type SharingScope = 'office' | 'kanwil' | 'agreement' | 'national';

/**
 * What one reader may see of the watchlist: the offices that are the reader's own, the offices
 * the reader's role scope reaches (`visibleOfficeIds`), and how each other office relates to the
 * reader's office (same Kanwil, or a partner under an active agreement covering the watchlist).
 */
export interface WatchlistReach {
  own: ReadonlySet<string>;
  visible: ReadonlySet<string> | 'all';
  sameKanwil: ReadonlySet<string>;
  underAgreement: ReadonlySet<string>;
}

/**
 * Works out the reader's reach at `at`. Pass `db` inside an open transaction (embedded mode has
 * a single connection).
 */
export async function computeWatchlistReach(
  deps: AppDeps,
  actor: Pick<Actor, 'officeId' | 'scopeLevel'>,
  at: Date = deps.clock(),
  db: Kysely<DB> = deps.database.db,
): Promise<WatchlistReach> {
  // The relation of every office to the reader's office does not depend on the reader's role
  // scope: compute it at the widest level the sharing scopes name, then intersect.
  const relation = await computeScope(
    deps,
    { officeId: actor.officeId, scopeLevel: 'agreement' },
    'watchlist',
    at,
    db,
  );
  const own = new Set<string>();
  const sameKanwil = new Set<string>();
  const underAgreement = new Set<string>();
  if (!relation.all) {
    for (const [officeId, reason] of relation.offices) {
      if (reason === 'own_office') own.add(officeId);
      else if (reason === 'kanwil') sameKanwil.add(officeId);
      else underAgreement.add(officeId);
    }
  }
  const visible = await visibleOfficeIds(deps, actor, 'watchlist', at, db);
  return { own, visible, sameKanwil, underAgreement };
}

/**
 * True when the reader sees an entry of `officeId` shared at `scope`: own-office entries always;
 * another office's entry when the reader's scope reaches that office and the entry's sharing
 * scope reaches the reader ('office' = the listing office only, 'kanwil' = the same Kanwil,
 * 'agreement' = the Kanwil and agreement partners, 'national' = everyone).
 */
export function canSeeEntry(
  reach: WatchlistReach,
  entry: { office_id: string; sharing_scope: SharingScope },
): boolean {
  const office = entry.office_id;
  if (reach.own.has(office)) return true;
  if (reach.visible !== 'all' && !reach.visible.has(office)) return false;
  switch (entry.sharing_scope) {
    case 'office':
      return false;
    case 'kanwil':
      return reach.sameKanwil.has(office);
    case 'agreement':
      return reach.sameKanwil.has(office) || reach.underAgreement.has(office);
    case 'national':
      return true;
  }
}

/** The same rule as `canSeeEntry`, as office lists for a database filter. */
export function scopeFilterOf(reach: WatchlistReach): EntryScopeFilter {
  const within = (ids: ReadonlySet<string>): string[] =>
    [...ids].filter((id) => reach.visible === 'all' || reach.visible.has(id));
  const kanwil = within(reach.sameKanwil);
  return {
    own: [...reach.own],
    kanwil,
    agreement: [...kanwil, ...within(reach.underAgreement)],
    national: reach.visible === 'all' ? 'all' : [...reach.visible],
  };
}
