/**
 * Public entry point of the matching engine: Indonesian-aware, explainable screening of people,
 * organisations and phone numbers against an in-memory watchlist index.
 *
 * @example
 * const index = new MatchIndex();
 * index.add({ id: 'w1', kind: 'person', names: ['Djoko Soesilo'], birthDate: '1990-03-14', listing: 'suspect' });
 * index.search({ name: 'Joko Susilo', birthDate: '1990-03' }); // [{ entryId: 'w1', band: 'strong', ... }]
 */
export { ENGINE_VERSION } from './engine-version.ts';
export type {
  Band,
  EntryKind,
  Hit,
  Listing,
  MatchIndexOptions,
  MatchQuery,
  Reason,
  SearchOptions,
  SharedMatchIndex,
  WatchEntry,
} from './match.types.ts';
export { MatchIndex } from './match-index.ts';
export { bandFor, POSSIBLE_THRESHOLD, REPORT_THRESHOLD, STRONG_THRESHOLD } from './match-band.ts';
export { normalizeName, isSingleWordName } from './name/name-normalize.ts';
export type { NameToken } from './name/name-normalize.ts';
export { phoneticKey } from './name/name-phonetic.ts';
