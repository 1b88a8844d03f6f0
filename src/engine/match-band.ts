import type { Band } from './match.types.ts';

/** Scores at or above this alert in the strong band. */
export const STRONG_THRESHOLD = 0.85;
/** Scores at or above this (and below strong) alert in the possible band. */
export const POSSIBLE_THRESHOLD = 0.6;
/** Scores below this are not reported at all. */
export const REPORT_THRESHOLD = 0.3;

/**
 * Maps a score to its band, or null below the reporting threshold.
 *
 * @example bandFor(0.9) === 'strong'; bandFor(0.1) === null
 */
export function bandFor(score: number): Band | null {
  if (score >= STRONG_THRESHOLD) return 'strong';
  if (score >= POSSIBLE_THRESHOLD) return 'possible';
  if (score >= REPORT_THRESHOLD) return 'weak';
  return null;
}
