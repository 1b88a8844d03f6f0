import { MatchIndex } from '../match-index.ts';
import type { BatchQuery } from './queries-jsonl.ts';
import { parseQueriesJsonl } from './queries-jsonl.ts';
import type { LineError } from './watchlist-csv.ts';
import { parseWatchlistCsv } from './watchlist-csv.ts';

/** Errors of a batch, per input file. */
export interface BatchErrors {
  watchlist: LineError[];
  queries: LineError[];
}

/** Most hits written per query. */
export const BATCH_HIT_LIMIT = 10;

/**
 * Screens every query of a JSONL text against a watchlist CSV text and returns the JSONL output
 * (one line per query, input order), or every input error and no output at all.
 */
export function runMatchBatch(
  watchlistCsv: string,
  queriesJsonl: string,
): { ok: true; output: string } | { ok: false; errors: BatchErrors } {
  const watchlist = parseWatchlistCsv(watchlistCsv);
  const queries = parseQueriesJsonl(queriesJsonl);
  if (watchlist.errors.length > 0 || queries.errors.length > 0) {
    return { ok: false, errors: { watchlist: watchlist.errors, queries: queries.errors } };
  }
  const index = new MatchIndex();
  for (const entry of watchlist.entries) index.add(entry);
  return { ok: true, output: queries.queries.map((q) => formatResult(index, q)).join('') };
}

function formatResult(index: MatchIndex, { id, query }: BatchQuery): string {
  const hits = index.search(query, { limit: BATCH_HIT_LIMIT }).map((hit) => ({
    entry_id: hit.entryId,
    score: hit.score,
    band: hit.band,
    reasons: hit.reasons.map(({ feature, query: q, entry, effect }) => ({
      feature,
      query: q,
      entry,
      effect,
    })),
  }));
  return `${JSON.stringify({ id, hits })}\n`;
}
