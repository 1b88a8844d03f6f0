/** The contract every screening peer (our engine and the tools it is compared with) implements for the harness. */
import type { BenchEntry, BenchQuery } from '../generate/types.ts';

/** One hit as the harness scores it: higher score = better match, alert by the peer's own threshold. */
export interface PeerHit {
  entryId: string;
  score: number;
  alert: boolean;
  /** Strong band (engine only); null for peers without bands. */
  strong: boolean | null;
  /** The peer's own band name, when it has bands. */
  band?: string;
}

/** A screening system under test. */
export interface Peer {
  /** Short name for tables. */
  readonly name: string;
  /** How it is configured and what counts as an alert, with the document it follows. */
  readonly description: string;
  /** True when the index lives in this process (memory per entry is measured on the heap). */
  readonly inProcess: boolean;
  /** Number of leading queries to run at a given list size (undefined = all): slow peers run a fixed prefix. */
  sampleSize(size: number, totalQueries: number): number;
  /** Adds a chunk of entries (timed by the harness). */
  addChunk(entries: readonly BenchEntry[]): Promise<void> | void;
  /** Finishes the build after the last chunk (index creation; timed). */
  finish(): Promise<void> | void;
  /** Screens one query, returning at most 10 hits, best first. */
  search(query: BenchQuery): Promise<PeerHit[]> | PeerHit[];
  /** Inserts or replaces one entry so it is screenable. */
  upsert(entry: BenchEntry): Promise<void> | void;
  /** Storage bytes used outside this process (database tables and indexes), when that is the honest measure. */
  externalBytes?(): Promise<number | null>;
  /** Releases resources (drops schemas, closes connections). */
  close(): Promise<void> | void;
}

/** Number of hits every peer returns per query (the top-k shown to an officer). */
export const TOP_K = 10;
