/**
 * Screening benchmark: generates the seeded Indonesian watchlist and labelled queries, runs our
 * engine and its peers (pg_trgm GIN and GiST, fuse.js, a Watchman-style Jaro-Winkler scan) side by
 * side, prints the tables and writes bench/results/screening-<size>.json.
 *
 *   npm run bench:screening                      # 100k and 1M entries (many minutes)
 *   npm run bench:screening -- --sizes 100000    # one size
 *   npm run bench:screening -- --quick           # 20k entries, small query set, for development
 *   npm run bench:screening -- --peers engine,trgm-gin
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateQueries } from './generate/dataset.ts';
import { createEnginePeer, engineVersion } from './peers/engine.peer.ts';
import { createFusePeer } from './peers/fuse.peer.ts';
import { connectPg, createPgTrgmPeer } from './peers/pg-trgm.peer.ts';
import type { Peer } from './peers/peer.types.ts';
import { createWatchmanPeer } from './peers/watchman.peer.ts';
import {
  formatPeerTable,
  formatRecallByOp,
  formatReliability,
  formatTargets,
} from './screening.report.ts';
import { runPeer, type PeerRun, type RunOptions } from './screening.runner.ts';
import { writeJson } from '../lib/json.ts';
import { describeMachine } from '../lib/machine.ts';

const ALL_PEERS = ['engine', 'trgm-gin', 'trgm-gist', 'fuse', 'watchman'] as const;
type PeerKey = (typeof ALL_PEERS)[number];

/** Re-runs this script under node with gc exposed and room for a million-entry index, unless already there. */
function ensureFlags(): void {
  if (process.execArgv.includes('--expose-gc')) return;
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=12288',
      '--import',
      'tsx',
      script,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

/** Parses the command line. */
function readOptions(): {
  sizes: number[];
  quick: boolean;
  peers: PeerKey[];
  seed: number;
  positives: number;
  negatives: number;
  pgUrl: string;
  out: string;
} {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      peers: { type: 'string' },
      seed: { type: 'string', default: '20240521' },
      positives: { type: 'string' },
      negatives: { type: 'string' },
      pg: {
        type: 'string',
        default: process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
      out: { type: 'string', default: 'bench/results' },
    },
  });
  const quick = values.quick ?? false;
  const peers = (values.peers ? values.peers.split(',') : [...ALL_PEERS]).map((p) => p.trim());
  for (const p of peers)
    if (!(ALL_PEERS as readonly string[]).includes(p))
      throw new Error(`unknown peer ${p}; known: ${ALL_PEERS.join(', ')}`);
  return {
    sizes: values.sizes
      ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')))
      : quick
        ? [20_000]
        : [100_000, 1_000_000],
    quick,
    peers: peers as PeerKey[],
    seed: Number(values.seed),
    positives: Number(values.positives ?? (quick ? 300 : 2_000)),
    negatives: Number(values.negatives ?? (quick ? 1_500 : 10_000)),
    pgUrl: values.pg ?? '',
    out: values.out ?? 'bench/results',
  };
}

/** Reads the PostgreSQL server version, or null when unreachable. */
async function readPgVersion(url: string): Promise<string | null> {
  const client = await connectPg(url);
  if (!client) return null;
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  await client.end();
  return rows[0]?.server_version ?? null;
}

/** Creates a peer and its harness options, or null (with a reason) when it cannot run. */
async function createPeer(
  key: PeerKey,
  pgUrl: string,
): Promise<{ peer: Peer; extra: Partial<RunOptions> } | string> {
  switch (key) {
    case 'engine': {
      const peer = createEnginePeer();
      return { peer, extra: { workerPeer: 'engine', shared: () => peer.shared() } };
    }
    case 'trgm-gin':
    case 'trgm-gist': {
      const peer = await createPgTrgmPeer(pgUrl, key === 'trgm-gin' ? 'gin-filter' : 'gist-knn');
      if (!peer)
        return `skipped ${key}: PostgreSQL unreachable at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')}`;
      return { peer, extra: { parallelThroughput: (q, ms) => peer.parallelThroughput(q, ms) } };
    }
    case 'fuse':
      return { peer: createFusePeer(), extra: {} };
    case 'watchman':
      return { peer: createWatchmanPeer(), extra: {} };
  }
}

