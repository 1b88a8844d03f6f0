import { randomUUID } from 'node:crypto';
import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { auditEntry, markIndexed, runWrite, type WriteOptions } from './watchlist-governance.ts';
import { listExpiredEntries, updateEntry } from './watchlist.repository.ts';

/** The queue of the daily expiry run. */
export const EXPIRY_QUEUE = 'watchlist-expire';

/**
 * 17:05 UTC is 00:05 WIB, and already past midnight in WITA and WIT: one daily run sees the new
 * calendar day in every office's zone.
 */
export const EXPIRY_CRON = '5 17 * * *';

/**
 * Expires every active entry whose last valid day (`valid_until`, inclusive) has passed in its
 * listing office's zone: its status becomes `expired`, the outbox takes it out of every index,
 * and each expiry is audited. Returns the reference codes expired.
 */
export async function expireWatchlistEntries(
  deps: AppDeps,
  options: WriteOptions = {},
): Promise<string[]> {
  const system: SystemActor = {
    system: true,
    name: 'watchlist-expiry',
    requestId: `job-${randomUUID()}`,
  };
  return runWrite(deps, options, async (trx) => {
    const now = deps.clock();
    const due = await listExpiredEntries(trx, now);
    for (const entry of due) {
      await updateEntry(trx, entry.id, { status: 'expired', updated_at: now });
      await markIndexed(trx, entry.id);
      await auditEntry(deps, trx, system, entry, 'watchlist.expire', {
        changes: { status: { before: entry.status, after: 'expired' } },
        validUntil: entry.valid_until,
        timeZone: entry.time_zone,
      });
    }
    return due.map((e) => e.ref_code);
  });
}

/** Registers the daily expiry job. */
export async function registerWatchlistJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  await jobs.work(EXPIRY_QUEUE, async () => {
    await expireWatchlistEntries(deps);
  });
  await jobs.schedule(EXPIRY_QUEUE, EXPIRY_CRON);
}
