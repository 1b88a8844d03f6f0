/**
 * Fingerprints of engine results for checking that a speed change returns exactly what the engine
 * returned before: per query its id, the hits (entry id, score, band) and a digest of the full
 * hits with their reasons.
 */
import { createHash } from 'node:crypto';
import { forEachEntryChunk, generateQueries } from './generate/dataset.ts';
import type { LabelledQuery } from './generate/dataset.ts';
import { MatchIndex } from '../../src/engine/index.ts';
import type { Hit, MatchIndexOptions } from '../../src/engine/index.ts';

/** One fixed scenario: list size, queries and index options, plus entries removed after the build. */
export interface ProbeScenario {
  name: string;
  seed: number;
  size: number;
  queries: number;
  options: MatchIndexOptions;
  /** Every n-th entry (by generation order) is removed after the build; 0 keeps all. */
  removeEvery: number;
}

/**
 * Scenarios: the default options; a reporting floor near zero, so the order of many weak candidates
 * is compared too; a tight budget with removed entries (confirm-only paths, dead slots).
 */
export const SCENARIOS: readonly ProbeScenario[] = [
  { name: 'default-20k', seed: 7, size: 20_000, queries: 600, options: {}, removeEvery: 0 },
  {
    name: 'low-floor-20k',
    seed: 9,
    size: 20_000,
    queries: 600,
    options: { minScore: 0.0001 },
    removeEvery: 0,
  },
  {
    name: 'tight-budget-20k',
    seed: 8,
    size: 20_000,
    queries: 600,
    options: { postingBudget: 1_500, maxCandidates: 40, minScore: 0.0001 },
    removeEvery: 5,
  },
];

/** Reference date of every probe index, so NIK centuries do not depend on the day a test runs. */
export const PROBE_REFERENCE_DATE = new Date(Date.UTC(2026, 0, 1));

/** Builds the scenario's index from the generator. */
export function buildProbeIndex(scenario: ProbeScenario): MatchIndex {
  const index = new MatchIndex({ referenceDate: PROBE_REFERENCE_DATE, ...scenario.options });
  const ids: string[] = [];
  forEachEntryChunk(scenario, 10_000, (chunk) => {
    for (const entry of chunk) {
      index.add(entry);
      ids.push(entry.id);
    }
  });
  if (scenario.removeEvery > 0)
    ids.forEach((id, i) => {
      if (i % scenario.removeEvery === 0) index.remove(id);
    });
  return index;
}

/** The scenario's labelled queries (one listed person to five non-listed ones). */
export function probeQueries(scenario: ProbeScenario): LabelledQuery[] {
  const positives = Math.round(scenario.queries / 6);
  return generateQueries({
    seed: scenario.seed,
    size: scenario.size,
    positives,
    negatives: scenario.queries - positives,
  });
}

/** One line of a fingerprint: query id, [entry id, score, band] per hit, digest of the full hits. */
export function fingerprintLine(queryId: string, hits: readonly Hit[]): string {
  const digest = createHash('sha256').update(JSON.stringify(hits)).digest('hex').slice(0, 16);
  return JSON.stringify([queryId, hits.map((h) => [h.entryId, h.score, h.band]), digest]);
}

/** Screens every query of the scenario and returns one fingerprint line per query. */
export function fingerprint(
  search: (query: LabelledQuery['query']) => readonly Hit[],
  queries: readonly LabelledQuery[],
): string[] {
  return queries.map((q) => fingerprintLine(q.id, search(q.query)));
}
