/**
 * Evaluation of the news pipeline against the labelled corpus: cleaning, grouping, types,
 * places, dates. Pure: labels and predictions in, numbers out; the test and the benchmark both
 * call it, so they cannot disagree about what a metric means.
 */
import type { NewsLabels, NewsPrediction, PredictedArticle } from './corpus.types.ts';
import { evaluateFacts, type FactMetrics } from './evaluate.facts.ts';
import { evaluateGrouping, type GroupingMetrics } from './evaluate.grouping.ts';
import { evaluateText, ratio, type TextMetrics } from './evaluate.text.ts';

/** All metrics of one evaluation run. */
export interface NewsEvaluation {
  articles: { labelled: number; predicted: number; errors: { file: string; error: string }[] };
  text: TextMetrics;
  grouping: GroupingMetrics;
  facts: FactMetrics;
  eventDates: { right: number; total: number; share: number };
}

/** The quality targets of the news pipeline (docs/benchmarks.md, News). */
export const NEWS_TARGETS = {
  /** Every in-body boilerplate class of the Indonesian line filter is removed completely. */
  boilerplateClassShare: 1,
  /** Page chrome is Readability's job; a few stray menu words are tolerated. */
  htmlChromeShare: 0.95,
  retentionShare: 0.99,
  groupingF1: 0.95,
  typesMacroF1: 0.9,
  placesShare: 0.95,
  datesShare: 0.95,
} as const;

/** Finds the prediction of a labelled article; feed items fall back to their title. */
function matchPredictions(
  labels: NewsLabels,
  articles: readonly PredictedArticle[],
): Map<string, PredictedArticle> {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const matched = new Map<string, PredictedArticle>();
  for (const [key, label] of Object.entries(labels.files)) {
    const direct = byFile.get(key);
    if (direct) {
      matched.set(key, direct);
      continue;
    }
    const hash = key.indexOf('#');
    if (hash < 0) continue;
    const prefix = `${key.slice(0, hash)}#`;
    const byTitle = articles.find(
      (a) => a.file.startsWith(prefix) && (a.title ?? '').trim() === label.title,
    );
    if (byTitle) matched.set(key, byTitle);
  }
  return matched;
}

/** Evaluates one pipeline output against the labels. */
export function evaluateNews(labels: NewsLabels, prediction: NewsPrediction): NewsEvaluation {
  const matched = matchPredictions(labels, prediction.articles);
  const outputs = new Map<string, string | null>();
  const errors: { file: string; error: string }[] = [];
  for (const key of Object.keys(labels.files)) {
    const article = matched.get(key);
    if (article?.error !== undefined) errors.push({ file: key, error: article.error });
    outputs.set(key, article && article.error === undefined ? (article.text ?? '') : null);
  }

  // Predicted events name the pipeline's file ids; translate them to label keys.
  const keyOfFile = new Map<string, string>();
  for (const [key, article] of matched) keyOfFile.set(article.file, key);
  const events = prediction.events.map((event) => ({
    ...event,
    files: event.files.map((file) => keyOfFile.get(file) ?? file),
  }));
  const fileEvent = new Map(Object.entries(labels.files).map(([key, l]) => [key, l.event]));

  let right = 0;
  const eventIds = Object.keys(labels.events);
  for (const id of eventIds) {
    const label = labels.events[id];
    if (!label) continue;
    let best: { date?: string | null; hits: number } = { hits: 0 };
    for (const event of events) {
      const hits = event.files.filter((f) => label.files.includes(f)).length;
      if (hits > best.hits) best = { date: event.date, hits };
    }
    if (best.date === label.date) right += 1;
  }

  return {
    articles: { labelled: fileEvent.size, predicted: matched.size, errors },
    text: evaluateText(labels.files, outputs),
    grouping: evaluateGrouping(labels.events, fileEvent, events),
    facts: evaluateFacts(labels.files, matched),
    eventDates: { right, total: eventIds.length, share: ratio(right, eventIds.length) },
  };
}

/** One target and whether the evaluation met it. */
export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  met: boolean;
}

/** Compares an evaluation with NEWS_TARGETS, one row per target (and per boilerplate class). */
export function checkTargets(evaluation: NewsEvaluation): TargetCheck[] {
  const rows: TargetCheck[] = [];
  const add = (name: string, value: number, target: number): void => {
    rows.push({ name, value, target, met: value >= target });
  };
  for (const [cls, removal] of Object.entries(evaluation.text.boilerplate).sort()) {
    const target =
      cls === 'html_chrome' ? NEWS_TARGETS.htmlChromeShare : NEWS_TARGETS.boilerplateClassShare;
    add(`boilerplate removed: ${cls}`, removal.share, target);
  }
  add('body lines kept', evaluation.text.retention.share, NEWS_TARGETS.retentionShare);
  add('grouping pairwise F1', evaluation.grouping.pairwise.f1, NEWS_TARGETS.groupingF1);
  add('types macro-F1', evaluation.facts.types.macroF1, NEWS_TARGETS.typesMacroF1);
  add('place codes right', evaluation.facts.places.share, NEWS_TARGETS.placesShare);
  add('dates right', evaluation.facts.dates.share, NEWS_TARGETS.datesShare);
  return rows;
}
