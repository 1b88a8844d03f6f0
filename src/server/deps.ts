import type { AppConfig } from './config.ts';
import type { Database } from './db/connection.ts';
import type { JobRunner } from './jobs/job-runner.ts';

/** Everything a service needs from the outside world, passed explicitly. */
export interface AppDeps {
  database: Database;
  config: AppConfig;
  /** The current instant; tests pass a fixed or stepping clock. */
  clock: () => Date;
  /** Background jobs, when this process runs them. */
  jobs: JobRunner | null;
  version: string;
}
