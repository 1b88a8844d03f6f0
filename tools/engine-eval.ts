/**
 * Development check of the matching engine on a training seed (never the benchmark's): builds an
 * index from the screening generator, screens labelled queries and prints recall, non-listed
 * alert rates, recall per variant and, with --misses N, the first N lost positives and alerted
 * negatives with their reasons.
 *
 *   npx tsx tools/engine-eval.ts --seed 1 --size 100000 --positives 1000 --negatives 5000 --misses 20
 */
import { parseArgs } from 'node:util';
import { forEachEntryChunk, generateQueries } from '../bench/screening/generate/dataset.ts';
import { computeMetrics, type QueryOutcome } from '../bench/screening/screening.metrics.ts';
import { MatchIndex } from '../src/engine/index.ts';
import type { Hit } from '../src/engine/index.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: '100000' },
    positives: { type: 'string', default: '1000' },
    negatives: { type: 'string', default: '5000' },
    misses: { type: 'string', default: '0' },
  },
});
const spec = {
  seed: Number(values.seed),
  size: Number(values.size),
  positives: Number(values.positives),
  negatives: Number(values.negatives),
};
if (spec.seed === 20240521) throw new Error('the benchmark seed is for the final measurement only');

const index = new MatchIndex({ referenceDate: new Date(Date.UTC(2026, 0, 1)), minScore: 0.02 });
const entries = new Map<string, string>();
let t0 = performance.now();
forEachEntryChunk(spec, 10_000, (chunk) => {
  for (const entry of chunk) {
    index.add(entry);
    entries.set(entry.id, JSON.stringify({ n: entry.names, b: entry.birthDate, nik: entry.nik }));
  }
});
console.log(`built ${spec.size} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const queries = generateQueries(spec);
const outcomes: QueryOutcome[] = [];
const raw: Hit[][] = [];
t0 = performance.now();
for (const q of queries) {
  const start = performance.now();
  const hits = index.search(q.query, { limit: 10 });
  const ms = performance.now() - start;
  raw.push(hits);
  outcomes.push({
    query: q,
    ms,
    hits: hits.map((h) => ({
      entryId: h.entryId,
      score: h.score,
      alert: h.band !== 'weak',
      strong: h.band === 'strong',
      band: h.band,
    })),
  });
}
const m = computeMetrics(outcomes);
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
console.log(
  `recall alert ${pct(m.recallAlert)} top10 ${pct(m.recallTop10)} nik ${pct(m.recallNik)} | neg alert ${pct(m.negativeAlertRate)} strong ${pct(m.negativeStrongRate ?? 0)} | ties ${pct(m.tiesAtTop)} | p50 ${m.latencyP50.toFixed(2)} p99 ${m.latencyP99.toFixed(2)} mean ${m.latencyMean.toFixed(2)} ms (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
console.log(
  Object.entries(m.recallByOp)
    .map(([op, o]) => `${op} ${pct(o.recallAlert)} (${pct(o.recallTop10)}, n=${o.n})`)
    .join('; '),
);
console.log(
  m.reliability.map((r) => `${r.band} ${r.trueHits}/${r.hits} ${pct(r.share)}`).join('; '),
);
// Recall and non-listed rates if the alert line were at t: for choosing band thresholds.
const curve: string[] = [];
for (const t of [0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.8, 0.88, 0.9, 0.92, 0.94, 0.96]) {
  let found = 0;
  let pos = 0;
  let neg = 0;
  let negHit = 0;
  outcomes.forEach((o) => {
    const over = o.hits.filter((h) => h.score >= t);
    if (o.query.truth === null) {
      neg++;
      if (over.length > 0) negHit++;
    } else {
      pos++;
      if (over.some((h) => h.entryId === o.query.truth)) found++;
    }
  });
  curve.push(`${t}: ${pct(found / pos)} / ${pct(negHit / neg)}`);
}
console.log(`threshold: recall / non-listed\n  ${curve.join('\n  ')}`);
const misses = Number(values.misses);
if (misses > 0) {
  let shown = 0;
  let shownNeg = 0;
  outcomes.forEach((o, i) => {
    const q = o.query;
    const hits = raw[i] ?? [];
    const lostPositive = q.truth !== null && !o.hits.some((h) => h.alert && h.entryId === q.truth);
    const alertedNegative = q.truth === null && o.hits.some((h) => h.alert);
    if (lostPositive && shown < misses) {
      shown++;
      const found = hits.find((h) => h.entryId === q.truth);
      console.log(`\nMISS ${q.id} ${q.ops.join(',')} ${JSON.stringify(q.query)}`);
      console.log(`  truth ${q.truth} ${entries.get(q.truth ?? '')}`);
      console.log(
        found
          ? `  at ${found.score} ${found.reasons.map((r) => `${r.feature}:${r.effect}`).join(' ')}`
          : '  not in top 10',
      );
      const first = hits[0];
      if (first && first.entryId !== q.truth)
        console.log(`  top ${first.entryId} ${first.score} ${entries.get(first.entryId)}`);
    }
    if (alertedNegative && shownNeg < misses) {
      shownNeg++;
      const first = hits[0];
      console.log(`\nFALSE ${q.id} ${JSON.stringify(q.query)}`);
      if (first)
        console.log(
          `  ${first.entryId} ${first.score} ${entries.get(first.entryId)} ${first.reasons.map((r) => `${r.feature}:${r.effect}`).join(' ')}`,
        );
    }
  });
}
