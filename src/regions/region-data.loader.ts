import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentCodeOf, toDottedCode } from './region-code.ts';

/** The code and official name columns of one level's CSV file, in file order. */
export interface RegionColumns {
  codes: string[];
  names: string[];
}

/** The four levels of the official list as read from the data package. */
export interface RegionSources {
  provinces: RegionColumns;
  regencies: RegionColumns;
  districts: RegionColumns;
  villages: RegionColumns;
}

const FILES = [
  ['provinces', 'code,name'],
  ['regencies', 'code,province_code,name'],
  ['districts', 'code,regency_code,name'],
  ['villages', 'code,district_code,name'],
] as const;

const ROMAN_NUMERAL = /^[IVX]+$/;
const KEPT_UPPER = new Set(['DKI', 'DI']);

/**
 * Reads the CSV files of the pinned `idn-area-data` package. Reading them directly takes about a
 * quarter of the time of the package's own papaparse-based getters and keeps no row objects.
 */
export async function readRegionSources(): Promise<RegionSources> {
  const packageJson = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  const dataDir = path.join(path.dirname(packageJson), 'data');
  const texts = await Promise.all(
    FILES.map(([file]) => readFile(path.join(dataDir, `${file}.csv`), 'utf8')),
  );
  const [provinces, regencies, districts, villages] = FILES.map(([file, header], i) =>
    parseRegionCsv(texts[i] ?? '', header, file),
  );
  if (!provinces || !regencies || !districts || !villages) {
    throw new Error('idn-area-data: a level file is missing');
  }
  return { provinces, regencies, districts, villages };
}

/**
 * Parses one level file whose first column is the dotted code, whose optional middle column is
 * the parent code, and whose last column is the name (possibly quoted, possibly holding commas).
 * Throws on any row that does not fit, so a changed package fails loudly instead of half-loading.
 */
export function parseRegionCsv(text: string, header: string, file: string): RegionColumns {
  const firstEnd = text.indexOf('\n');
  if (text.slice(0, firstEnd < 0 ? text.length : firstEnd).trim() !== header) {
    throw new Error(`idn-area-data ${file}.csv: expected header "${header}"`);
  }
  const hasParent = header.split(',').length === 3;
  const codes: string[] = [];
  const names: string[] = [];
  // Scanning by index rather than split('\n') avoids one garbage string per row.
  let lineNumber = 1;
  for (let start = firstEnd + 1; firstEnd >= 0 && start < text.length; lineNumber++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line =
      text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const codeEnd = line.indexOf(',');
    const nameStart = hasParent ? line.indexOf(',', codeEnd + 1) + 1 : codeEnd + 1;
    const code = line.slice(0, codeEnd);
    const valid =
      codeEnd > 0 &&
      nameStart > codeEnd &&
      toDottedCode(code) === code &&
      (!hasParent || line.slice(codeEnd + 1, nameStart - 1) === parentCodeOf(code));
    if (!valid) throw new Error(`idn-area-data ${file}.csv line ${lineNumber + 1}: unexpected row`);
    codes.push(code);
    names.push(unquoteField(line.slice(nameStart)));
  }
  if (codes.length > 0 && names.every((name) => !/\p{Ll}/u.test(name))) {
    for (let i = 0; i < names.length; i++) names[i] = toTitleCase(names[i] ?? '');
  }
  return { codes, names };
}

/** Removes CSV quoting from a last field (`"Soka""an"` → `Soka"an`) and trims it. */
function unquoteField(field: string): string {
  const trimmed = field.trim();
  if (!trimmed.startsWith('"')) return trimmed;
  return trimmed.slice(1, trimmed.endsWith('"') ? -1 : undefined).replace(/""/g, '"');
}

/**
 * Title-cases an upper-case official name (older releases spell provinces and regencies in
 * capitals), keeping Roman numerals and the DKI/DI abbreviations upper case.
 */
export function toTitleCase(name: string): string {
  return name.replace(/[\p{L}\p{N}'’]+/gu, (word) => {
    if (ROMAN_NUMERAL.test(word) || KEPT_UPPER.has(word)) return word;
    return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  });
}
