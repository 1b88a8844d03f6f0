import type { AppDeps } from '../deps.ts';
import type { JobRunner } from './job-runner.ts';

const SESSION_CLEANUP = 'session-cleanup';

/** Deletes sessions whose idle deadline has passed; returns how many went. */
export async function deleteExpiredSessions(deps: AppDeps): Promise<number> {
  const result = await deps.database.db
    .deleteFrom('sessions')
    .where('expires_at', '<=', deps.clock())
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
