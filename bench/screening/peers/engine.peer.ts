/**
 * Peer: our engine (src/engine, public API only). Alert = strong or possible band; strong = strong band.
 * The benchmark imports the engine here and nowhere else, so the generator stays independent of it.
 */
import { ENGINE_VERSION, MatchIndex } from '../../../src/engine/index.ts';
import type { BenchEntry, BenchQuery } from '../generate/types.ts';
import { TOP_K, type Peer, type PeerHit } from './peer.types.ts';

/** The engine version string the results were measured with. */
export const engineVersion: string = ENGINE_VERSION;

/** Index methods the engine may offer for sharing one index between worker threads. */
interface Shareable {
  toShared?: () => unknown;
}

/** Creates the engine peer around a fresh (or given) index. */
export function createEnginePeer(
  existing?: MatchIndex,
): Peer & { index: MatchIndex; shared(): unknown } {
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
    shared() {
      const s = index as unknown as Shareable;
      return typeof s.toShared === 'function' ? s.toShared() : null;
    },
    close() {},
  };
}

/** Rebuilds an engine peer from a shared index when the engine supports it, else returns null. */
export function createEnginePeerFromShared(
  shared: unknown,
): ReturnType<typeof createEnginePeer> | null {
  const ctor = MatchIndex as unknown as { fromShared?: (s: unknown) => MatchIndex };
  if (shared === null || typeof ctor.fromShared !== 'function') return null;
  return createEnginePeer(ctor.fromShared(shared));
}
