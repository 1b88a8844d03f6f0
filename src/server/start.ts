import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type AppConfig, type DatabaseTarget } from './config.ts';
import { isFreshDataDir, openDatabase, type Database } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { AppDeps } from './deps.ts';
import { buildApp } from './http/app.ts';
import { startJobRunner, type JobRunner } from './jobs/job-runner.ts';
import { registerJobs } from './jobs/register-jobs.ts';
import { registerCoreJobs } from './jobs/core-jobs.ts';
import { matchingFor, type MatchingIndexService } from './modules/matching/matching.service.ts';
import { APP_VERSION } from './version.ts';
import { seedDemo, type DemoSignIn } from './demo/seed-demo.ts';

/** Options for starting a Waspada server. */
export interface StartOptions {
  dataDir?: string;
  port?: number;
  host?: string;
  /** Load demo data into an empty embedded directory (default true for embedded, never for PostgreSQL). */
  demo?: boolean;
  /** Run background jobs in this process (default true). */
  jobs?: boolean;
  logger?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Used by tests to target a specific database. */
  database?: DatabaseTarget;
}

/** A running server. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  deps: AppDeps;
  /** Demo sign-ins created by this start (empty unless the directory was fresh). */
  demoSignIns: DemoSignIn[];
  close(): Promise<void>;
}

const SIGN_INS_FILE = 'demo-sign-ins.json';

/**
 * Opens the database (locking an embedded directory), migrates, seeds demo data into a fresh
 * embedded directory, starts the jobs and listens. Resolves once the server accepts requests.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config: AppConfig = loadConfig(
    { dataDir: options.dataDir, port: options.port, host: options.host },
    options.env ?? process.env,
  );
  if (options.database) config.database = options.database;
  const fresh = config.database.kind === 'embedded' && isFreshDataDir(config.database.dataDir);
  const database: Database = await openDatabase(config.database, { command: 'waspada serve' });
  let jobs: JobRunner | null = null;
  let matching: MatchingIndexService | null = null;
  try {
    await migrateToLatest(database);
    const deps: AppDeps = {
      database,
      config,
      clock: () => new Date(),
      jobs: null,
      version: APP_VERSION,
    };
    let demoSignIns: DemoSignIn[] = [];
    const seed = config.database.kind === 'embedded' && fresh && options.demo !== false;
    if (seed) {
      demoSignIns = await seedDemo(deps);
      if (config.database.kind === 'embedded') {
        fs.writeFileSync(
          path.join(config.database.dataDir, SIGN_INS_FILE),
          JSON.stringify(demoSignIns, null, 2),
          { mode: 0o600 },
        );
      }
    }
    if (options.jobs !== false) {
      jobs = await startJobRunner(database);
      deps.jobs = jobs;
      await registerCoreJobs(deps, jobs);
      await registerJobs(deps, jobs);
    }
    // Load the matching index before accepting requests, then follow other nodes' changes.
    matching = await matchingFor(deps);
    await matching.start();
    const app = await buildApp(deps, { logger: options.logger ?? false });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    return {
      url,
      app,
      deps,
      demoSignIns,
      close: async () => {
        await app.close();
        await matching?.stop();
        await jobs?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await matching?.stop().catch(() => undefined);
    await jobs?.stop().catch(() => undefined);
    await database.close();
    throw error;
  }
}

/** The demo sign-ins stored when an embedded directory was first seeded, if any. */
export function readStoredDemoSignIns(dataDir: string): DemoSignIn[] {
  const file = path.join(dataDir, SIGN_INS_FILE);
  if (!fs.existsSync(file)) return [];
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoSignIn[];
}
