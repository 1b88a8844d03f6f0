import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { migrateToLatest } from './migrate.ts';

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
