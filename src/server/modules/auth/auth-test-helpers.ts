import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../../db/connection.ts';

let ipCounter = 0;

/** A fresh client address per call, unless the test pins one (the rate limit is per address). */
export function nextIp(): string {
  ipCounter += 1;
  return `192.168.${ipCounter >> 8}.${ipCounter & 255}`;
}

/** The session cookie (name=value) the response sets last. */
export function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const found = all.filter((c) => /^waspada_session=[^;]/.test(c)).at(-1);
  if (!found) throw new Error(`no session cookie in ${JSON.stringify(raw)}`);
  return found.slice(0, found.indexOf(';'));
}

/** The sequence number of the newest audit entry (0 when there is none). */
export async function lastSeq(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('audit_log')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

/** The audit entries written after `seq`, oldest first. */
export async function auditSince(database: Database, seq: number) {
  return database.db
    .selectFrom('audit_log')
    .select(['action', 'actor_username', 'target_id', 'details'])
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute();
}
