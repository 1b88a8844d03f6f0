import ExcelJS from 'exceljs';
import type { CsvRecord } from '../../../engine/batch/csv-records.ts';
import {
  parseWatchlistRecords,
  parseWatchlistRows,
  WATCHLIST_HEADER,
  type LineError,
  type WatchlistRow,
} from '../../../engine/batch/watchlist-csv.ts';
import type { EntryRow } from './watchlist.repository.ts';

/** Formats a watchlist file can come in. */
export type WatchlistFileFormat = 'csv' | 'xlsx';

/** The rows of a watchlist file and every malformed row. */
export interface ParsedWatchlistFile {
  rows: WatchlistRow[];
  errors: LineError[];
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Tells an XLSX workbook (a ZIP archive) from CSV text by its first bytes. */
export function detectFormat(data: Buffer): WatchlistFileFormat {
  return XLSX_MAGIC.every((byte, i) => data[i] === byte) ? 'xlsx' : 'csv';
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
    return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX workbook as records, one per non-empty row, numbered by
 * spreadsheet row so errors point where the user looks. Dates typed as dates become YYYY-MM-DD.
 */
export async function readXlsxRecords(data: Buffer): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const width = Math.max(sheet.columnCount, WATCHLIST_HEADER.length);
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    for (let col = 1; col <= width; col += 1) fields.push(cellText(row.getCell(col).value));
    // Trailing empty cells are formatting, not fields: keep the header's width.
    while (fields.length > WATCHLIST_HEADER.length && fields.at(-1) === '') fields.pop();
    if (fields.some((f) => f !== '')) records.push({ line: rowNumber, fields });
  });
  return records;
}

/** Parses a watchlist file of either format with the engine's row rules. */
export async function parseWatchlistFile(
  data: Buffer,
  format: WatchlistFileFormat = detectFormat(data),
): Promise<ParsedWatchlistFile> {
  if (format === 'csv') return parseWatchlistRows(data.toString('utf8'));
  try {
    return parseWatchlistRecords(await readXlsxRecords(data));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [{ line: 1, message: `not a readable XLSX workbook: ${reason}` }] };
  }
}

/**
 * A bad row of an import: the engine's English message, and the Indonesian one when the row
 * rules wrote it (entry checks carry both languages).
 */
export interface ImportLineError extends LineError {
  messageId?: string;
}

// The engine's row and file messages in Indonesian; a message of an unknown shape stays English.
const ENGINE_MESSAGES_ID: readonly [RegExp, (...parts: string[]) => string][] = [
  [
    /^id is empty$/,
    () => 'id kosong: isi dengan pengenal baris yang unik di berkas ini (mis. 1 atau A-17)',
  ],
  [
    /^kind must be person, organization or phone$/,
    () => 'kind harus person, organization atau phone',
  ],
  [/^name is empty$/, () => 'name kosong (wajib, kecuali untuk kind phone)'],
  [/^a phone entry needs phones$/, () => 'entri kind phone memerlukan kolom phones'],
  [
    /^birth_date must be YYYY, YYYY-MM or YYYY-MM-DD$/,
    () => 'birth_date harus YYYY, YYYY-MM atau YYYY-MM-DD (mis. 1990-05-17)',
  ],
  [/^sex must be L, P or empty$/, () => 'sex harus L, P atau kosong'],
  [/^nik must be 16 digits$/, () => 'nik harus 16 angka'],
  [
    /^nationality must be an ISO alpha-2 code$/,
    () => 'nationality harus kode negara ISO dua huruf (mis. ID, MY)',
  ],
  [/^listing must be suspect or protective$/, () => 'listing harus suspect atau protective'],
  [
    /^the file is empty; expected a header$/,
    () => 'berkas kosong; baris pertama harus kepala kolom',
  ],
  [/^header must be exactly (.+)$/, (header) => `kepala kolom harus persis ${header}`],
  [
    /^expected (\d+) fields, found (\d+)$/,
    (want, got) => `harus ada ${want} kolom, ditemukan ${got}`,
  ],
  [/^id (.+) appears twice$/, (id) => `id ${id} muncul dua kali`],
  [/^the file has a header but no entries$/, () => 'berkas hanya berisi kepala kolom, tanpa entri'],
  [/^a quoted field is not closed$/, () => 'kolom bertanda kutip tidak ditutup'],
  [/^text follows a closing quote$/, () => 'ada teks setelah tanda kutip penutup'],
  [/^a quote inside an unquoted field$/, () => 'ada tanda kutip di dalam kolom tanpa kutip'],
  [
    /^not a readable XLSX workbook: (.*)$/s,
    (reason) => `bukan buku kerja XLSX yang dapat dibaca: ${reason}`,
  ],
];

function engineMessageId(message: string): string {
  return message
    .split('; ')
    .map((part) => {
      for (const [pattern, render] of ENGINE_MESSAGES_ID) {
        const match = pattern.exec(part);
        if (match) return render(...match.slice(1).map((group) => group ?? ''));
      }
      return part;
    })
    .join('; ');
}

/** A bad row in both languages, as the import reports it: "baris 3: ..." / "line 3: ...". */
export function importLineTexts(error: ImportLineError): { message: string; messageEn: string } {
  return {
    message: `baris ${error.line}: ${error.messageId ?? engineMessageId(error.message)}`,
    messageEn: `line ${error.line}: ${error.message}`,
  };
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One CSV line of an entry in the watchlist format: the reference code as `id`, the first name
 * as `name` and the rest as aliases, and the listing reason as `note`.
 */
export function formatEntryCsvLine(row: EntryRow): string {
  const names = row.kind === 'phone' ? [] : row.names;
  const values: Record<(typeof WATCHLIST_HEADER)[number], string> = {
    id: row.ref_code,
    kind: row.kind,
    name: names[0] ?? '',
    aliases: names.slice(1).join(';'),
    birth_date: row.birth_date ?? '',
    sex: row.sex ?? '',
    nik: row.nik ?? '',
    passport_numbers: row.passport_numbers.join(';'),
    phones: row.phones.join(';'),
    nationality: row.nationality ?? '',
    birth_place: row.birth_place ?? '',
    tppo_types: row.tppo_types.join(';'),
    listing: row.listing,
    note: row.reason,
  };
  return WATCHLIST_HEADER.map((column) => csvField(values[column])).join(',');
}

/** The header line of the watchlist CSV. */
export const WATCHLIST_CSV_HEADER = WATCHLIST_HEADER.join(',');
