/**
 * The columns of the watchlist exchange file (CSV or XLSX), in order: what `waspada match`,
 * `waspada watchlist import|export` and the web import read and write.
 */
export const WATCHLIST_COLUMNS = [
  'id',
  'kind',
  'name',
  'aliases',
  'birth_date',
  'sex',
  'nik',
  'passport_numbers',
  'phones',
  'nationality',
  'birth_place',
  'tppo_types',
  'listing',
  'note',
] as const;

/** One column of the watchlist exchange file. */
export type WatchlistColumn = (typeof WATCHLIST_COLUMNS)[number];
