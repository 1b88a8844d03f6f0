/**
 * Measures loading and find() latency on the real data: `npx tsx src/regions/region-find.bench.ts
 * [queries]`. Queries are official names with one seeded random typo, alone and in a chain with
 * their kecamatan and kabupaten. Prints one table; never used as a test.
 */
import { performance } from 'node:perf_hooks';
import { loadRegions } from './region-index.ts';

const count = Number(process.argv[2] ?? 2000);
const started = performance.now();
const index = await loadRegions();
const loadMs = performance.now() - started;
const heapMb = process.memoryUsage().heapUsed / 1e6;

// A small seeded generator keeps runs comparable.
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const villages: string[] = [];
const collect = (code: string, depth: number): void => {
  for (const child of index.childrenOf(code)) {
    if (depth === 3) villages.push(child.code);
    else collect(child.code, depth + 1);
  }
};
for (let p = 11; p <= 96; p++) if (index.get(String(p)) !== undefined) collect(String(p), 1);

const typo = (name: string): string => {
  const at = 1 + Math.floor(random() * Math.max(1, name.length - 2));
  return name.slice(0, at) + 'q' + name.slice(at + 1);
};

const measure = (label: string, makeQuery: (code: string) => string): string => {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const code = villages[Math.floor(random() * villages.length)] ?? '';
    const query = makeQuery(code);
    const start = performance.now();
    index.find(query, { limit: 5 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
  return `| ${label} | ${count} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${(times[times.length - 1] ?? 0).toFixed(2)} |`;
};

const nameOf = (code: string): string => index.get(code)?.name ?? '';
const rows = [
  measure('village, exact', nameOf),
  measure('village, one typo', (code) => typo(nameOf(code))),
  measure('chain desa/kecamatan/kabupaten, typo', (code) => {
    const [, regency, district] = index.parentsOf(code);
    return `Desa ${typo(nameOf(code))}, Kecamatan ${district?.name ?? ''}, ${regency?.name ?? ''}`;
  }),
];
process.stdout.write(
  [
    `load ${loadMs.toFixed(0)} ms, heap after load ${heapMb.toFixed(0)} MB, ${villages.length} villages`,
    '| find() | queries | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
