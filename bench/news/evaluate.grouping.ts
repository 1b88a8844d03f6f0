/**
 * Grouping metrics: pairwise precision, recall and F1 over the labelled articles, B-cubed F1,
 * and how many hard-negative event pairs the prediction merged.
 */
import type { EventLabel, PredictedEvent } from './corpus.types.ts';
import { ratio } from './evaluate.text.ts';

/** Grouping results over the corpus. */
export interface GroupingMetrics {
  pairwise: {
    precision: number;
    recall: number;
    f1: number;
    truePairs: number;
    predictedPairs: number;
  };
  bcubed: { precision: number; recall: number; f1: number };
  /** Labelled hard-negative event pairs that share at least one predicted event. */
  hardNegativesMerged: { a: string; b: string }[];
  hardNegativePairs: number;
  predictedEvents: number;
  labelledEvents: number;
  /** Labelled events whose articles were spread over several predicted events. */
  split: string[];
}

/** F1 of a precision and a recall, 0 when both are 0. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Maps every labelled article to its predicted cluster; unpredicted articles become singletons. */
function clusterOf(
  articles: readonly string[],
  events: readonly PredictedEvent[],
): Map<string, string> {
  const known = new Set(articles);
  const cluster = new Map<string, string>();
  for (const event of events) {
    for (const file of event.files) {
      if (known.has(file) && !cluster.has(file)) cluster.set(file, event.id);
    }
  }
  for (const file of articles) if (!cluster.has(file)) cluster.set(file, `singleton:${file}`);
  return cluster;
}

/** Computes pairwise and B-cubed scores of predicted events against labelled events. */
export function evaluateGrouping(
  labelled: Record<string, EventLabel>,
  fileEvent: ReadonlyMap<string, string>,
  events: readonly PredictedEvent[],
): GroupingMetrics {
  const articles = [...fileEvent.keys()];
  const predicted = clusterOf(articles, events);
  let truePairs = 0;
  let predictedPairs = 0;
  let bothPairs = 0;
  for (let i = 0; i < articles.length; i += 1) {
    const a = articles[i] as string;
    for (let j = i + 1; j < articles.length; j += 1) {
      const b = articles[j] as string;
      const same = fileEvent.get(a) === fileEvent.get(b);
      const together = predicted.get(a) === predicted.get(b);
      if (same) truePairs += 1;
      if (together) predictedPairs += 1;
      if (same && together) bothPairs += 1;
    }
  }
  const precision = ratio(bothPairs, predictedPairs);
  const recall = ratio(bothPairs, truePairs);

  let bPrecision = 0;
  let bRecall = 0;
  for (const a of articles) {
    const mates = articles.filter((b) => predicted.get(b) === predicted.get(a));
    const gold = articles.filter((b) => fileEvent.get(b) === fileEvent.get(a));
    const correct = mates.filter((b) => fileEvent.get(b) === fileEvent.get(a)).length;
    bPrecision += correct / mates.length;
    bRecall += correct / gold.length;
  }
  const n = Math.max(articles.length, 1);

  const clustersOfEvent = new Map<string, Set<string>>();
  for (const [file, event] of fileEvent) {
    const set = clustersOfEvent.get(event) ?? new Set<string>();
    set.add(predicted.get(file) as string);
    clustersOfEvent.set(event, set);
  }
  const merged: { a: string; b: string }[] = [];
  const seen = new Set<string>();
  for (const [id, event] of Object.entries(labelled)) {
    for (const other of event.hardNegatives) {
      const key = [id, other].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const mine = clustersOfEvent.get(id) ?? new Set<string>();
      const theirs = clustersOfEvent.get(other) ?? new Set<string>();
      if ([...mine].some((c) => theirs.has(c))) merged.push({ a: id, b: other });
    }
  }
  const used = new Set(predicted.values());
  return {
    pairwise: { precision, recall, f1: f1Of(precision, recall), truePairs, predictedPairs },
    bcubed: {
      precision: bPrecision / n,
      recall: bRecall / n,
      f1: f1Of(bPrecision / n, bRecall / n),
    },
    hardNegativesMerged: merged,
    hardNegativePairs: seen.size,
    predictedEvents: used.size,
    labelledEvents: clustersOfEvent.size,
    split: [...clustersOfEvent].filter(([, set]) => set.size > 1).map(([id]) => id),
  };
}

/** Number of unordered pairs among n items. */
function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * Pairwise precision, recall and F1 from two assignments of the same items, counted through
 * the contingency table so that it scales to 100k items (used on synthetic benchmark data).
 */
export function scorePairwiseAtScale(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `singleton:${item}`;
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
    const cell = `${g}\u0000${p}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((n, v) => n + pairs(v), 0);
  const both = sum(cells);
  const precision = ratio(both, sum(predSizes));
  const recall = ratio(both, sum(goldSizes));
  return { precision, recall, f1: f1Of(precision, recall) };
}
