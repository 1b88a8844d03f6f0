import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DatabaseTarget } from '../config.ts';
import type { DB } from './schema.ts';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';

// bigint (count(*), bigserial) and numeric arrive as strings through `pg`; our counts fit a number.
pg.types.setTypeParser(20, (value) => Number(value));
// Calendar dates stay YYYY-MM-DD strings: a Date would shift them by the server's zone.
pg.types.setTypeParser(1082, (value) => value);

/** An open database: one Kysely over one `pg` pool, whichever engine is behind it. */
export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly db: Kysely<DB>;
  /** The pool that Kysely and pg-boss share; in embedded mode it has exactly one connection. */
  readonly pool: pg.Pool;
  /** The schema that holds Waspada's tables (`public` unless a test isolates itself). */
  readonly schema: string;
  close(): Promise<void>;
}

/** Options for opening a database. */
export interface OpenOptions {
  /** A short description of the opener, recorded in the lock file (e.g. `waspada serve`). */
  command: string;
  /** Use an already created PGlite (tests load one from a migrated template). */
  pglite?: PGlite;
}

/**
 * Opens the embedded PGlite directory (locked against a second process) or a PostgreSQL server.
 * PGlite is reached through its node-postgres adapter so both share the same code path.
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions,
): Promise<Database> {
  if (target.kind === 'postgres') {
    const schema = target.schema ?? 'public';
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      ...(schema === 'public' ? {} : { options: `-c search_path=${schema},public` }),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'postgres',
      db,
      pool,
      schema,
      close: async () => {
        await db.destroy();
      },
    };
  }
  let lock: DataDirLock | null = null;
  let pglite = options.pglite;
  if (!pglite) {
    lock = lockDataDir(target.dataDir, options.command);
    try {
      const pgDir = path.join(target.dataDir, 'pgdata');
      fs.mkdirSync(pgDir, { recursive: true });
      pglite = await PGlite.create(pgDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const owned = pglite;
  // One PGlite session: every query, transaction and job shares this single connection.
  const pool = new pg.Pool({ ...createPgConfig(owned), max: 1 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'embedded',
    db,
    pool,
    schema: 'public',
    close: async () => {
      await db.destroy();
      if (!options.pglite) await owned.close();
      lock?.release();
    },
  };
}

/** True when the embedded data directory has never been initialised. */
export function isFreshDataDir(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'));
}
