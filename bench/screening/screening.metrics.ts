/**
 * Quality and latency metrics of one peer on the labelled queries: recall in the alert bands and in
 * the top 10, recall where the NIK matches, alert and strong-band rates on non-listed people, ties at
 * the top score, latency percentiles, recall per variant kind, and (for banded peers) how reliable
 * each band is.
 */
import type { LabelledQuery } from './generate/types.ts';
import type { PeerHit } from './peers/peer.types.ts';
import { mean, percentile } from '../lib/timing.ts';

/** One query's outcome: the hits and how long the screening took. */
export interface QueryOutcome {
  query: LabelledQuery;
  hits: PeerHit[];
  ms: number;
}

/** Share of hits in a band that were the true entry. */
export interface BandReliability {
  band: string;
  hits: number;
  trueHits: number;
  share: number;
}

/** The metrics of one peer at one list size. */
export interface QualityMetrics {
  queries: number;
  positives: number;
  negatives: number;
  recallAlert: number;
  recallTop10: number;
  nikEqualQueries: number;
  recallNik: number;
  negativeAlertRate: number;
  /** Null for peers without a strong band. */
  negativeStrongRate: number | null;
  /** Share of queries with an alert whose top two alerts share one score. */
  tiesAtTop: number;
  queriesWithAlert: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  recallByOp: Record<string, { n: number; recallAlert: number; recallTop10: number }>;
  reliability: BandReliability[];
}

/** Ratio that is NaN when the denominator is zero (shown as "not measured"). */
function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/** Computes the metrics of one peer's outcomes. */
export function computeMetrics(outcomes: readonly QueryOutcome[]): QualityMetrics {
  let positives = 0;
  let negatives = 0;
  let foundAlert = 0;
  let foundTop = 0;
  let nikQueries = 0;
  let nikFound = 0;
  let negAlert = 0;
  let negStrong = 0;
  let strongKnown = true;
  let withAlert = 0;
  let ties = 0;
  const byOp = new Map<string, { n: number; alert: number; top: number }>();
  const bands = new Map<string, { hits: number; trueHits: number }>();
  for (const { query, hits } of outcomes) {
    const alerts = hits.filter((h) => h.alert);
    if (alerts.length > 0) {
      withAlert++;
      const [first, second] = alerts;
      if (first && second && Math.abs(first.score - second.score) < 1e-12) ties++;
    }
    for (const h of hits) {
      if (h.strong === null) strongKnown = false;
      if (h.band === undefined) continue;
      const b = bands.get(h.band) ?? { hits: 0, trueHits: 0 };
      b.hits++;
      if (h.entryId === query.truth) b.trueHits++;
      bands.set(h.band, b);
    }
    if (query.truth === null) {
      negatives++;
      if (alerts.length > 0) negAlert++;
      if (hits.some((h) => h.strong === true)) negStrong++;
      continue;
    }
    positives++;
    const inAlert = alerts.some((h) => h.entryId === query.truth);
    const inTop = hits.some((h) => h.entryId === query.truth);
    if (inAlert) foundAlert++;
    if (inTop) foundTop++;
    if (query.nikEqual) {
      nikQueries++;
      if (inAlert) nikFound++;
    }
    for (const op of query.ops) {
      const o = byOp.get(op) ?? { n: 0, alert: 0, top: 0 };
      o.n++;
      if (inAlert) o.alert++;
      if (inTop) o.top++;
      byOp.set(op, o);
    }
  }
  const latencies = outcomes.map((o) => o.ms);
  const order = ['strong', 'possible', 'weak'];
  return {
    queries: outcomes.length,
    positives,
    negatives,
    recallAlert: ratio(foundAlert, positives),
    recallTop10: ratio(foundTop, positives),
    nikEqualQueries: nikQueries,
    recallNik: ratio(nikFound, nikQueries),
    negativeAlertRate: ratio(negAlert, negatives),
    negativeStrongRate: strongKnown ? ratio(negStrong, negatives) : null,
    tiesAtTop: ratio(ties, withAlert),
    queriesWithAlert: withAlert,
    latencyP50: percentile(latencies, 50),
    latencyP99: percentile(latencies, 99),
    latencyMean: mean(latencies),
    recallByOp: Object.fromEntries(
      [...byOp]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([op, o]) => [op, { n: o.n, recallAlert: o.alert / o.n, recallTop10: o.top / o.n }]),
    ),
    reliability: [...bands]
      .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
      .map(([band, b]) => ({
        band,
        hits: b.hits,
        trueHits: b.trueHits,
        share: ratio(b.trueHits, b.hits),
      })),
  };
}
