import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, AuditRow } from '../../db/schema.ts';

// Any constant works: it only has to be the same for every writer of the chain.
const AUDIT_LOCK_KEY = 7_270_121;

/** Serialises chain appends across all processes until the caller's transaction ends. */
export async function lockAuditChain(trx: Transaction<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
}

/** The newest row of the chain, or undefined for an empty log. */
export async function findLastAuditRow(
  db: Kysely<DB>,
): Promise<Pick<AuditRow, 'seq' | 'hash'> | undefined> {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
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
