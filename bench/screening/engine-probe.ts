/**
 * Development probe of the engine alone: builds an index from the screening generator, screens
 * labelled queries one at a time and prints wall and CPU time per screening; optionally writes a
 * CPU profile of the screening phase only (not the build) and a fingerprint of every result, so a
 * speed change can be checked to return exactly what the engine returned before.
 *
 *   npx tsx bench/screening/engine-probe.ts --size 1000000 --queries 3000 --profile search.cpuprofile
 *   npx tsx bench/screening/engine-probe.ts --size 1000000 --fingerprint before.json
 *   npx tsx bench/screening/engine-probe.ts --size 1000000 --fingerprint after.json --compare before.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { forEachEntryChunk, generateQueries } from './generate/dataset.ts';
import { MatchIndex } from '../../src/engine/index.ts';
import type { Hit } from '../../src/engine/index.ts';
import { percentile } from '../lib/timing.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '7' },
    size: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '3000' },
    profile: { type: 'string' },
    fingerprint: { type: 'string' },
    compare: { type: 'string' },
    'min-score': { type: 'string' },
  },
});
const size = Number(values.size);
const total = Number(values.queries);
const spec = { seed: Number(values.seed), size, positives: total / 6, negatives: (total * 5) / 6 };

const minScore = values['min-score'] === undefined ? {} : { minScore: Number(values['min-score']) };
const index = new MatchIndex({ referenceDate: new Date(Date.UTC(2026, 0, 1)), ...minScore });
const buildStart = performance.now();
forEachEntryChunk(spec, 10_000, (chunk) => {
  for (const entry of chunk) index.add(entry);
});
console.log(`built ${size} in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

const queries = generateQueries(spec);
for (const q of queries.slice(0, 50)) index.search(q.query);
const session = new Session();
if (values.profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const wall: number[] = [];
const cpuTimes: number[] = [];
const results: Hit[][] = [];
const cpuStart = process.cpuUsage();
const start = performance.now();
for (const q of queries) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  results.push(index.search(q.query, { limit: 10 }));
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - t0);
  cpuTimes.push((c.user + c.system) / 1000);
}
const elapsed = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  session.disconnect();
}
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `${queries.length} screenings: wall p50 ${percentile(wall, 50).toFixed(2)} ms, p99 ${percentile(wall, 99).toFixed(2)} ms, mean ${(elapsed / queries.length).toFixed(2)} ms; CPU mean ${(cpuMs / queries.length).toFixed(2)} ms, p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p99 ${percentile(cpuTimes, 99).toFixed(2)} ms`,
);

if (values.fingerprint) {
  const lines = queries.map((q, i) => JSON.stringify([q.id, results[i]]));
  writeFileSync(values.fingerprint, `${lines.join('\n')}\n`);
}
if (values.compare) {
  const before = readFileSync(values.compare, 'utf8').trimEnd().split('\n');
  let differ = 0;
  queries.forEach((q, i) => {
    if (before[i] !== JSON.stringify([q.id, results[i]])) {
      if (differ < 5) console.log(`differs: ${q.id}\n  before ${before[i]}`);
      differ++;
    }
  });
  console.log(`${differ} of ${queries.length} results differ from ${values.compare}`);
  if (differ > 0) process.exitCode = 1;
}
