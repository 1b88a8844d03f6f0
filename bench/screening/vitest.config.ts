import { defineConfig } from 'vitest/config';

/** Test config for the screening benchmark (the root config only collects src and test). */
export const benchScreeningConfig = defineConfig({
  test: {
    include: ['bench/screening/**/*.test.ts', 'bench/lib/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});

// Vitest loads a config through its default export; the named export keeps the house rule elsewhere.
export default benchScreeningConfig;
