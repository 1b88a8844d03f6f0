import type { AppDeps } from '../deps.ts';
import type { JobRunner } from './job-runner.ts';

const SESSION_CLEANUP = 'session-cleanup';

/** Deletes sessions past their idle deadline or their absolute lifetime; returns how many went. */
export async function deleteExpiredSessions(deps: AppDeps): Promise<number> {
  const now = deps.clock();
  const openedBefore = new Date(now.getTime() - deps.config.sessionMaxHours * 3_600_000);
  const result = await deps.database.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('created_at', '<=', openedBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Jobs of the platform itself (not of one feature): expired sessions are removed hourly. */
export async function registerCoreJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  await jobs.work(SESSION_CLEANUP, async () => {
    await deleteExpiredSessions(deps);
  });
  await jobs.schedule(SESSION_CLEANUP, '17 * * * *');
}
