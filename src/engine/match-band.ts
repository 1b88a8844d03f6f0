import type { Band } from './match.types.ts';

/*
 * Scores are fitted probabilities that the candidate is the listed person (score-model.ts). The
 * lines were chosen on held-out training seeds 4 and 5 of the screening generator (never the
 * benchmark's seed): strong keeps non-listed people under 0.1 %, possible under 1 %.
 */

/** Scores at or above this alert in the strong band. */
export const STRONG_THRESHOLD = 0.9;
/** Scores at or above this (and below strong) alert in the possible band. */
export const POSSIBLE_THRESHOLD = 0.45;
/** Scores below this are not reported at all. */
export const REPORT_THRESHOLD = 0.15;

/**
 * Maps a score to its band, or null below the reporting threshold.
 *
 * @example bandFor(0.95) === 'strong'; bandFor(0.1) === null
 */
export function bandFor(score: number): Band | null {
  if (score >= STRONG_THRESHOLD) return 'strong';
  if (score >= POSSIBLE_THRESHOLD) return 'possible';
  if (score >= REPORT_THRESHOLD) return 'weak';
  return null;
}
