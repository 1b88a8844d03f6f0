/**
 * Fact metrics: TPPO type macro-F1 over articles, and the share of labelled place codes and
 * dates that the pipeline found in the right article (with precision for reading, no target).
 */
import type { FileLabel, PredictedArticle } from './corpus.types.ts';
import { f1Of } from './evaluate.grouping.ts';
import { normaliseForCompare, ratio } from './evaluate.text.ts';

/** Precision, recall and F1 of one type code. */
export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Fact results over the corpus. */
export interface FactMetrics {
  types: { macroF1: number; perCode: Record<string, TypeScore> };
  places: { right: number; total: number; share: number; precision: number; missed: Miss[] };
  dates: { right: number; total: number; share: number; precision: number; missed: Miss[] };
}

/** A labelled value the pipeline did not produce. */
export interface Miss {
  file: string;
  text: string;
  expected: string;
}

/** Whether a predicted Kemendagri code is the labelled one or one of its parents. */
function coversCode(predicted: string, labelled: string): boolean {
  return predicted === labelled || (labelled.startsWith(`${predicted}.`) && /^\d/.test(predicted));
}

/** Scores types, places and dates of predicted articles against the labels. */
export function evaluateFacts(
  files: Record<string, FileLabel>,
  predicted: ReadonlyMap<string, PredictedArticle>,
): FactMetrics {
  const perCode: Record<string, TypeScore> = {};
  const score = (code: string): TypeScore =>
    (perCode[code] ??= { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  const places = { right: 0, total: 0, share: 0, precision: 0, missed: [] as Miss[] };
  const dates = { right: 0, total: 0, share: 0, precision: 0, missed: [] as Miss[] };
  let placePredicted = 0;
  let placeSupported = 0;
  let datePredicted = 0;
  let dateSupported = 0;

  for (const [file, label] of Object.entries(files)) {
    const article = predicted.get(file);
    const ok = article && article.error === undefined ? article : undefined;

    const gold = new Set(label.types);
    const guess = new Set((ok?.types ?? []).map((t) => t.code));
    for (const code of new Set([...gold, ...guess])) {
      const s = score(code);
      if (gold.has(code) && guess.has(code)) s.tp += 1;
      else if (guess.has(code)) s.fp += 1;
      else s.fn += 1;
    }

    const codes = new Set((ok?.places ?? []).map((p) => p.code).filter((c): c is string => !!c));
    const labelledCodes = new Set(label.places.map((p) => p.code));
    // A chain "Desa X, Kecamatan Y" may come back as one place whose parents hold Y's code.
    const chains = (ok?.places ?? []).map((p) => ({
      text: normaliseForCompare(p.text ?? ''),
      parents: new Set(p.parentCodes ?? []),
    }));
    const inChain = (code: string): boolean =>
      label.places
        .filter((p) => p.code === code)
        .some((p) => {
          const text = normaliseForCompare(p.text);
          return chains.some((c) => c.parents.has(code) && c.text.includes(text));
        });
    for (const code of labelledCodes) {
      places.total += 1;
      if (codes.has(code) || inChain(code)) places.right += 1;
      else {
        const text = label.places.find((p) => p.code === code)?.text ?? code;
        places.missed.push({ file, text, expected: code });
      }
    }
    for (const code of codes) {
      placePredicted += 1;
      if ([...labelledCodes].some((l) => coversCode(code, l))) placeSupported += 1;
    }

    const found = new Set<string>();
    for (const d of ok?.dates ?? []) {
      found.add(d.date);
      if (d.end) found.add(d.end);
    }
    const labelledDates = new Set(label.dates.map((d) => d.date));
    for (const d of label.dates) {
      dates.total += 1;
      if (found.has(d.date)) dates.right += 1;
      else dates.missed.push({ file, text: d.text, expected: d.date });
    }
    for (const d of ok?.dates ?? []) {
      datePredicted += 1;
      if (labelledDates.has(d.date)) dateSupported += 1;
    }
  }

  for (const s of Object.values(perCode)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.f1 = f1Of(s.tp === 0 && s.fp + s.fn > 0 ? 0 : s.precision, s.recall);
  }
  const f1s = Object.values(perCode).map((s) => s.f1);
  places.share = ratio(places.right, places.total);
  places.precision = ratio(placeSupported, placePredicted);
  dates.share = ratio(dates.right, dates.total);
  dates.precision = ratio(dateSupported, datePredicted);
  return {
    types: { macroF1: f1s.length === 0 ? 1 : f1s.reduce((a, b) => a + b, 0) / f1s.length, perCode },
    places,
    dates,
  };
}
