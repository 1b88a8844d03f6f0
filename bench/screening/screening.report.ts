/** Turns peer runs into the printed tables (and the Markdown pasted into docs/benchmarks.md). */
import { formatNumber, formatPercent, formatTable, type Cell } from '../lib/table.ts';
import type { PeerRun } from './screening.runner.ts';

/** Issue targets the engine is held to (docs/benchmarks.md repeats them). */
export const TARGETS = {
  p99Ms: 10,
  throughput: 500,
  bytesPerEntry: 1024,
  buildSeconds: 60,
  updateMs: 1000,
  recall: 0.99,
  recallNik: 1,
  negativeAlert: 0.01,
  negativeStrong: 0.001,
  ties: 0.05,
} as const;

/** The main comparison table, one row per peer. */
export function formatPeerTable(runs: readonly PeerRun[]): string {
  const headers = [
    'peer',
    'queries',
    'build s',
    'B/entry',
    'p50 ms',
    'p99 ms',
    'screenings/s (2 cores)',
    'recall alert',
    'recall top-10',
    'recall NIK=',
    'non-listed alert',
    'non-listed strong',
    'ties at top',
    'update ms',
  ];
  const rows: Cell[][] = runs.map((r) => [
    r.peer,
    r.sample === r.totalQueries ? String(r.sample) : `${r.sample} of ${r.totalQueries}`,
    formatNumber(r.buildSeconds, 1),
    r.memoryBytesPerEntry !== null
      ? `${Math.round(r.memoryBytesPerEntry)}`
      : r.storageBytesPerEntry !== null
        ? `${Math.round(r.storageBytesPerEntry)} (disk)`
        : null,
    formatNumber(r.metrics.latencyP50, 2),
    formatNumber(r.metrics.latencyP99, 2),
    r.throughputPerSecond === null
      ? null
      : `${Math.round(r.throughputPerSecond)}${r.throughputMode.startsWith('estimate') ? ' (est.)' : ''}`,
    formatPercent(r.metrics.recallAlert),
    formatPercent(r.metrics.recallTop10),
    r.metrics.nikEqualQueries > 0
      ? `${formatPercent(r.metrics.recallNik)} of ${r.metrics.nikEqualQueries}`
      : null,
    formatPercent(r.metrics.negativeAlertRate, 2),
    formatPercent(r.metrics.negativeStrongRate, 2),
    formatPercent(r.metrics.tiesAtTop),
    r.updateMsMax === null
      ? 'not screenable'
      : `${formatNumber(r.updateMsMedian, 2)} / ${formatNumber(r.updateMsMax, 2)} max`,
  ]);
  return formatTable(headers, rows);
}

/** Recall per variant kind for each peer (columns) — where each peer loses people. */
export function formatRecallByOp(runs: readonly PeerRun[]): string {
  const ops = new Map<string, number>();
  for (const r of runs)
    for (const [op, v] of Object.entries(r.metrics.recallByOp))
      ops.set(op, Math.max(ops.get(op) ?? 0, v.n));
  const rows: Cell[][] = [...ops]
    .sort((a, b) => b[1] - a[1])
    .map(([op]) => [
      op,
      ...runs.map((r) => {
        const v = r.metrics.recallByOp[op];
        return v ? `${formatPercent(v.recallAlert)} (n=${v.n})` : null;
      }),
    ]);
  return formatTable(['variant (positives)', ...runs.map((r) => `${r.peer} alert`)], rows);
}

/** The engine's band reliability: share of hits in each band that are the true entry. */
export function formatReliability(run: PeerRun): string {
  return formatTable(
    ['band', 'hits', 'true matches', 'share true'],
    run.metrics.reliability.map((b) => [b.band, b.hits, b.trueHits, formatPercent(b.share)]),
  );
}

/** Lists which engine targets were met at this size. */
export function formatTargets(run: PeerRun): string {
  const m = run.metrics;
  const check = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const rows: Cell[][] = [
    ['p99 latency <= 10 ms', formatNumber(m.latencyP99, 2), check(m.latencyP99 <= TARGETS.p99Ms)],
    [
      '>= 500 screenings/s on 2 cores',
      formatNumber(run.throughputPerSecond, 0),
      check((run.throughputPerSecond ?? 0) >= TARGETS.throughput),
    ],
    [
      '<= 1 KB per entry',
      formatNumber(run.memoryBytesPerEntry, 0),
      check((run.memoryBytesPerEntry ?? Infinity) <= TARGETS.bytesPerEntry),
    ],
    [
      'build <= 60 s',
      formatNumber(run.buildSeconds, 1),
      check(run.buildSeconds <= TARGETS.buildSeconds),
    ],
    [
      'update screenable <= 1 s',
      formatNumber(run.updateMsMax, 2),
      check(run.updatesScreenable > 0 && (run.updateMsMax ?? Infinity) <= TARGETS.updateMs),
    ],
    [
      'recall on variants >= 99%',
      formatPercent(m.recallAlert),
      check(m.recallAlert >= TARGETS.recall),
    ],
    [
      'recall where NIK matches = 100%',
      formatPercent(m.recallNik),
      check(m.recallNik >= TARGETS.recallNik),
    ],
    [
      'non-listed alerted <= 1%',
      formatPercent(m.negativeAlertRate, 2),
      check(m.negativeAlertRate <= TARGETS.negativeAlert),
    ],
    [
      'non-listed strong <= 0.1%',
      formatPercent(m.negativeStrongRate, 2),
      check((m.negativeStrongRate ?? 1) <= TARGETS.negativeStrong),
    ],
    ['ties at top <= 5% of alerts', formatPercent(m.tiesAtTop), check(m.tiesAtTop <= TARGETS.ties)],
  ];
  return formatTable(['target', 'measured', 'status'], rows);
}
