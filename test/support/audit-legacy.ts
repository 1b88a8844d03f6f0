import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';
import { GENESIS_HASH, hashAuditRow } from '../../src/server/modules/audit/audit-chain.ts';

/**
 * Appends rows the way releases before migration 0090 wrote them (chain format 1): lock, read
 * the last row, hash in the application, insert. Stands in for the rows of an older database.
 */
export async function appendLegacyAuditRows(db: Kysely<DB>, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(7270121)`.execute(trx);
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const prevHash = last?.hash ?? GENESIS_HASH;
      const content = {
        seq: (last?.seq ?? 0) + 1,
        at: new Date(Date.UTC(2025, 0, 1, 8, i)),
        actorUserId: null,
        actorUsername: 'system:legacy',
        officeId: null,
        action: 'legacy.write',
        targetType: 'thing',
        targetId: `old${i}`,
        reason: null,
        requestId: `legacy-${i}`,
        details: { i, nested: { b: 2, a: 1 } },
      };
      await trx
        .insertInto('audit_log')
        .values({
          seq: content.seq,
          at: content.at,
          actor_user_id: content.actorUserId,
          actor_username: content.actorUsername,
          office_id: content.officeId,
          action: content.action,
          target_type: content.targetType,
          target_id: content.targetId,
          reason: content.reason,
          request_id: content.requestId,
          details: JSON.stringify(content.details),
          prev_hash: prevHash,
          hash: hashAuditRow(prevHash, content, 1),
        })
        .execute();
    });
  }
}