/** Runs the benchmark for every requested size. */
async function main(): Promise<void> {
  ensureFlags();
  const options = readOptions();
  const machine = describeMachine();
  const pgVersion = await readPgVersion(options.pgUrl);
  const log = (line: string): void => console.log(line);
  log(
    `Screening benchmark — ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${pgVersion ?? 'unreachable'}, ${engineVersion}`,
  );
  for (const size of options.sizes) {
    const spec = {
      seed: options.seed,
      size,
      positives: options.positives,
      negatives: options.negatives,
    };
    const queries = generateQueries(spec);
    log(
      `\n## ${size.toLocaleString('en')} entries — seed ${spec.seed}, ${spec.positives} positives + ${spec.negatives} negatives`,
    );
    const runs: PeerRun[] = [];
    const notes: string[] = [];
    const path = `${options.out}/screening-${size}.json`;
    // Written after every peer too, so a long run that is stopped keeps what it measured.
    const writeResults = (partial: boolean): void =>
      writeJson(path, {
        generatedAt: new Date().toISOString(),
        command: process.argv.slice(2).join(' '),
        partial,
        machine,
        pgVersion,
        engineVersion,
        spec,
        notes,
        runs,
      });
    for (const key of options.peers) {
      const created = await createPeer(key, options.pgUrl);
      if (typeof created === 'string') {
        log(created);
        notes.push(created);
        continue;
      }
      const throughputMs = options.quick ? 3_000 : 10_000;
      log(`  ${key}: starting, 1-minute load average ${loadavg()[0]?.toFixed(1) ?? '?'}`);
      const run = await runPeer(created.peer, {
        seed: spec.seed,
        size,
        queries,
        throughputMs,
        workerPeer: null,
        log,
        ...created.extra,
      });
      runs.push(run);
      if (run.sample < run.totalQueries)
        notes.push(
          `${run.peer}: ran the first ${run.sample} of ${run.totalQueries} queries (too slow for all at this size)`,
        );
      if (run.plan) notes.push(`${run.peer}: plan uses ${run.plan}`);
      // The cores are shared with other work: record how loaded the machine was, latency depends on it.
      notes.push(
        `${run.peer}: 1-minute load average ${loadavg()[0]?.toFixed(1) ?? '?'} when it finished`,
      );
      writeResults(true);
      log(
        `  ${run.peer}: done (p99 ${run.metrics.latencyP99.toFixed(2)} ms, recall ${(run.metrics.recallAlert * 100).toFixed(1)}%, CPU per screening mean ${run.cpuMsPerScreening.toFixed(2)} ms, p50 ${run.cpuMsP50.toFixed(2)} ms, p99 ${run.cpuMsP99.toFixed(2)} ms${run.throughputPerCpuSecond === null ? '' : `, ${run.throughputPerCpuSecond.toFixed(0)} screenings per CPU-second in the throughput run`})`,
      );
    }
    log(`\n${formatPeerTable(runs)}\n`);
    for (const r of runs) log(`- ${r.peer}: ${r.description}; throughput: ${r.throughputMode}`);
    for (const n of notes) log(`- ${n}`);
    log(
      `\nRecall per variant kind (positives in each peer's sample):\n\n${formatRecallByOp(runs)}`,
    );
    const engine = runs.find((r) => r.peer === 'engine');
    if (engine) {
      log(
        `\nEngine band reliability (share of hits in each band that are the true entry):\n\n${formatReliability(engine)}`,
      );
      log(`\nEngine targets at ${size.toLocaleString('en')} entries:\n\n${formatTargets(engine)}`);
    }
    writeResults(false);
    log(`\nwrote ${path}`);
  }
}

await main();
