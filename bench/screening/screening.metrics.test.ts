import { describe, expect, it } from 'vitest';
import type { LabelledQuery } from './generate/types.ts';
import type { PeerHit } from './peers/peer.types.ts';
import { computeMetrics, type QueryOutcome } from './screening.metrics.ts';

/** Builds a labelled query. */
function q(id: string, truth: string | null, ops: string[], nikEqual = false): LabelledQuery {
  return { id, truth, ops, nikEqual, query: { name: id } };
}

/** Builds a hit. */
function hit(entryId: string, score: number, band: 'strong' | 'possible' | 'weak'): PeerHit {
  return { entryId, score, band, alert: band !== 'weak', strong: band === 'strong' };
}

const outcomes: QueryOutcome[] = [
  { query: q('p1', 'w1', ['typo'], true), hits: [hit('w1', 0.9, 'strong')], ms: 1 },
  {
    query: q('p2', 'w2', ['typo']),
    hits: [hit('w9', 0.7, 'possible'), hit('w2', 0.4, 'weak')],
    ms: 2,
  },
  { query: q('p3', 'w3', ['reorder']), hits: [], ms: 3 },
  {
    query: q('n1', null, ['negative']),
    hits: [hit('w5', 0.65, 'possible'), hit('w6', 0.65, 'possible')],
    ms: 4,
  },
  { query: q('n2', null, ['negative']), hits: [hit('w7', 0.2, 'weak')], ms: 5 },
  { query: q('n3', null, ['negative']), hits: [hit('w8', 0.95, 'strong')], ms: 100 },
];

describe('computeMetrics', () => {
  const m = computeMetrics(outcomes);

  it('counts recall in the alert bands and in the top 10 separately', () => {
    expect(m.recallAlert).toBeCloseTo(1 / 3);
    expect(m.recallTop10).toBeCloseTo(2 / 3);
    expect(m.recallByOp['typo']).toEqual({ n: 2, recallAlert: 0.5, recallTop10: 1 });
  });

  it('counts recall on NIK-equal queries only over those queries', () => {
    expect(m.nikEqualQueries).toBe(1);
    expect(m.recallNik).toBe(1);
  });

  it('counts alerted and strong non-listed people', () => {
    expect(m.negativeAlertRate).toBeCloseTo(2 / 3);
    expect(m.negativeStrongRate).toBeCloseTo(1 / 3);
  });

  it('counts a tie when the top two alerts share a score', () => {
    expect(m.queriesWithAlert).toBe(4);
    expect(m.tiesAtTop).toBeCloseTo(1 / 4);
  });

  it('reports per band the share of hits that were true, strong first', () => {
    expect(m.reliability.map((r) => [r.band, r.hits, r.trueHits])).toEqual([
      ['strong', 2, 1],
      ['possible', 3, 0],
      ['weak', 2, 1],
    ]);
  });

  it('takes nearest-rank latency percentiles', () => {
    expect(m.latencyP50).toBe(3);
    expect(m.latencyP99).toBe(100);
  });

  it('leaves the strong rate unmeasured for peers without bands', () => {
    const plain = computeMetrics([
      {
        query: q('n', null, ['negative']),
        hits: [{ entryId: 'w', score: 1, alert: true, strong: null }],
        ms: 1,
      },
    ]);
    expect(plain.negativeStrongRate).toBeNull();
    expect(plain.negativeAlertRate).toBe(1);
  });
});
