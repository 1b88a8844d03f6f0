/**
 * Measures loading and find() latency on the real data:
 * `npx tsx src/regions/region-find.bench.ts [queries per case] [results.json]`.
 * Queries are random official village names (seeded), exact, with one typo, and as a chain with
 * their kecamatan and kabupaten; 200 warm-up queries run first. Prints a table and, when a path
 * is given, writes the same figures as JSON. Not a test: nothing here gates on a time.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadRegions } from './region-index.ts';

interface CaseResult {
  case: string;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const count = Number(process.argv[2] ?? 2000);
const outputPath = process.argv[3];
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const index = await loadRegions();
const loadMs = performance.now() - started;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

// A small seeded generator keeps runs comparable.
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const villages: string[] = [];
const collect = (code: string): void => {
  for (const child of index.childrenOf(code)) {
    if (child.level === 'desa' || child.level === 'kelurahan') villages.push(child.code);
    else collect(child.code);
  }
};
for (let province = 11; province <= 96; province++) collect(String(province));

const nameOf = (code: string): string => index.get(code)?.name ?? '';
const typo = (name: string): string => {
  const at = 1 + Math.floor(random() * Math.max(1, name.length - 2));
  return `${name.slice(0, at)}q${name.slice(at + 1)}`;
};
const pick = (): string => villages[Math.floor(random() * villages.length)] ?? '';
const chainOf = (code: string): string => {
  const [, regency, district] = index.parentsOf(code);
  return `Desa ${typo(nameOf(code))}, Kecamatan ${district?.name ?? ''}, ${regency?.name ?? ''}`;
};

/** Times `count` find() calls on queries made from random villages. */
function measure(label: string, makeQuery: (code: string) => string): CaseResult {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const query = makeQuery(pick());
    const start = performance.now();
    index.find(query, { limit: 5 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2));
  return { case: label, queries: count, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

for (let i = 0; i < 200; i++) index.find(chainOf(pick()));
const results = [
  measure('village, exact', nameOf),
  measure('village, one typo', (code) => typo(nameOf(code))),
  measure('chain desa/kecamatan/kabupaten, typo', chainOf),
];
process.stdout.write(
  [
    `load ${loadMs.toFixed(0)} ms, heap growth ${heapMb.toFixed(0)} MB, ${villages.length} villages`,
    '| find() | queries | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) => `| ${r.case} | ${r.queries} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} |`,
    ),
    '',
  ].join('\n'),
);
if (outputPath !== undefined) {
  const report = { loadMs: Math.round(loadMs), heapMb: Math.round(heapMb), results };
  await writeFile(outputPath, `${JSON.stringify(report, null, 2)}\n`);
}
