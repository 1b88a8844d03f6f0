/**
 * Timing and memory helpers shared by the benchmarks: monotonic clock, percentiles, and heap
 * measurement after a forced garbage collection.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds from a monotonic clock. */
export function nowMs(): number {
  return performance.now();
}

/** The p-th percentile (0-100) of values, by nearest rank; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

let gcFn: (() => void) | null = null;

/** Returns a function that runs a full garbage collection (exposing gc at run time when the flag was not given). */
export function getGc(): () => void {
  if (gcFn) return gcFn;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') gcFn = exposed;
  else {
    // Documented V8 escape hatch: set the flag, then read gc from a fresh context.
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  return gcFn;
}

/** Heap plus external (ArrayBuffer) bytes after two full collections. */
export function measureRetainedBytes(): number {
  const gc = getGc();
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/** Runs fn and returns its duration in milliseconds along with its result. */
export async function timeAsync<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = nowMs();
  const value = await fn();
  return { ms: nowMs() - start, value };
}
