/** The columns of a watchlist import file, in order (the engine's WATCHLIST_HEADER). */
export const IMPORT_COLUMNS = [
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

/** One import column. */
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

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
