/**
 * Runs one peer at one list size: streams the seeded list into it (timing only the peer's own work),
 * measures retained memory, screens the query sample one at a time, times how long an upsert takes to
 * become screenable, and measures throughput on both cores.
 */
import { buildUpdate, generateEntry } from './generate/dataset.ts';
import type { BenchEntry, BenchQuery, LabelledQuery } from './generate/types.ts';
import type { Peer } from './peers/peer.types.ts';
import { computeMetrics, type QualityMetrics, type QueryOutcome } from './screening.metrics.ts';
import { measureThroughput } from './screening.throughput.ts';
import type { InProcessPeerName } from './peers/peer.registry.ts';
import { measureRetainedBytes, nowMs, percentile } from '../lib/timing.ts';

/** Everything measured for one peer at one size. */
export interface PeerRun {
  peer: string;
  description: string;
  plan?: string;
  sample: number;
  totalQueries: number;
  buildSeconds: number;
  /** Heap + external bytes per entry retained by an in-process index (null for out-of-process peers). */
  memoryBytesPerEntry: number | null;
  /** Database bytes (table + index) per entry for out-of-process peers. */
  storageBytesPerEntry: number | null;
  throughputPerSecond: number | null;
  /** Screenings per second of process CPU time during the throughput run (all threads), when measured. */
  throughputPerCpuSecond: number | null;
  throughputMode: string;
  /** Mean process CPU milliseconds per screening over the latency sample (less load-dependent than wall time). */
  cpuMsPerScreening: number;
  /** Nearest-rank p50 and p99 of process CPU milliseconds per screening. */
  cpuMsP50: number;
  cpuMsP99: number;
  /** Bytes per entry of the shared copy (SharedArrayBuffers), when the index was shared. */
  sharedBytesPerEntry: number | null;
  /** Seconds to copy the index into shared memory for the workers, when it was shared. */
  shareSeconds: number | null;
  updateMsMedian: number | null;
  updateMsMax: number | null;
  updatesScreenable: number;
  metrics: QualityMetrics;
}

/** How the harness should measure a peer. */
export interface RunOptions {
  seed: number;
  size: number;
  queries: readonly LabelledQuery[];
  throughputMs: number;
  /** Name for worker threads, or null when the peer cannot run in a worker. */
  workerPeer: InProcessPeerName | null;
  /** Shared index handle for workers (engine), when it offers one. */
  shared?: () => unknown;
  parallelThroughput?: (queries: readonly BenchQuery[], ms: number) => Promise<number>;
  log: (line: string) => void;
}

const CHUNK = 10_000;
const UPDATES = 20;

/** Streams the list into the peer and returns the milliseconds spent inside the peer. */
async function buildPeer(
  peer: Peer,
  seed: number,
  size: number,
  log: (line: string) => void,
): Promise<number> {
  let ms = 0;
  let lastLog = nowMs();
  for (let start = 0; start < size; start += CHUNK) {
    const chunk: BenchEntry[] = [];
    for (let i = start; i < Math.min(size, start + CHUNK); i++) chunk.push(generateEntry(seed, i));
    const t0 = nowMs();
    await peer.addChunk(chunk);
    ms += nowMs() - t0;
    if (nowMs() - lastLog > 15_000) {
      log(`  ${peer.name}: ${start + chunk.length} / ${size} entries`);
      lastLog = nowMs();
    }
  }
  const t0 = nowMs();
  await peer.finish();
  return ms + (nowMs() - t0);
}

/** Times upsert → first search that returns the new entry, for fresh people outside the list. */
async function measureUpdates(
  peer: Peer,
  seed: number,
): Promise<{ times: number[]; screenable: number }> {
  const times: number[] = [];
  let screenable = 0;
  for (let u = 0; u < UPDATES; u++) {
    const { entry, query } = buildUpdate(seed, u);
    const t0 = nowMs();
    await peer.upsert(entry);
    // Poll for up to a second: an index that applies updates asynchronously gets the time it needs.
    while (nowMs() - t0 < 1_000) {
      const hits = await peer.search(query);
      if (hits.some((h) => h.entryId === entry.id)) {
        times.push(nowMs() - t0);
        screenable++;
        break;
      }
    }
  }
  return { times, screenable };
}

