import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, SystemActor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findOfficeRefs } from '../meetings/meetings.repository.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { listBulletinsAwaitingConfirmation, markRemindedToday } from './bulletins.repository.ts';
import { bulletinNotFound, loadReadableBulletin, PRIORITY_LABEL } from './bulletins-view.ts';

async function remindPending(
  trx: Kysely<DB>,
  bulletin: { id: string; title: string; priority: keyof typeof PRIORITY_LABEL },
  day: string,
): Promise<string[]> {
  const userIds = await markRemindedToday(trx, bulletin.id, day);
  await notifyUsers(trx, userIds, {
    kind: 'bulletin.reminder',
    title: `Pengingat: konfirmasi buletin ${PRIORITY_LABEL[bulletin.priority]}`,
    body: `Buletin "${bulletin.title}" belum Anda konfirmasi.`,
    link: `/bulletins/${bulletin.id}`,
  });
  return userIds;
}

/**
 * Reminds the recipients who have not confirmed (at most once a day each, counted in the author
 * office's zone); for the author's side. Returns how many were reminded.
 */
export async function remindBulletinRecipients(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<{ reminded: number }> {
  return deps.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableBulletin(deps, actor, id, trx);
    if (!loaded.author) throw bulletinNotFound();
    const zone =
      (await findOfficeRefs(trx, [loaded.row.author_office_id])).get(loaded.row.author_office_id)
        ?.time_zone ?? 'Asia/Jakarta';
    const userIds = await remindPending(trx, loaded.row, dateInZone(deps.clock(), zone));
    await appendAudit(
      trx,
      actor,
      {
        action: 'bulletin.remind',
        targetType: 'bulletin',
        targetId: id,
        details: { reminded: userIds },
      },
      deps.clock,
    );
    return { reminded: userIds.length };
  });
}

/**
 * The daily job: reminds every recipient who has not confirmed a bulletin sent more than a day
 * ago, once per day. Returns the number of reminders sent.
 */
export async function remindUnconfirmedBulletins(deps: AppDeps): Promise<number> {
  const system: SystemActor = {
    system: true,
    name: 'bulletin-reminders',
    requestId: `job-${randomUUID()}`,
  };
  const now = deps.clock();
  return deps.database.db.transaction().execute(async (trx) => {
    const due = await listBulletinsAwaitingConfirmation(
      trx,
      new Date(now.getTime() - 24 * 3600_000),
    );
    let total = 0;
    for (const bulletin of due) {
      const userIds = await remindPending(trx, bulletin, dateInZone(now, bulletin.time_zone));
      if (userIds.length === 0) continue;
      total += userIds.length;
      await appendAudit(
        trx,
        system,
        {
          action: 'bulletin.remind',
          targetType: 'bulletin',
          targetId: bulletin.id,
          details: { reminded: userIds },
        },
        deps.clock,
      );
    }
    return total;
  });
}
