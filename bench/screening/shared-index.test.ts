/**
 * One engine index shared with a worker thread through SharedArrayBuffers: the worker's results
 * equal the main thread's, on a generated scenario with removed entries.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildProbeIndex, fingerprint, probeQueries, SCENARIOS } from './engine-fingerprint.ts';

/** Workers do not inherit the TypeScript loader: register tsx, then import the worker module. */
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./shared-search.worker.ts', import.meta.url).href,
)}); })`;

describe('shared engine index in a worker thread', () => {
  it('returns the same hits in the worker as on the main thread', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'tight-budget-20k');
    if (!scenario) throw new Error('scenario missing');
    const index = buildProbeIndex(scenario);
    const handle = index.toShared();
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { handle, scenario } });
    const fromWorker = await new Promise<string[]>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (lines: string[]) => resolve(lines));
    });
    await worker.terminate();
    const onMain = fingerprint((q) => index.search(q, { limit: 10 }), probeQueries(scenario));
    expect(fromWorker.length).toBe(onMain.length);
    for (let i = 0; i < onMain.length; i++) expect(fromWorker[i]).toBe(onMain[i]);
    expect(onMain.filter((l) => l.includes('"strong"')).length).toBeGreaterThan(20);
  }, 120_000);
});
