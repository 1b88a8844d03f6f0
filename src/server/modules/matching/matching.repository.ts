import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Watchlist entries that screenings match against: active and not past their validity. */
export async function listIndexableEntries(db: Kysely<DB>, ids?: readonly string[]) {
  let q = db
    .selectFrom('watchlist_entries')
    .select([
      'id',
      'ref_code',
      'kind',
      'names',
      'birth_date',
      'sex',
      'nik',
      'passport_numbers',
      'phones',
      'nationality',
      'birth_place',
      'home_region_code',
      'registration_numbers',
      'address',
      'listing',
      'status',
      'office_id',
      'sharing_scope',
      'sensitivity',
      'tppo_types',
      'reason',
    ]);
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  } else {
    q = q.where('status', 'in', ['active', 'delist_requested']);
  }
  return q.execute();
}

/** Earlier adverse decisions (TUNDA, TOLAK) that later screenings are matched against. */
export async function listIndexableHistory(db: Kysely<DB>, ids?: readonly string[]) {
  let q = db
    .selectFrom('screenings')
    .select([
      'id',
      'ref_code',
      'office_id',
      'created_at',
      'subject_name',
      'subject_nik',
      'subject_birth_date',
      'subject_sex',
      'passport_number',
      'decision',
      'decision_status',
      'recommendation',
    ]);
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  } else {
    q = q.where('decision', 'in', ['TUNDA', 'TOLAK']).where('decision_status', '=', 'final');
  }
  return q.execute();
}

/** The newest outbox id, so a fresh index knows where to continue. */
export async function findOutboxHead(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('index_outbox')
    .select(sql<number>`coalesce(max(id), 0)`.as('head'))
    .executeTakeFirst();
  return Number(row?.head ?? 0);
}

/** Outbox rows after `afterId`, oldest first. */
export async function listOutboxAfter(db: Kysely<DB>, afterId: number, limit = 1000) {
  return db
    .selectFrom('index_outbox')
    .select(['id', 'entity_type', 'entity_id'])
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

/** Records that an indexed entity changed; call inside the transaction that changed it. */
export async function enqueueIndexChange(
  db: Kysely<DB>,
  entityType: 'watchlist' | 'history',
  entityId: string,
): Promise<void> {
  await db
    .insertInto('index_outbox')
    .values({ entity_type: entityType, entity_id: entityId })
    .execute();
}
