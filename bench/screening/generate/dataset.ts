/**
 * Entry point of the screening data generator: a reproducible watchlist of any size (streamed, entry i
 * is a pure function of seed and i) and its labelled queries. Imports nothing from src.
 */
import { generateEntry } from './population.ts';
import { buildQueries } from './queries.ts';
import type { BenchEntry, LabelledQuery } from './types.ts';

export { generateEntry } from './population.ts';
export { buildQueries, buildUpdate } from './queries.ts';
export type { BenchEntry, BenchQuery, LabelledQuery } from './types.ts';

/** Parameters of one generated data set. */
export interface DatasetSpec {
  seed: number;
  size: number;
  positives: number;
  negatives: number;
}

/** Calls fn for every entry of the watchlist in id order, in chunks so callers can time only their own work. */
export function forEachEntryChunk(
  spec: Pick<DatasetSpec, 'seed' | 'size'>,
  chunkSize: number,
  fn: (chunk: BenchEntry[]) => void,
): void {
  for (let start = 0; start < spec.size; start += chunkSize) {
    const end = Math.min(spec.size, start + chunkSize);
    const chunk: BenchEntry[] = [];
    for (let i = start; i < end; i++) chunk.push(generateEntry(spec.seed, i));
    fn(chunk);
  }
}

/** Builds the labelled queries for a spec. */
export function generateQueries(spec: DatasetSpec): LabelledQuery[] {
  return buildQueries(spec.seed, spec.size, spec.positives, spec.negatives);
}
