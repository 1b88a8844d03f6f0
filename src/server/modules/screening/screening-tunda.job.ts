import { randomUUID } from 'node:crypto';
import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import { readNumberSetting } from './screening-settings.ts';
import { closeTunda, listExpiredTunda } from './screening.repository.ts';

/** The queue of the daily TUNDA expiry run. */
export const TUNDA_EXPIRY_QUEUE = 'tunda-expiry';

/**
 * Closes every final TUNDA whose deadline has passed in its office's calendar: files left
 * incomplete are closed (DOMAIN.md). Each closure is one transaction with its audit row, so a
 * run stopped half-way leaves no half-closed file and the next run picks up the rest.
 */
export async function closeExpiredTunda(deps: AppDeps): Promise<{ closed: string[] }> {
  const db = deps.database.db;
  const actor: SystemActor = { system: true, name: 'tunda-expiry', requestId: randomUUID() };
  const days = await readNumberSetting(db, 'tunda.deadlineDays');
  const reason = `dokumen tidak dilengkapi dalam ${days} hari`;
  const closed: string[] = [];
  for (;;) {
    const due = await listExpiredTunda(db, deps.clock(), 200);
    if (due.length === 0) break;
    for (const item of due) {
      const done = await db.transaction().execute(async (trx) => {
        const ok = await closeTunda(trx, item.id, deps.clock(), reason);
        if (!ok) return false;
        await appendAudit(
          trx,
          actor,
          {
            action: 'screening.tunda_close',
            targetType: 'screening',
            targetId: item.id,
            reason,
            officeId: item.office_id,
            details: { deadline: item.tunda_deadline },
          },
          deps.clock,
        );
        if (item.decided_by) {
          await notifyUsers(trx, [item.decided_by], {
            kind: 'screening.tunda_closed',
            title: `Berkas TUNDA ${item.ref_code} ditutup`,
            body: reason,
            link: `/screenings/${item.id}`,
          });
        }
        return true;
      });
      if (done) closed.push(item.id);
    }
    if (due.length < 200) break;
  }
  return { closed };
}

/** Registers the TUNDA expiry worker and its daily run at 00:05 WIB (17:05 UTC). */
export async function registerScreeningJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  await jobs.work(TUNDA_EXPIRY_QUEUE, async () => {
    await closeExpiredTunda(deps);
  });
  await jobs.schedule(TUNDA_EXPIRY_QUEUE, '5 17 * * *');
}