/** Bytes of the SharedArrayBuffers reachable from a shared-index handle (each buffer once). */
function sharedByteLength(handle: unknown): number {
  const seen = new Set<SharedArrayBuffer>();
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof SharedArrayBuffer) seen.add(value.buffer);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit(handle);
  let total = 0;
  for (const buffer of seen) total += buffer.byteLength;
  return total;
}

/** Runs every measurement for one peer and closes it. */
export async function runPeer(peer: Peer, options: RunOptions): Promise<PeerRun> {
  const { seed, size, queries, log } = options;
  const baseline = peer.inProcess ? measureRetainedBytes() : 0;
  const buildMs = await buildPeer(peer, seed, size, log);
  const retained = peer.inProcess ? measureRetainedBytes() - baseline : null;
  const storage = peer.externalBytes ? await peer.externalBytes() : null;
  const sample = queries.slice(0, peer.sampleSize(size, queries.length));
  log(
    `  ${peer.name}: built in ${(buildMs / 1000).toFixed(1)} s; screening ${sample.length} queries`,
  );
  // Warm-up so the first timed queries do not pay for JIT compilation or cold caches.
  for (const q of sample.slice(0, Math.min(50, sample.length))) await peer.search(q.query);
  const outcomes: QueryOutcome[] = [];
  const cpuTimes: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const q of sample) {
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    const hits = await peer.search(q.query);
    const c = process.cpuUsage(c0);
    outcomes.push({ query: q, hits, ms: nowMs() - t0 });
    cpuTimes.push((c.user + c.system) / 1000);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMsPerScreening = (cpu.user + cpu.system) / 1000 / Math.max(1, sample.length);
  const metrics = computeMetrics(outcomes);
  const updates = await measureUpdates(peer, seed);
  let throughput: number | null = null;
  let perCpuSecond: number | null = null;
  let shareSeconds: number | null = null;
  let sharedBytes: number | null = null;
  let mode = 'not measured';
  if (options.parallelThroughput) {
    throughput = await options.parallelThroughput(
      sample.map((q) => q.query),
      options.throughputMs,
    );
    mode = '2 database sessions';
  } else if (options.workerPeer) {
    const t0 = nowMs();
    const shared = options.shared ? options.shared() : null;
    if (shared !== null) {
      shareSeconds = (nowMs() - t0) / 1000;
      sharedBytes = sharedByteLength(shared);
      log(
        `  ${peer.name}: index copied to shared memory in ${shareSeconds.toFixed(1)} s, ${(sharedBytes / size).toFixed(0)} B/entry`,
      );
    }
    await peer.close();
    const result = await measureThroughput(
      options.workerPeer,
      seed,
      size,
      sample.map((q) => q.query),
      options.throughputMs,
      shared,
    );
    throughput = result.perSecond;
    perCpuSecond = result.perCpuSecond;
    mode = `${result.workers} worker threads, ${result.mode === 'shared' ? 'one shared index' : 'an index per worker'}`;
  } else {
    throughput = (2 * 1000) / metrics.latencyMean;
    mode = 'estimate: 2 cores / mean latency';
  }
  if (!options.workerPeer || options.parallelThroughput) await peer.close();
  return {
    peer: peer.name,
    description: peer.description,
    plan: (peer as { plan?: string }).plan,
    sample: sample.length,
    totalQueries: queries.length,
    buildSeconds: buildMs / 1000,
    memoryBytesPerEntry: retained === null ? null : retained / size,
    storageBytesPerEntry: storage === null ? null : storage / size,
    throughputPerSecond: throughput,
    throughputPerCpuSecond: perCpuSecond,
    throughputMode: mode,
    cpuMsPerScreening,
    cpuMsP50: percentile(cpuTimes, 50),
    cpuMsP99: percentile(cpuTimes, 99),
    sharedBytesPerEntry: sharedBytes === null ? null : sharedBytes / size,
    shareSeconds,
    updateMsMedian: updates.times.length > 0 ? percentile(updates.times, 50) : null,
    updateMsMax: updates.times.length > 0 ? Math.max(...updates.times) : null,
    updatesScreenable: updates.screenable,
    metrics,
  };
}
