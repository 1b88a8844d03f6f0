import { WATCHLIST_COLUMNS, type WatchlistColumn } from '../../../domain/watchlist-columns.ts';

/** The columns of a watchlist import file, in order. */
export const IMPORT_COLUMNS = WATCHLIST_COLUMNS;

/** One import column. */
export type ImportColumn = WatchlistColumn;

/** Columns every row must fill (name may stay empty for a phone entry). */
export const REQUIRED_IMPORT_COLUMNS: ReadonlySet<ImportColumn> = new Set([
  'id',
  'kind',
  'name',
  'listing',
  'note',
]);

/** A template file: the header and two example rows a user can overwrite. */
export const IMPORT_TEMPLATE_CSV = [
  IMPORT_COLUMNS.join(','),
  '1,person,Budi Santoso,Budi S.;Budi Santosa,1985-07-12,L,3201011207850001,C1234567,081234567890,ID,Bandung,KERJA_PAKSA,suspect,Perekrut PMI nonprosedural menurut laporan kepolisian',
  '2,phone,,,,,,,+855123456789,,,ONLINE_SCAM,suspect,Nomor perekrut penipuan daring dari laporan korban',
].join('\n');

/** The template as a link target that downloads it. */
export const IMPORT_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_TEMPLATE_CSV}\n`)}`;
