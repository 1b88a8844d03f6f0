import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsvRecords } from './csv-records.ts';
import { runMatchBatch } from './match-batch.ts';
import { parseQueriesJsonl } from './queries-jsonl.ts';
import { parseWatchlistCsv, WATCHLIST_HEADER } from './watchlist-csv.ts';

const HEADER = WATCHLIST_HEADER.join(',');

describe('readCsvRecords', () => {
  it('reads quoted fields with commas, quotes and line breaks, and names the starting line', () => {
    const { records, problems } = readCsvRecords(
      'a,b\r\n"Ahmad, S.H.","say ""hi"""\n"two\nlines",x\n',
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['Ahmad, S.H.', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'x'] },
    ]);
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(readCsvRecords('"a"b,c\n"open').problems).toEqual([
      { line: 1, message: 'text follows a closing quote' },
      { line: 2, message: 'a quoted field is not closed' },
    ]);
  });

  it('reads back any table it is given in quoted form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const text = rows
            .map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          expect(readCsvRecords(text).records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('parseWatchlistCsv', () => {
  it('reads entries, strips a byte-order mark and splits list fields on semicolons', () => {
    const text = `\uFEFF${HEADER}\nw1,person,"Ahmad Fauzi, S.H.",Fauzi;Ahmad F,1980-02,L,3201011402800001,C1234567,0812-1111-2222;+62 813 3333 4444,ID,Bandung,ONLINE_SCAM,suspect,"note, with comma"\n`;
    expect(parseWatchlistCsv(text)).toEqual({
      errors: [],
      entries: [
        {
          id: 'w1',
          kind: 'person',
          names: ['Ahmad Fauzi, S.H.', 'Fauzi', 'Ahmad F'],
          birthDate: '1980-02',
          sex: 'L',
          nik: '3201011402800001',
          passportNumbers: ['C1234567'],
          phones: ['0812-1111-2222', '+62 813 3333 4444'],
          nationality: 'ID',
          birthPlace: 'Bandung',
          listing: 'suspect',
        },
      ],
    });
  });

  it('reports every malformed row with its line', () => {
    const text = [
      HEADER,
      'w1,person,Ahmad,,1980-13,X,,,,,,,suspect,',
      'w2,robot,Budi,,,,,,,,,,suspect,',
      'w3,person,Citra,,,,,,,,,,suspect',
      'w4,person,,,,,,,,,,,victim,',
      'w5,person,Dewi,,,,,,,,,,protective,',
      'w5,person,Dewi,,,,,,,,,,protective,',
    ].join('\n');
    const { errors } = parseWatchlistCsv(text);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 7]);
    expect(errors[0]?.message).toMatch(/birth_date/);
    expect(errors[0]?.message).toMatch(/sex/);
    expect(errors[2]?.message).toMatch(/expected 14 fields/);
    expect(errors[4]?.message).toMatch(/twice/);
  });

  it('refuses a header that differs', () => {
    expect(parseWatchlistCsv('id,kind,name\n').errors).toEqual([
      { line: 1, message: expect.stringMatching(/^header/) as string },
    ]);
  });
});

describe('parseQueriesJsonl', () => {
  it('reads queries and reports bad lines by number', () => {
    const text = [
      '{"id":"q1","name":"Joko","aliases":["Djoko"],"birth_date":"1990","passport_number":"C1","phones":["0812"],"nationality":"ID"}',
      '',
      '{"id":"q2","name":"Siti","sex":"X"}',
      'not json',
      '{"name":"no id"}',
    ].join('\n');
    const { queries, errors } = parseQueriesJsonl(text);
    expect(queries).toEqual([
      {
        id: 'q1',
        query: {
          name: 'Joko',
          aliases: ['Djoko'],
          birthDate: '1990',
          passportNumber: 'C1',
          phones: ['0812'],
          nationality: 'ID',
        },
      },
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
  });
});

describe('runMatchBatch', () => {
  it('writes one line per query in input order, best hit first', () => {
    const csv = `${HEADER}\nw1,person,Djoko Soesilo Wibowo,,1990-03-14,L,,,,,,,suspect,\nw2,phone,,,,,,,0812-3456-7890,,,,suspect,\n`;
    const jsonl =
      '{"id":"b","name":"Joko Susilo Wibowo","birth_date":"1990-03-14"}\n{"id":"a","name":"Tidak Ada","phones":["6281234567890"]}\n{"id":"c","name":"Orang Lain"}\n';
    const result = runMatchBatch(csv, jsonl);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.output
      .trimEnd()
      .split('\n')
      .map(
        (line) => JSON.parse(line) as { id: string; hits: { entry_id: string; band: string }[] },
      );
    expect(lines.map((l) => l.id)).toEqual(['b', 'a', 'c']);
    expect(lines[0]?.hits[0]).toMatchObject({ entry_id: 'w1', band: 'strong' });
    expect(lines[1]?.hits[0]).toMatchObject({ entry_id: 'w2', band: 'strong' });
    expect(lines[2]?.hits).toEqual([]);
  });

  it('returns the errors of both files and no output', () => {
    const result = runMatchBatch(`${HEADER}\nw1,person\n`, '{bad\n');
    expect(result).toEqual({
      ok: false,
      errors: {
        watchlist: [{ line: 2, message: expect.any(String) as string }],
        queries: [{ line: 1, message: 'not valid JSON' }],
      },
    });
  });
});
