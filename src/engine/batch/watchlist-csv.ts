import { z } from 'zod';
import { WATCHLIST_COLUMNS } from '../../domain/watchlist-columns.ts';
import type { WatchEntry } from '../match.types.ts';
import { readCsvRecords, type CsvProblem, type CsvRecord } from './csv-records.ts';

/** The exact header a watchlist CSV must start with. */
export const WATCHLIST_HEADER = WATCHLIST_COLUMNS;

/** A problem with one line of an input file. */
export interface LineError {
  line: number;
  message: string;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const list = z.string().transform((text) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const rowSchema = z
  .object({
    id: z.string().trim().min(1, 'id is empty'),
    kind: z.enum(['person', 'organization', 'phone'], 'kind must be person, organization or phone'),
    name: z.string().trim(),
    aliases: list,
    birth_date: optional(
      z.string().regex(PARTIAL_DATE, 'birth_date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    sex: optional(z.enum(['L', 'P'], 'sex must be L, P or empty')),
    nik: optional(z.string().regex(/^\d{16}$/, 'nik must be 16 digits')),
    passport_numbers: list,
    phones: list,
    nationality: optional(
      z.string().regex(/^[A-Z]{2}$/, 'nationality must be an ISO alpha-2 code'),
    ),
    birth_place: z.string().trim(),
    tppo_types: list,
    listing: z.enum(['suspect', 'protective'], 'listing must be suspect or protective'),
    note: z.string(),
  })
  .refine((row) => row.kind === 'phone' || row.name !== '', { message: 'name is empty' })
  .refine((row) => row.kind !== 'phone' || row.phones.length > 0, {
    message: 'a phone entry needs phones',
  });

/** One valid row of a watchlist file: the entry, plus the columns the engine does not match on. */
export interface WatchlistRow {
  /** The line (CSV) or row number (spreadsheet) the record starts on. */
  line: number;
  entry: WatchEntry;
  /** The `tppo_types` column split on semicolons; the caller checks the codes. */
  tppoTypes: string[];
  /** The `note` column as written. */
  note: string;
}

/** Parses a watchlist CSV into entries, reporting every malformed row with its line. */
export function parseWatchlistCsv(text: string): { entries: WatchEntry[]; errors: LineError[] } {
  const { rows, errors } = parseWatchlistRows(text);
  return { entries: rows.map((row) => row.entry), errors };
}

/** Parses a watchlist CSV into rows that keep the TPPO types and note of each entry. */
export function parseWatchlistRows(text: string): { rows: WatchlistRow[]; errors: LineError[] } {
  const { records, problems } = readCsvRecords(text);
  return parseWatchlistRecords(records, problems);
}

/**
 * Applies the watchlist row rules to records read from any tabular source (a CSV, or the rows of
 * a spreadsheet), so every format reports the same `line N: message` errors.
 */
export function parseWatchlistRecords(
  records: readonly CsvRecord[],
  problems: readonly CsvProblem[] = [],
): { rows: WatchlistRow[]; errors: LineError[] } {
  const errors: LineError[] = problems.map((p) => ({ line: p.line, message: p.message }));
  const out: WatchlistRow[] = [];
  const [header, ...rows] = records;
  if (header === undefined) {
    return {
      rows: out,
      errors: [...errors, { line: 1, message: 'the file is empty; expected a header' }],
    };
  }
  if (header.fields.join(',') !== WATCHLIST_HEADER.join(',')) {
    errors.push({
      line: header.line,
      message: `header must be exactly ${WATCHLIST_HEADER.join(',')}`,
    });
    return { rows: out, errors: sortByLine(errors) };
  }
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.fields.length !== WATCHLIST_HEADER.length) {
      errors.push({
        line: row.line,
        message: `expected ${WATCHLIST_HEADER.length} fields, found ${row.fields.length}`,
      });
      continue;
    }
    const raw = Object.fromEntries(
      WATCHLIST_HEADER.map((column, i) => [column, row.fields[i] ?? '']),
    );
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push({
        line: row.line,
        message: parsed.error.issues.map((issue) => issue.message).join('; '),
      });
      continue;
    }
    const r = parsed.data;
    if (seen.has(r.id)) {
      errors.push({ line: row.line, message: `id ${r.id} appears twice` });
      continue;
    }
    seen.add(r.id);
    out.push({
      line: row.line,
      tppoTypes: r.tppo_types,
      note: r.note,
      entry: dropUndefined({
        id: r.id,
        kind: r.kind,
        names: r.kind === 'phone' ? [] : [r.name, ...r.aliases],
        birthDate: r.birth_date,
        sex: r.sex,
        nik: r.nik,
        passportNumbers: r.passport_numbers.length > 0 ? r.passport_numbers : undefined,
        phones: r.phones.length > 0 ? r.phones : undefined,
        nationality: r.nationality,
        birthPlace: r.birth_place === '' ? undefined : r.birth_place,
        listing: r.listing,
      }),
    });
  }
  return { rows: out, errors: sortByLine(errors) };
}

/** Orders errors by line so a reader meets them in file order. */
export function sortByLine(errors: LineError[]): LineError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}

/** Removes keys whose value is undefined, so stored entries stay small and compare cleanly. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
