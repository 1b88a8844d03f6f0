import type { Database } from '../../db/connection.ts';

/**
 * How many screening transactions of one process may be open at once. Every one of them ends
 * by appending to the audit chain, which takes one lock for the whole database: more open
 * transactions only park pool connections on that lock, starving the reads of the requests
 * behind them. Two keep the next transaction ready while one holds the lock.
 */
export const SCREENING_WRITES_AT_ONCE = 2;

interface Gate {
  running: number;
  waiting: (() => void)[];
}

const gates = new WeakMap<Database, Gate>();

/** Runs `work` once fewer than SCREENING_WRITES_AT_ONCE screening writes of this process run. */
export async function withScreeningWriteGate<T>(
  database: Database,
  work: () => Promise<T>,
): Promise<T> {
  let gate = gates.get(database);
  if (!gate) {
    gate = { running: 0, waiting: [] };
    gates.set(database, gate);
  }
  const held = gate;
  if (held.running >= SCREENING_WRITES_AT_ONCE) {
    await new Promise<void>((resolve) => held.waiting.push(resolve));
  } else {
    held.running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter, so `running` never drops below the queue.
    const next = held.waiting.shift();
    if (next) next();
    else held.running -= 1;
  }
}
