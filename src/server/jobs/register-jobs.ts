import type { AppDeps } from '../deps.ts';
import type { JobRunner } from './job-runner.ts';

/** Registers every background job of every module. Each module adds one line here. */
export async function registerJobs(_deps: AppDeps, _jobs: JobRunner): Promise<void> {
  // Feature modules register their queues here, one line each.
}
