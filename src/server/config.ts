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
  WASPADA_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .optional(),
  WASPADA_FETCH_PRIVATE_NETWORK: z.enum(['true', 'false']).optional(),
  WASPADA_FETCH_PORTS: z
    .string()
    .trim()
    .refine((v) => v === 'any' || /^\d{1,5}(,\d{1,5})*$/.test(v), 'a comma-separated port list')
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
  /** Absolute lifetime of a session from sign-in, whatever its activity. */
  sessionMaxHours: number;
  /**
   * Server-side fetches (news pages and feeds) may reach loopback, private and link-local
   * addresses. Off in production; the tests serve pages on 127.0.0.1.
   */
  allowPrivateNetworkFetch: boolean;
  /** Ports a server-side fetch may use besides 80 and 443 (`any` lifts the rule). */
  fetchExtraPorts: readonly number[] | 'any';
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
    sessionMaxHours: e.WASPADA_SESSION_MAX_HOURS ?? 12,
    allowPrivateNetworkFetch: e.WASPADA_FETCH_PRIVATE_NETWORK === 'true',
    fetchExtraPorts: parsePorts(e.WASPADA_FETCH_PORTS),
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}

function parsePorts(value: string | undefined): readonly number[] | 'any' {
  if (value === undefined) return [];
  if (value === 'any') return 'any';
  const ports = value.split(',').map(Number);
  const bad = ports.find((p) => p < 1 || p > 65535);
  if (bad !== undefined)
    throw new Error(`invalid environment variable WASPADA_FETCH_PORTS: ${bad}`);
  return ports;
}
