/**
 * A strict RFC 4180 reader: fields separated by commas, optionally quoted with doubled quotes
 * inside, records ended by CRLF or LF (quoted fields may span lines). Each record carries the
 * line it starts on, so errors can name it.
 */

/** One CSV record and the 1-based line where it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A structural error: an unclosed quote or text after a closing quote. */
export interface CsvProblem {
  line: number;
  message: string;
}

/** Splits CSV text into records; a UTF-8 byte-order mark is dropped and blank lines skipped. */
export function readCsvRecords(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let at = 0;
  while (at < source.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let broken: string | null = null;
    for (;;) {
      if (source[at] === '"') {
        at++;
        for (;;) {
          if (at >= source.length) {
            broken = 'a quoted field is not closed';
            break;
          }
          const char = source[at] ?? '';
          if (char === '"') {
            if (source[at + 1] === '"') {
              field += '"';
              at += 2;
              continue;
            }
            at++;
            break;
          }
          if (char === '\n') line++;
          field += char;
          at++;
        }
        const next = source[at];
        if (
          broken === null &&
          next !== undefined &&
          next !== ',' &&
          next !== '\n' &&
          next !== '\r'
        ) {
          broken = 'text follows a closing quote';
        }
      }
      while (
        at < source.length &&
        source[at] !== ',' &&
        source[at] !== '\n' &&
        source[at] !== '\r'
      ) {
        if (source[at] === '"' && broken === null) broken = 'a quote inside an unquoted field';
        field += source[at];
        at++;
      }
      fields.push(field);
      field = '';
      if (source[at] === ',') {
        at++;
        continue;
      }
      break;
    }
    if (source[at] === '\r') at++;
    if (source[at] === '\n') at++;
    line++;
    if (broken !== null) problems.push({ line: start, message: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, problems };
}
