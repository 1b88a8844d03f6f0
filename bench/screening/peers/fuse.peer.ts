/**
 * Peer: fuse.js 7.5 configured for fuzzy name search as its documentation describes
 * (fusejs.io/api/options.html, fusejs.io/fuzzy-search.html): keys ['names'] (arrays of strings are
 * searched element-wise), includeScore, default threshold 0.6, a pre-built index (Fuse.createIndex).
 * Fuse scores 0 = perfect to 1 = mismatch; we report 1 - score. Alert: every result Fuse returns, i.e.
 * Fuse score <= 0.6, its documented default threshold.
 */
import Fuse from 'fuse.js';
import type { BenchEntry, BenchQuery } from '../generate/types.ts';
import { TOP_K, type Peer, type PeerHit } from './peer.types.ts';

interface FuseDoc {
  id: string;
  names: string[];
}

/** Fuse's documented default threshold. */
export const FUSE_THRESHOLD = 0.6;

/** Creates the fuse.js peer. */
export function createFusePeer(): Peer {
  const docs: FuseDoc[] = [];
  const options = { keys: ['names'], includeScore: true, threshold: FUSE_THRESHOLD };
  let fuse: Fuse<FuseDoc> | null = null;

  return {
    name: 'fuse.js',
    description: `fuse.js keys ['names'], includeScore, threshold ${FUSE_THRESHOLD} (default); alert = any result returned`,
    inProcess: true,
    // Fuse scans every record per query (about 20 µs each here): seconds per query at 100k and beyond.
    sampleSize: (size, total) =>
      Math.min(total, size >= 1_000_000 ? 24 : size >= 100_000 ? 120 : 600),
    addChunk(entries: readonly BenchEntry[]) {
      for (const e of entries) if (e.names.length > 0) docs.push({ id: e.id, names: e.names });
    },
    finish() {
      fuse = new Fuse(docs, options, Fuse.createIndex(options.keys, docs));
    },
    search(query: BenchQuery): PeerHit[] {
      if (!fuse) throw new Error('fuse peer searched before finish()');
      return fuse.search(query.name, { limit: TOP_K }).map((r) => {
        const score = 1 - (r.score ?? 1);
        return { entryId: r.item.id, score, alert: (r.score ?? 1) <= FUSE_THRESHOLD, strong: null };
      });
    },
    upsert(entry) {
      if (!fuse) throw new Error('fuse peer updated before finish()');
      fuse.remove((doc) => doc.id === entry.id);
      fuse.add({ id: entry.id, names: entry.names });
    },
    close() {
      docs.length = 0;
      fuse = null;
    },
  };
}
