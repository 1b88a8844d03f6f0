import { loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { openDatabase } from '../server/db/connection.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { AppDeps } from '../server/deps.ts';
import { APP_VERSION } from '../server/version.ts';
import { CliError } from './cli-error.ts';

/** Options every database command accepts. */
export interface DatabaseOptions {
  data?: string;
}

/**
 * Opens the configured database for one command, migrated, and closes it afterwards. An embedded
 * directory held by a running server is refused with a message naming the holder: the command
 * never opens it behind the server's back.
 */
export async function withDatabase<T>(
  options: DatabaseOptions,
  command: string,
  fn: (deps: AppDeps) => Promise<T>,
  migrate = true,
): Promise<T> {
  const config = loadConfig({ dataDir: options.data });
  let database;
  try {
    database = await openDatabase(config.database, { command: `waspada ${command}` });
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new CliError(error.message, 3);
    throw error;
  }
  try {
    if (migrate) await migrateToLatest(database);
    return await fn({
      database,
      config,
      clock: () => new Date(),
      jobs: null,
      version: APP_VERSION,
    });
  } finally {
    await database.close();
  }
}
