/**
 * Throughput worker: builds (or attaches to) a peer's index for the same seeded list, reports ready,
 * then on "go" screens queries back to back for a fixed wall time and reports how many it finished.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateEntry } from './generate/dataset.ts';
import type { BenchEntry, BenchQuery } from './generate/types.ts';
import { createEnginePeerFromShared } from './peers/engine.peer.ts';
import { createInProcessPeer, type InProcessPeerName } from './peers/peer.registry.ts';
import type { Peer } from './peers/peer.types.ts';

/** What the main thread hands each worker. */
export interface ThroughputJob {
  peer: InProcessPeerName;
  seed: number;
  size: number;
  queries: BenchQuery[];
  offset: number;
  durationMs: number;
  shared: unknown;
}

/** Builds the peer from the generator, chunk by chunk, as the main thread does. */
async function buildPeer(job: ThroughputJob): Promise<Peer> {
  const fromShared = job.peer === 'engine' ? createEnginePeerFromShared(job.shared) : null;
  if (fromShared) return fromShared;
  const peer = createInProcessPeer(job.peer);
  for (let start = 0; start < job.size; start += 10_000) {
    const chunk: BenchEntry[] = [];
    for (let i = start; i < Math.min(job.size, start + 10_000); i++)
      chunk.push(generateEntry(job.seed, i));
    await peer.addChunk(chunk);
  }
  await peer.finish();
  return peer;
}

/** Runs the job: ready → wait for go → screen until the time is up → done. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('throughput.worker.ts must run as a worker thread');
  const job = workerData as ThroughputJob;
  const peer = await buildPeer(job);
  port.postMessage({ type: 'ready' });
  await new Promise<void>((resolve) => port.once('message', () => resolve()));
  const start = performance.now();
  const until = start + job.durationMs;
  let count = 0;
  for (let i = job.offset; performance.now() < until; i++) {
    await peer.search(job.queries[i % job.queries.length] ?? { name: '' });
    count++;
  }
  port.postMessage({ type: 'done', count, elapsedMs: performance.now() - start });
}

void main();
