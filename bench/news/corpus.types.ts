/**
 * Shapes of the labelled news corpus (test/fixtures/news/labels.json) and the minimal shape of
 * pipeline output the evaluation reads. The prediction shape is structural on purpose: the
 * evaluation must not change when the pipeline adds fields.
 */

/** A boilerplate line that cleaning must remove; `repaired` is the mojibake line fixed. */
export interface BoilerplateLabel {
  class: string;
  line: string;
  repaired?: string;
}

/** Answers for one article (a file, or one feed item keyed `path#N`). */
export interface FileLabel {
  event: string;
  title: string;
  published: string | null;
  outlet: string | null;
  types: string[];
  places: { text: string; code: string }[];
  dates: { text: string; date: string }[];
  boilerplate: BoilerplateLabel[];
  keep: string[];
  notes?: string[];
  wrongParents?: { text: string; place: string }[];
  feedItem?: number;
}

/** Answers for one event: its member articles and the events it must not be merged with. */
export interface EventLabel {
  title: string;
  date: string;
  types: string[];
  files: string[];
  hardNegatives: string[];
  related?: string[];
  facts?: string;
  conflicts?: string[];
}

/** The whole labels file. */
export interface NewsLabels {
  version: number;
  description: string;
  files: Record<string, FileLabel>;
  events: Record<string, EventLabel>;
}

/** The part of an analysed article the evaluation reads. */
export interface PredictedArticle {
  file: string;
  title?: string | null;
  text?: string;
  types?: readonly { code: string }[];
  /** `text` is the mention (a whole chain) and `parentCodes` its official parents, when given. */
  places?: readonly { code: string | null; text?: string; parentCodes?: readonly string[] }[];
  dates?: readonly { date: string; end?: string }[];
  error?: string;
}

/** The part of a grouped event the evaluation reads. */
export interface PredictedEvent {
  id: string;
  files: readonly string[];
  date?: string | null;
}

/** Pipeline output as the evaluation sees it. */
export interface NewsPrediction {
  articles: readonly PredictedArticle[];
  events: readonly PredictedEvent[];
}
