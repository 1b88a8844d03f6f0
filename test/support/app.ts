import type { FastifyInstance } from 'fastify';
import { loadConfig, type AppConfig } from '../../src/server/config.ts';
import type { AppDeps } from '../../src/server/deps.ts';
import { buildApp } from '../../src/server/http/app.ts';
import type { TestDatabase } from './database.ts';

/** A clock that tests can move forward. */
export interface TestClock {
  (): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

/** Makes a settable clock starting at `iso`. */
export function createTestClock(iso = '2026-11-25T03:00:00.000Z'): TestClock {
  let now = new Date(iso).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (value) => {
    now = new Date(value).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** Builds the API in-process over a test database; requests go through `app.inject()`. */
export async function createTestApp(
  database: TestDatabase,
  clock: () => Date = () => new Date(),
  config: Partial<AppConfig> = {},
): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const deps: AppDeps = {
    database,
    // The news tests serve their pages on 127.0.0.1 at a random port.
    config: {
      ...loadConfig({ dataDir: '(test)' }, {}),
      allowPrivateNetworkFetch: true,
      fetchExtraPorts: 'any',
      ...config,
    },
    clock,
    jobs: null,
    version: '0.0.0-test',
  };
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  return { app, deps };
}
