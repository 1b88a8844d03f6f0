import PgBoss from 'pg-boss';
import type { Database } from '../db/connection.ts';

/** A handler for one named queue; it receives the job's validated payload. */
export type JobHandler = (payload: unknown) => Promise<void>;

/** Background jobs on the same database as everything else (pg-boss). */
export interface JobRunner {
  readonly boss: PgBoss;
  /** Registers a queue and its worker. */
  work(queue: string, handler: JobHandler): Promise<void>;
  /** Schedules a recurring job (cron syntax, UTC). */
  schedule(queue: string, cron: string): Promise<void>;
  send(queue: string, payload: object): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss over the database's own pool. In embedded mode that pool has one connection,
 * so a job's statements wait for any open transaction to finish instead of running inside it.
 */
// PostgreSQL aborts one side of a deadlock (40P01) or a serialisation conflict (40001) and
// rolls it back whole, so running the same text again is safe; several pg-boss instances
// installing or maintaining their schemas at once can meet such a conflict.
const RETRYABLE = new Set(['40P01', '40001']);

async function queryRetryingDeadlocks(
  database: Database,
  text: string,
  values: unknown[],
): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await database.pool.query(text, values);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
    }
  }
}

export async function startJobRunner(
  database: Database,
  options: { pollingIntervalSeconds?: number; schedule?: boolean } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({
    db: {
      executeSql: async (text: string, values: unknown[]) => {
        const result: unknown = await queryRetryingDeadlocks(database, text, values);
        // A multi-statement text returns one result per statement; pg-boss reads the last.
        const last: unknown = Array.isArray(result) ? (result as unknown[]).at(-1) : result;
        return { rows: (last as { rows?: unknown[] } | undefined)?.rows ?? [] };
      },
    },
    schema: database.schema === 'public' ? 'pgboss' : `${database.schema}_boss`,
    schedule: options.schedule ?? true,
    supervise: true,
    migrate: true,
  });
  boss.on('error', (error: Error) => {
    process.stderr.write(`job runner: ${error.message}\n`);
  });
  await boss.start();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  return {
    boss,
    async work(queue, handler) {
      await boss.createQueue(queue);
      await boss.work(queue, { pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async schedule(queue, cron) {
      await boss.createQueue(queue);
      await boss.schedule(queue, cron, {}, { tz: 'UTC' });
    },
    async send(queue, payload) {
      await boss.createQueue(queue);
      return boss.send(queue, payload);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
