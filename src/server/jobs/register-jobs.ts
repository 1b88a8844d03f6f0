import type { AppDeps } from '../deps.ts';
import type { JobRunner } from './job-runner.ts';
import { registerWatchlistJobs } from '../modules/watchlist/watchlist.jobs.ts';
import { registerScreeningJobs } from '../modules/screening/screening-tunda.job.ts';
import { registerAlertJobs } from '../modules/alerts/retro-screening.job.ts';
import { registerCoordinationJobs } from '../modules/meetings/coord.jobs.ts';
import { registerNewsJobs } from '../modules/news/news.jobs.ts';

/** Registers every background job of every module. Each module adds one line here. */
export async function registerJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  // Feature modules register their queues here, one line each.
  await registerWatchlistJobs(deps, jobs);
  await registerScreeningJobs(deps, jobs);
  await registerAlertJobs(deps, jobs);
  await registerCoordinationJobs(deps, jobs);
  await registerNewsJobs(deps, jobs);
}
