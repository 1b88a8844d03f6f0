import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OfficeLink } from './office-graph.ts';

/** Every office's place in the tree (a few hundred rows nationally). */
export async function listOfficeLinks(db: Kysely<DB>): Promise<OfficeLink[]> {
  const rows = await db.selectFrom('offices').select(['id', 'kind', 'parent_id']).execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, parentId: r.parent_id }));
}

/** An agreement in the `active` state, with its parties and the zone of its proposing office. */
export interface ActiveAgreementRow {
  id: string;
  validFrom: string;
  validUntil: string | null;
  timeZone: string | null;
  partyOfficeIds: string[];
}

/**
 * Agreements in the `active` state that share `dataKind` and have one of `officeIds` as a party;
 * their validity dates are checked by the caller, in the proposing office's zone.
 */
export async function listActiveAgreementsWithParty(
  db: Kysely<DB>,
  officeIds: readonly string[],
  dataKind: string,
): Promise<ActiveAgreementRow[]> {
  if (officeIds.length === 0) return [];
  const rows = await db
    .selectFrom('sharing_agreements as a')
    .leftJoin('offices as o', 'o.id', 'a.proposing_office_id')
    .select(['a.id', 'a.valid_from', 'a.valid_until', 'o.time_zone'])
    .select((eb) =>
      eb
        .selectFrom('sharing_agreement_parties as p')
        .select(sql<string[]>`array_agg(p.office_id::text ORDER BY p.office_id)`.as('ids'))
        .whereRef('p.agreement_id', '=', 'a.id')
        .as('party_office_ids'),
    )
    .where('a.status', '=', 'active')
    .where(sql<boolean>`a.data_kinds @> ARRAY[${dataKind}]::text[]`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sharing_agreement_parties as mine')
          .select('mine.office_id')
          .whereRef('mine.agreement_id', '=', 'a.id')
          .where('mine.office_id', 'in', officeIds),
      ),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    timeZone: r.time_zone,
    partyOfficeIds: r.party_office_ids ?? [],
  }));
}

/** The id of an unexpired break-glass grant for this user, office, kind and target, if any. */
export async function findLiveGrant(
  db: Kysely<DB>,
  grant: {
    userId: string;
    officeId: string;
    dataKind: string;
    targetType: string;
    targetId: string;
  },
  at: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('break_glass_grants')
    .select('id')
    .where('user_id', '=', grant.userId)
    .where('office_id', '=', grant.officeId)
    .where('data_kind', '=', grant.dataKind)
    .where('target_type', '=', grant.targetType)
    .where('target_id', '=', grant.targetId)
    .where('expires_at', '>', at)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  return row?.id;
}

/** Records a break-glass grant; returns its id. */
export async function insertGrant(
  db: Kysely<DB>,
  grant: {
    userId: string;
    officeId: string;
    dataKind: string;
    targetType: string;
    targetId: string;
    reason: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('break_glass_grants')
    .values({
      user_id: grant.userId,
      office_id: grant.officeId,
      data_kind: grant.dataKind,
      target_type: grant.targetType,
      target_id: grant.targetId,
      reason: grant.reason,
      created_at: grant.createdAt,
      expires_at: grant.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Names and kinds of the given offices, ordered by kind then name. */
export async function listOfficeSummaries(db: Kysely<DB>, officeIds: readonly string[] | 'all') {
  let query = db.selectFrom('offices').select(['id', 'code', 'name', 'kind']);
  if (officeIds !== 'all') {
    if (officeIds.length === 0) return [];
    query = query.where('id', 'in', officeIds);
  }
  return query.orderBy('kind').orderBy('name').execute();
}

/** The scope-relevant facts of one user (for auditors inspecting someone else's scope). */
export async function findUserScopeFacts(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'office_id', 'role', 'scope_level'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
