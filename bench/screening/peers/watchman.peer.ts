/**
 * Peer: a token Jaro-Winkler scan as Moov Watchman documents it (docs/indexing.md, docs/search.md,
 * internal/stringscore; summarised in our reference screening.md §3). Names are prepared the Watchman way,
 * a name-token inverted index proposes candidates, and the whole list is scored when no token hits or
 * candidates exceed half the list. Score = best BestPairsJaroWinkler over the entry's names.
 * Alert: score >= minMatch 0.80, the "high-precision screening line" of docs/methodology/for-compliance.md.
 * Name only: Watchman's entity weighting of dates and identifiers is not reproduced.
 */
import type { BenchEntry, BenchQuery } from '../generate/types.ts';
import { TOP_K, type Peer, type PeerHit } from './peer.types.ts';
import { bestPairsJaroWinkler, prepareName } from './watchman-jw.ts';

/** Watchman's documented high-precision minMatch. */
export const WATCHMAN_MIN_MATCH = 0.8;

/** Creates the Watchman-style peer. */
export function createWatchmanPeer(): Peer {
  const ids: string[] = [];
  const names: string[][][] = [];
  const slotById = new Map<string, number>();
  const postings = new Map<string, number[]>();

  const index = (slot: number, entry: BenchEntry): void => {
    const prepared = entry.names.map(prepareName).filter((t) => t.length > 0);
    names[slot] = prepared;
    const seen = new Set<string>();
    for (const tokens of prepared) {
      for (const token of tokens) {
        if (seen.has(token)) continue;
        seen.add(token);
        let list = postings.get(token);
        if (!list) postings.set(token, (list = []));
        list.push(slot);
      }
    }
  };

  const add = (entry: BenchEntry): void => {
    const existing = slotById.get(entry.id);
    const slot = existing ?? ids.length;
    if (existing === undefined) {
      ids.push(entry.id);
      slotById.set(entry.id, slot);
    }
    index(slot, entry);
  };

  return {
    name: 'watchman-jw',
    description: `token Jaro-Winkler (BestPairs, length + first-letter class penalties, unmatched index weight 0.15); alert at minMatch ${WATCHMAN_MIN_MATCH}`,
    inProcess: true,
    sampleSize: (size, total) => Math.min(total, size >= 1_000_000 ? 200 : 1_200),
    addChunk(entries) {
      for (const e of entries) add(e);
    },
    finish() {},
    search(query: BenchQuery): PeerHit[] {
      const queryTokens = prepareName(query.name);
      const candidates = new Set<number>();
      for (const token of queryTokens)
        for (const slot of postings.get(token) ?? []) candidates.add(slot);
      const scan: Iterable<number> =
        candidates.size === 0 || candidates.size > ids.length / 2 ? ids.keys() : candidates;
      const top: { slot: number; score: number }[] = [];
      let floor = 0;
      for (const slot of scan) {
        let best = 0;
        for (const tokens of names[slot] ?? []) {
          const s = bestPairsJaroWinkler(queryTokens, tokens);
          if (s > best) best = s;
        }
        if (top.length === TOP_K && best <= floor) continue;
        top.push({ slot, score: best });
        top.sort((a, b) => b.score - a.score || a.slot - b.slot);
        if (top.length > TOP_K) top.pop();
        floor = top[top.length - 1]?.score ?? 0;
      }
      return top.map(({ slot, score }) => ({
        entryId: ids[slot] ?? '',
        score,
        alert: score >= WATCHMAN_MIN_MATCH,
        strong: null,
      }));
    },
    upsert(entry) {
      add(entry);
    },
    close() {
      postings.clear();
      names.length = 0;
      ids.length = 0;
      slotById.clear();
    },
  };
}
