/**
 * Worker for the throughput benchmark: loads the regions index, waits for "go", then cleans and
 * extracts facts from its share of documents and reports how many articles it produced.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cleanDocument, extractFacts } from '../../src/news/index.ts';
import { loadRegions } from '../../src/regions/index.ts';
import type { CorpusDocument } from './corpus.load.ts';

/** What the main thread sends at start. */
export interface ExtractWorkerData {
  documents: CorpusDocument[];
  rounds: number;
}

/** What the worker reports when done. */
export interface ExtractWorkerResult {
  articles: number;
  errors: number;
  ms: number;
  /** Time spent in cleaning and in fact extraction, to show which step costs more. */
  cleanMs: number;
  extractMs: number;
}

const port = parentPort;
if (port) {
  const { documents, rounds } = workerData as ExtractWorkerData;
  const regions = await loadRegions();
  // Warm up the JIT on one pass so the timed rounds measure the steady state.
  for (const doc of documents)
    for (const a of cleanDocument(doc)) if (!('error' in a)) extractFacts(a, { regions });
  port.once('message', () => {
    const start = performance.now();
    let articles = 0;
    let errors = 0;
    let cleanMs = 0;
    let extractMs = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const doc of documents) {
        const t0 = performance.now();
        const cleanedAll = cleanDocument(doc);
        const t1 = performance.now();
        cleanMs += t1 - t0;
        for (const cleaned of cleanedAll) {
          if ('error' in cleaned) {
            errors += 1;
            continue;
          }
          extractFacts(cleaned, { regions });
          articles += 1;
        }
        extractMs += performance.now() - t1;
      }
    }
    const result: ExtractWorkerResult = {
      articles,
      errors,
      ms: performance.now() - start,
      cleanMs,
      extractMs,
    };
    port.postMessage(result);
  });
  port.postMessage('ready');
}
