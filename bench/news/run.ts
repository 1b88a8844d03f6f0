/**
 * `npm run bench:news`: quality of the news pipeline on the labelled corpus, clean+extract
 * throughput on worker threads, and the time to group a large synthetic article set. Prints a
 * table and writes bench/results/news.json. Options: --workers N (2), --rounds N (30),
 * --grouping-size N (100000).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, platform, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { analyzeDocuments, groupEvents, type EventInput } from '../../src/news/index.ts';
import { loadRegions } from '../../src/regions/index.ts';
import { loadDocuments, loadLabels, type CorpusDocument } from './corpus.load.ts';
import { evaluateNews } from './evaluate.ts';
import { scorePairwiseAtScale } from './evaluate.grouping.ts';
import type { ExtractWorkerData, ExtractWorkerResult } from './extract.worker.ts';
import { formatNewsReport, type NewsBenchResult } from './report.format.ts';
import { generateSyntheticInputs } from './synthetic.generate.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '30' },
    'grouping-size': { type: 'string', default: '100000' },
  },
});
const workers = Number(values.workers);
const rounds = Number(values.rounds);
const groupingSize = Number(values['grouping-size']);

/** Runs clean+extract on `count` worker threads, timing from the common start signal. */
async function measureThroughput(documents: CorpusDocument[], count: number, rounds: number) {
  const shares = Array.from({ length: count }, (_, w) =>
    documents.filter((_, i) => i % count === w),
  );
  const started = shares.map((share) => {
    const data: ExtractWorkerData = { documents: share, rounds };
    // The .js entry registers tsx in the worker, then loads extract.worker.ts.
    const worker = new Worker(new URL('./extract-worker.boot.js', import.meta.url), {
      workerData: data,
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return { worker, ready };
  });
  await Promise.all(started.map((s) => s.ready));
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const results = await Promise.all(
    started.map(
      ({ worker }) =>
        new Promise<ExtractWorkerResult>((resolve, reject) => {
          worker.once('message', (result: ExtractWorkerResult) => resolve(result));
          worker.once('error', reject);
          worker.postMessage('go');
        }),
    ),
  );
  const seconds = (performance.now() - begin) / 1000;
  // CPU time of all threads: on a shared machine it tells what the cores would do unloaded.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await Promise.all(started.map(({ worker }) => worker.terminate()));
  const articles = results.reduce((n, r) => n + r.articles, 0);
  const cleanMs = results.reduce((n, r) => n + r.cleanMs, 0);
  const extractMs = results.reduce((n, r) => n + r.extractMs, 0);
  return {
    workers: count,
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    cpuSeconds,
    articlesPerCpuSecondTimesWorkers: (articles / cpuSeconds) * count,
    msPerArticle: { clean: cleanMs / articles, extract: extractMs / articles },
    target: 200,
  };
}

/** Regency codes from the official data, for moving synthetic articles around the country. */
async function readRegencyCodes(): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('idn-area-data/package.json'));
  const csv = await readFile(`${dir}/data/regencies.csv`, 'utf8');
  return csv
    .split('\n')
    .slice(1)
    .map((row) => row.split(',')[0] ?? '')
    .filter((code) => code.length === 5);
}

const labels = await loadLabels();
const documents = await loadDocuments(labels);
const regions = await loadRegions();

const analyseStart = performance.now();
const analysis = analyzeDocuments(documents, { regions });
const analyseSeconds = (performance.now() - analyseStart) / 1000;
const quality = evaluateNews(labels, analysis);

const throughput = await measureThroughput(documents, workers, rounds);

const base: EventInput[] = analysis.articles.flatMap((a) =>
  'error' in a ? [] : [{ file: a.file, published: a.published, facts: a }],
);
const synthetic = generateSyntheticInputs(base, groupingSize, await readRegencyCodes());
const groupStart = performance.now();
const grouped = groupEvents(synthetic);
const groupSeconds = (performance.now() - groupStart) / 1000;

// Each synthetic copy of an article belongs to its labelled event within that copy's variant.
const goldOfSynthetic = new Map<string, string>();
for (const input of synthetic) {
  const [file = '', variant = ''] = input.file.split('~');
  goldOfSynthetic.set(input.file, `${labels.files[file]?.event ?? file}~${variant}`);
}
const predictedOfSynthetic = new Map<string, string>();
for (const event of grouped)
  for (const file of event.files) predictedOfSynthetic.set(file, event.id);
const syntheticQuality = scorePairwiseAtScale(goldOfSynthetic, predictedOfSynthetic);

const cpu = cpus();
const result: NewsBenchResult = {
  machine: {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: platform(),
    loadAverage: loadavg().map((n) => Math.round(n * 10) / 10),
  },
  date: new Date().toISOString().slice(0, 10),
  throughput,
  grouping: {
    articles: synthetic.length,
    events: grouped.length,
    seconds: groupSeconds,
    target: 60,
    pairwise: syntheticQuality,
  },
  corpus: { articles: base.length, analyseSeconds },
  quality,
};

console.log(formatNewsReport(result));
const out = fileURLToPath(new URL('../results/news.json', import.meta.url));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${out.slice(out.indexOf('bench/'))}`);
