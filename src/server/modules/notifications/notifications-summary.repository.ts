import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

async function count(query: {
  executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }>;
}): Promise<number> {
  return Number((await query.executeTakeFirstOrThrow()).n);
}

const N = sql<number>`count(*)::int`.as('n');

/** Open alerts addressed to some offices (all for 'all'). */
export async function countOpenAlerts(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
): Promise<number> {
  if (officeIds !== 'all' && officeIds.size === 0) return 0;
  let query = db.selectFrom('alerts').select(N).where('status', '=', 'open');
  if (officeIds !== 'all') query = query.where('office_id', 'in', [...officeIds]);
  return count(query);
}

/** Screening decisions awaiting a supervisor's approval at some offices. */
export async function countScreeningsAwaitingApproval(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
): Promise<number> {
  if (officeIds !== 'all' && officeIds.size === 0) return 0;
  let query = db
    .selectFrom('screenings')
    .select(N)
    .where('decision_status', '=', 'awaiting_approval');
  if (officeIds !== 'all') query = query.where('office_id', 'in', [...officeIds]);
  return count(query);
}

/** Watchlist entries proposed at some offices and not yet decided. */
export async function countProposedWatchlistEntries(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
): Promise<number> {
  if (officeIds !== 'all' && officeIds.size === 0) return 0;
  let query = db.selectFrom('watchlist_entries').select(N).where('status', '=', 'proposed');
  if (officeIds !== 'all') query = query.where('office_id', 'in', [...officeIds]);
  return count(query);
}

/** Draft sharing agreements waiting for one office's approval. */
export async function countSharingApprovalsWaiting(
  db: Kysely<DB>,
  officeId: string,
): Promise<number> {
  return count(
    db
      .selectFrom('sharing_agreement_parties as p')
      .innerJoin('sharing_agreements as a', 'a.id', 'p.agreement_id')
      .select(N)
      .where('p.office_id', '=', officeId)
      .where('p.approved_by', 'is', null)
      .where('a.status', '=', 'draft'),
  );
}

/**
 * Open or in-progress action items owned by the user, or by the office when `wholeOffice`,
 * with their due dates and the owner office's zone (overdue is decided by the caller).
 */
export async function listPendingOwnedItems(
  db: Kysely<DB>,
  userId: string,
  officeId: string,
  wholeOffice: boolean,
) {
  return db
    .selectFrom('action_items as i')
    .innerJoin('offices as o', 'o.id', 'i.owner_office_id')
    .select(['i.status', 'i.due_on', 'o.time_zone as owner_time_zone'])
    .where('i.status', 'in', ['open', 'in_progress'])
    .where((eb) =>
      wholeOffice
        ? eb.or([eb('i.owner_user_id', '=', userId), eb('i.owner_office_id', '=', officeId)])
        : eb('i.owner_user_id', '=', userId),
    )
    .execute();
}

/** Bulletins the user received and has not confirmed. */
export async function countUnconfirmedBulletins(db: Kysely<DB>, userId: string): Promise<number> {
  return count(
    db
      .selectFrom('bulletin_recipients')
      .select(N)
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null),
  );
}
