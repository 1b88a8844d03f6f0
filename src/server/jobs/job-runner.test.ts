import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { startJobRunner } from './job-runner.ts';

describeWithDatabase('the job runner', (use, kind) => {
  it('runs a job on the same database as the queries', async () => {
    const database = use();
    await sql`CREATE TABLE job_effects (note text NOT NULL)`.execute(database.db);
    const jobs = await startJobRunner(database, { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      const done = new Promise<void>((resolve) => {
        void jobs.work('test-write', async (payload) => {
          const note = (payload as { note: string }).note;
          await database.db
            .insertInto('job_effects' as never)
            .values({ note })
            .execute();
          resolve();
        });
      });
      await jobs.send('test-write', { note: 'from a job' });
      await done;
      const rows = await sql<{ note: string }>`SELECT note FROM job_effects`.execute(database.db);
      expect(rows.rows.map((r) => r.note)).toEqual(['from a job']);
    } finally {
      await jobs.stop();
    }
  });

  it.runIf(kind === 'pglite')(
    'cannot run a statement inside someone else’s open transaction in embedded mode',
    async () => {
      const database = use();
      await sql`CREATE TABLE txn_probe (n int NOT NULL)`.execute(database.db);
      const jobs = await startJobRunner(database, { pollingIntervalSeconds: 0.5, schedule: false });
      try {
        let seenByJob: number | null = null;
        const order: string[] = [];
        await database.db
          .transaction()
          .execute(async (trx) => {
            await sql`INSERT INTO txn_probe VALUES (1)`.execute(trx);
            // A statement through pg-boss's own path while the transaction is open: with one
            // connection shared by all, it must wait for the transaction, not join it.
            const probe = jobs.boss
              .getDb()
              .executeSql('SELECT count(*)::int AS n FROM txn_probe', [])
              .then((result: { rows: { n: number }[] }) => {
                order.push('job statement');
                seenByJob = result.rows[0]?.n ?? null;
              });
            await new Promise((resolve) => setTimeout(resolve, 300));
            order.push('transaction still open');
            void probe;
            throw new Error('roll back');
          })
          .catch((error: unknown) => {
            if (!(error instanceof Error) || error.message !== 'roll back') throw error;
          });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(order).toEqual(['transaction still open', 'job statement']);
        // It ran after the rollback, so it never saw the uncommitted row.
        expect(seenByJob).toBe(0);
      } finally {
        await jobs.stop();
      }
    },
  );
});
