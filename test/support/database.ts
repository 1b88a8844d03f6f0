import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/connection.ts';
import { dropSchemas, migrateToLatest } from '../../src/server/db/migrate.ts';

/** The database engines a suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A database of one test file, dropped when the file ends. */
export interface TestDatabase extends Database {
  testKind: TestDatabaseKind;
  /** A PostgreSQL URL for a second process, and the schema to use (postgres only). */
  url?: string;
  destroy(): Promise<void>;
}

/** Opens a fresh database: a PGlite loaded from the migrated template, or a new schema on PostgreSQL. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const template = fs.readFileSync(inject('pgliteTemplate'));
    const pglite = await PGlite.create({ loadDataDir: new Blob([template]) });
    const database = await openDatabase(
      { kind: 'embedded', dataDir: '(memory)' },
      { command: 'test', pglite },
    );
    return {
      ...database,
      testKind: kind,
      destroy: async () => {
        await database.close();
        await pglite.close();
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url, schema }, { command: 'test' });
  await migrateToLatest(database);
  return {
    ...database,
    testKind: kind,
    url,
    destroy: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await dropSchemas(cleanup, [schema, `${schema}_boss`]);
      await cleanup.end();
    },
  };
}

/**
 * Declares a suite once per database engine; `use()` returns that engine's database inside
 * the tests. Each engine gets its own fresh database for the whole suite.
 */
export function describeWithDatabase(
  name: string,
  body: (use: () => TestDatabase, kind: TestDatabaseKind) => void,
): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await database?.destroy();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, kind);
    });
  }
}
