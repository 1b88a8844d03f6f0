import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  WASPADA_DATA: z.string().min(1).optional(),
  WASPADA_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

/** Where the data lives: an embedded PGlite directory or a PostgreSQL server. */
export type DatabaseTarget =
  { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string; schema?: string };

/** Runtime settings, read once from the environment and the command line. */
export interface AppConfig {
  database: DatabaseTarget;
  host: string;
  port: number;
  sessionIdleMinutes: number;
  logLevel: string;
}

/** Reads the configuration, refusing to start on a malformed variable. */
export function loadConfig(
  overrides: { dataDir?: string; port?: number; host?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `invalid environment variable ${String(issue?.path.join('.'))}: ${issue?.message ?? ''}`,
    );
  }
  const e = parsed.data;
  const database: DatabaseTarget = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'embedded', dataDir: path.resolve(overrides.dataDir ?? e.WASPADA_DATA ?? 'data') };
  return {
    database,
    host: overrides.host ?? e.HOST ?? '127.0.0.1',
    port: overrides.port ?? e.PORT ?? 8080,
    sessionIdleMinutes: e.WASPADA_SESSION_IDLE_MINUTES ?? 30,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
