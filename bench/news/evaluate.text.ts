/**
 * Cleaning metrics: the share of labelled boilerplate lines removed (per class) and the share of
 * labelled body lines kept. Comparison is on normalised text so that quote styles, dashes and
 * line wrapping do not count as differences.
 */
import type { FileLabel } from './corpus.types.ts';

/** Removed and total boilerplate lines of one class. */
export interface ClassRemoval {
  removed: number;
  total: number;
  share: number;
  /** Lines still present in the output, with their file, for reading failures. */
  missed: { file: string; line: string }[];
}

/** Cleaning results over the corpus. */
export interface TextMetrics {
  boilerplate: Record<string, ClassRemoval>;
  boilerplateOverall: { removed: number; total: number; share: number };
  retention: { kept: number; total: number; share: number; lost: { file: string; line: string }[] };
}

/** Lowercases, unifies quotes, dashes and spaces, and collapses whitespace. */
export function normaliseForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u00A0\u200B\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A dateline opening such as "MATARAM, SUARA RINJANI - " or "Kupang (AN) - ". */
const DATELINE = /^[A-Z][A-Za-z .,]{1,40}?(\([A-Z]+\))?\s*[-\u2013\u2014]\s+/;

/** Whether a short line is distinctive enough to be searched as a substring (codes, ALL CAPS). */
function isDistinctive(line: string): boolean {
  return /[^\p{L}\s]/u.test(line) || (line.length >= 6 && line === line.toUpperCase());
}

/** Output text prepared once for the line checks. */
export interface PreparedText {
  lines: Set<string>;
  joined: string;
}

/** Normalises an output text into its set of lines and one joined string. */
export function prepareText(text: string): PreparedText {
  const lines = text
    .split('\n')
    .map(normaliseForCompare)
    .filter((line) => line.length > 0);
  return { lines: new Set(lines), joined: ` ${lines.join(' ')} ` };
}

/** Whether a boilerplate line is still in the output (short generic lines only as whole lines). */
export function isStillPresent(line: string, out: PreparedText): boolean {
  const norm = normaliseForCompare(line);
  if (norm.length === 0) return false;
  if (out.lines.has(norm)) return true;
  const long = norm.length >= 25 || norm.split(' ').length >= 4;
  if (long || isDistinctive(line)) return out.joined.includes(norm);
  return false;
}

/** Whether a body line survived, allowing the cleaner to drop a dateline opening. */
export function isKept(line: string, out: PreparedText): boolean {
  const candidates = [line, line.replace(DATELINE, '')];
  return candidates.some((candidate) => {
    const norm = normaliseForCompare(candidate);
    return norm.length > 0 && out.joined.includes(norm);
  });
}

/** Computes removal per class and retention over the labelled files, given each file's output text. */
export function evaluateText(
  files: Record<string, FileLabel>,
  outputs: ReadonlyMap<string, string | null>,
): TextMetrics {
  const boilerplate: Record<string, ClassRemoval> = {};
  const retention = { kept: 0, total: 0, share: 0, lost: [] as { file: string; line: string }[] };
  for (const [file, label] of Object.entries(files)) {
    const text = outputs.get(file) ?? null;
    const out = text === null ? null : prepareText(text);
    for (const line of label.keep) {
      retention.total += 1;
      if (out && isKept(line, out)) retention.kept += 1;
      else retention.lost.push({ file, line });
    }
    // A missing article says nothing about boilerplate removal; its lost lines count above.
    if (!out) continue;
    for (const item of label.boilerplate) {
      const entry = (boilerplate[item.class] ??= { removed: 0, total: 0, share: 0, missed: [] });
      entry.total += 1;
      if (isStillPresent(item.line, out)) entry.missed.push({ file, line: item.line });
      else entry.removed += 1;
    }
  }
  let removed = 0;
  let total = 0;
  for (const entry of Object.values(boilerplate)) {
    entry.share = ratio(entry.removed, entry.total);
    removed += entry.removed;
    total += entry.total;
  }
  retention.share = ratio(retention.kept, retention.total);
  return {
    boilerplate,
    boilerplateOverall: { removed, total, share: ratio(removed, total) },
    retention,
  };
}

/** A share that is 1 when there is nothing to count. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
