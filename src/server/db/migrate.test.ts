import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { openDatabase } from './connection.ts';
import { dropSchemas, migrateToLatest, SCHEMA_CHANGE_LOCK } from './migrate.ts';

describeWithDatabase('migrations', (use) => {
  it('bring a database to the latest schema and then find nothing left to apply', async () => {
    const database = use();
    expect(await migrateToLatest(database)).toEqual([]);
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = ${database.schema} ORDER BY table_name`.execute(database.db);
    const names = tables.rows.map((r) => r.table_name);
    for (const table of [
      'offices',
      'users',
      'sessions',
      'sharing_agreements',
      'audit_log',
      'watchlist_entries',
      'screenings',
      'alerts',
      'index_outbox',
    ]) {
      expect(names).toContain(table);
    }
  });
});

describeWithDatabase('schema changes on one PostgreSQL server', (use, kind) => {
  it.runIf(kind === 'postgres')(
    'a migration waits while another session holds the schema-change lock, then runs',
    async () => {
      const database = use();
      const holder = await database.pool.connect();
      const fresh = `t_wait_${Date.now().toString(36)}`;
      const other = await openDatabase(
        { kind: 'postgres', url: process.env.TEST_DATABASE_URL ?? '', schema: fresh },
        { command: 'test' },
      );
      try {
        await holder.query(`CREATE SCHEMA ${fresh}`);
        await holder.query('SELECT pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK]);
        let finished = false;
        const migrating = migrateToLatest(other).finally(() => {
          finished = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(finished).toBe(false);
        await holder.query('SELECT pg_advisory_unlock($1)', [SCHEMA_CHANGE_LOCK]);
        expect(await migrating).toContain('0001-foundation');
      } finally {
        await other.close();
        await dropSchemas(holder, [fresh]);
        holder.release();
      }
    },
  );
});
