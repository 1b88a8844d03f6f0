import type { Kysely } from 'kysely';
import type { DB, AuditRow } from '../../db/schema.ts';

/**
 * Queues one serialised row for the chain. The database chains it when the caller's transaction
 * commits (migration 0090), under the chain's lock; a rollback discards it.
 */
export async function insertPendingAuditRow(db: Kysely<DB>, body: string): Promise<void> {
  await db.insertInto('audit_pending').values({ body }).execute();
}

/** Rows after `afterSeq`, oldest first, at most `limit`. */
export async function listAuditRowsAfter(
  db: Kysely<DB>,
  afterSeq: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
}

/** Filters for reading the log. */
export interface AuditSearch {
  actorUserId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
  limit: number;
}

/** The newest rows matching the filters, newest first. */
export async function searchAuditRows(db: Kysely<DB>, q: AuditSearch): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.actorUserId) query = query.where('actor_user_id', '=', q.actorUserId);
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.targetId) query = query.where('target_id', '=', q.targetId);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
  return query.orderBy('seq', 'desc').limit(q.limit).execute();
}
