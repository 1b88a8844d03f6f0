import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';

/**
 * Called inside the transaction that made an entry active (approval, or an import that
 * activates), so whatever it writes commits or rolls back with the activation.
 */
export type EntryActivatedListener = (
  deps: AppDeps,
  trx: Kysely<DB>,
  entryId: string,
) => Promise<void>;

const listeners = new Set<EntryActivatedListener>();

/**
 * Registers a listener for newly active entries (the screening module registers its
 * retro-screening here); returns a function that removes it again.
 */
export function onEntryActivated(listener: EntryActivatedListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener, in registration order, that an entry became active. */
export async function emitEntryActivated(
  deps: AppDeps,
  trx: Kysely<DB>,
  entryId: string,
): Promise<void> {
  for (const listener of [...listeners]) await listener(deps, trx, entryId);
}
