import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type pg from 'pg';
import type { Database } from './connection.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0010 from './migrations/0010-org-sharing.ts';
import * as m0030 from './migrations/0030-watchlist-screening.ts';
import * as m0050 from './migrations/0050-watchlist-governance.ts';
import * as m0040 from './migrations/0040-screening-decisions.ts';
import * as m0060 from './migrations/0060-desa-binaan.ts';
import * as m0070 from './migrations/0070-coordination.ts';
import * as m0080 from './migrations/0080-news.ts';
import * as m0090 from './migrations/0090-audit-append.ts';
import * as m0100 from './migrations/0100-screenings-time-keyset.ts';
import * as m0110 from './migrations/0110-sign-in-failures.ts';
import * as m0120 from './migrations/0120-watchlist-import-batches.ts';
import * as m0130 from './migrations/0130-rule-pack-sources.ts';

/** Every migration, in order. A migration, once released, is never edited: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0010-org-sharing': m0010,
  '0030-watchlist-screening': m0030,
  '0050-watchlist-governance': m0050,
  '0040-screening-decisions': m0040,
  '0060-desa-binaan': m0060,
  '0070-coordination': m0070,
  '0080-news': m0080,
  '0090-audit-append': m0090,
  '0100-screenings-time-keyset': m0100,
  '0110-sign-in-failures': m0110,
  '0120-watchlist-import-batches': m0120,
  '0130-rule-pack-sources': m0130,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/**
 * Advisory lock key that serialises schema changes on one PostgreSQL server. Kysely's migrator
 * lists the tables of every schema before it runs; a schema dropped by another session in the
 * middle of that listing makes it fail ("column ... does not exist"). Migrations and schema drops
 * therefore take this lock, so several Waspada schemas can live on one server side by side.
 */
export const SCHEMA_CHANGE_LOCK = 7_352_190_113;

async function withSchemaChangeLock<T>(client: pg.ClientBase, run: () => Promise<T>): Promise<T> {
  await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK]);
  try {
    return await run();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_CHANGE_LOCK]);
  }
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  if (database.kind !== 'postgres') return runMigrations(database);
  // The lock is held on a connection of its own; the migrator uses the rest of the pool.
  const client = await database.pool.connect();
  try {
    return await withSchemaChangeLock(client, () => runMigrations(database));
  } finally {
    client.release();
  }
}

/** Drops whole schemas (with everything in them) under the schema-change lock. */
export async function dropSchemas(client: pg.ClientBase, schemas: string[]): Promise<void> {
  await withSchemaChangeLock(client, async () => {
    for (const schema of schemas) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });
}

async function runMigrations(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider,
    ...(database.schema === 'public' ? {} : { migrationTableSchema: database.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
