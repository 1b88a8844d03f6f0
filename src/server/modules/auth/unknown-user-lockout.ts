import type { Kysely } from 'kysely';
import type { SystemActor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { lockDurationMs } from './lockout.ts';

/**
 * Failed sign-ins for a username that belongs to no account, kept per normalised username with
 * the back-off of an account's own counter. Without it five wrong tries would lock a real
 * account and never an unknown name, and the difference would tell which usernames exist.
 */

/** When the unknown `username` is locked until, if it is locked at `now`. */
export async function unknownUsernameLock(
  db: Kysely<DB>,
  username: string,
  now: Date,
): Promise<Date | null> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select('locked_until')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

/**
 * Counts one failure of an unknown username inside `trx` and audits it as before
 * (`auth.sign_in_failed`, reason `unknown_user`), locking the name once the threshold is reached
 * (`auth.locked`); returns the lock's end when this failure locked it.
 */
export async function recordUnknownUsernameFailure(
  trx: Kysely<DB>,
  deps: AppDeps,
  gate: SystemActor,
  ip: string | null,
  username: string,
): Promise<Date | null> {
  const now = deps.clock();
  const { failures } = await trx
    .insertInto('sign_in_failures')
    .values({ username, failures: 1, last_failed_at: now })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet((eb) => ({
        failures: eb('sign_in_failures.failures', '+', 1),
        last_failed_at: eb.ref('excluded.last_failed_at'),
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  await appendAudit(
    trx,
    gate,
    {
      action: 'auth.sign_in_failed',
      officeId: null,
      details: { username, reason: 'unknown_user', failures, ip },
    },
    deps.clock,
  );
  const lockMs = lockDurationMs(failures);
  if (lockMs === 0) return null;
  const until = new Date(now.getTime() + lockMs);
  await trx
    .updateTable('sign_in_failures')
    .set({ locked_until: until })
    .where('username', '=', username)
    .execute();
  await appendAudit(
    trx,
    gate,
    {
      action: 'auth.locked',
      officeId: null,
      details: {
        username,
        unknownUser: true,
        failures,
        lockedUntil: until.toISOString(),
        minutes: lockMs / 60_000,
      },
    },
    deps.clock,
  );
  return until;
}
