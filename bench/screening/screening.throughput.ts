/** Measures screenings per second on all cores with worker_threads, one worker per core. */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BenchQuery } from './generate/types.ts';
import type { InProcessPeerName } from './peers/peer.registry.ts';
import type { ThroughputJob } from './throughput.worker.ts';

/**
 * Workers do not inherit the main thread's TypeScript loader on Node 20, so each worker first
 * registers tsx through its documented API and then imports the worker module.
 */
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./throughput.worker.ts', import.meta.url).href,
)}); })`;

/** Result of a parallel throughput run. */
export interface ThroughputResult {
  perSecond: number;
  /** Screenings per second of process CPU time (all threads) while the workers screened. */
  perCpuSecond: number;
  workers: number;
  /** 'shared' when workers attached to one shared index, 'per-worker' when each built its own. */
  mode: 'shared' | 'per-worker';
  buildWallMs: number;
}

/** Starts one worker per core, waits until all are built, starts them together and sums their counts. */
export async function measureThroughput(
  peer: InProcessPeerName,
  seed: number,
  size: number,
  queries: readonly BenchQuery[],
  durationMs: number,
  shared: unknown,
): Promise<ThroughputResult> {
  const workers = Math.max(1, cpus().length);
  const started = performance.now();
  const pool = Array.from({ length: workers }, (_, k) => {
    const job: ThroughputJob = {
      peer,
      seed,
      size,
      queries: [...queries],
      offset: Math.floor((k * queries.length) / workers),
      durationMs,
      shared,
    };
    return new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: job });
  });
  const ready = pool.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.once('error', reject);
        w.once('message', () => resolve());
      }),
  );
  await Promise.all(ready);
  const buildWallMs = performance.now() - started;
  const done = pool.map(
    (w) =>
      new Promise<{ count: number; elapsedMs: number }>((resolve, reject) => {
        w.once('error', reject);
        w.once('message', (m: { count: number; elapsedMs: number }) => resolve(m));
      }),
  );
  const cpu0 = process.cpuUsage();
  for (const w of pool) w.postMessage('go');
  const results = await Promise.all(done);
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(pool.map((w) => w.terminate()));
  const elapsed = Math.max(...results.map((r) => r.elapsedMs));
  const count = results.reduce((s, r) => s + r.count, 0);
  return {
    perSecond: count / (elapsed / 1000),
    perCpuSecond: count / ((cpu.user + cpu.system) / 1e6),
    workers,
    mode: shared === null ? 'per-worker' : 'shared',
    buildWallMs,
  };
}
