/**
 * Peer: our engine (src/engine, public API only). Alert = strong or possible band; strong = strong band.
 * The benchmark imports the engine here and nowhere else, so the generator stays independent of it.
 */
import { ENGINE_VERSION, MatchIndex, type SharedMatchIndex } from '../../../src/engine/index.ts';
import type { BenchEntry, BenchQuery } from '../generate/types.ts';
import { TOP_K, type Peer, type PeerHit } from './peer.types.ts';

/** The engine version string the results were measured with. */
export const engineVersion: string = ENGINE_VERSION;

/** Creates the engine peer around a fresh (or given) index. */
export function createEnginePeer(
  existing?: MatchIndex,
): Peer & { index: MatchIndex; shared(): SharedMatchIndex } {
  const index = existing ?? new MatchIndex();
  return {
    index,
    name: 'engine',
    description: `${ENGINE_VERSION}; alert = band strong or possible, strong = band strong`,
    inProcess: true,
    sampleSize: (_size, total) => total,
    addChunk(entries: readonly BenchEntry[]) {
      for (const e of entries) index.add(e);
    },
    finish() {},
    search(query: BenchQuery): PeerHit[] {
      return index.search(query, { limit: TOP_K }).map((h) => ({
        entryId: h.entryId,
        score: h.score,
        alert: h.band === 'strong' || h.band === 'possible',
        strong: h.band === 'strong',
        band: h.band,
      }));
    },
    upsert(entry) {
      index.upsert(entry);
    },
    /** A read-only copy in SharedArrayBuffers that worker threads attach to (one index for all). */
    shared() {
      return index.toShared();
    },
    close() {},
  };
}

/** Opens an engine peer on a shared index from {@link createEnginePeer}'s `shared()`; null without one. */
export function createEnginePeerFromShared(
  shared: unknown,
): ReturnType<typeof createEnginePeer> | null {
  if (shared === null || shared === undefined) return null;
  return createEnginePeer(MatchIndex.fromShared(shared as SharedMatchIndex));
}
