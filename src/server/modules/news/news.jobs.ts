import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { pollDueFeeds } from './news-feeds.service.ts';

/** The queue of the feed poll: every active feed whose interval has passed is read. */
export const NEWS_POLL_QUEUE = 'news-feed-poll';

/** Every five minutes: a feed's own interval (at least five minutes) decides whether it is due. */
export const NEWS_POLL_CRON = '*/5 * * * *';

/** Registers the scheduled feed poll (the system polls, audited as `system:news-feed-poll`). */
export async function registerNewsJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  await jobs.work(NEWS_POLL_QUEUE, async () => {
    const system: SystemActor = { system: true, name: NEWS_POLL_QUEUE, requestId: NEWS_POLL_QUEUE };
    await pollDueFeeds(deps, system);
  });
  await jobs.schedule(NEWS_POLL_QUEUE, NEWS_POLL_CRON);
}
