import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWatchlistRows, WATCHLIST_HEADER } from '../../../engine/batch/watchlist-csv.ts';
import { formatEntryCsvLine, parseWatchlistFile, WATCHLIST_CSV_HEADER } from './watchlist-file.ts';
import { interpretSearch } from './watchlist-read.service.ts';
import { boundaryOf, parseMultipart } from './watchlist-upload.ts';
import type { EntryRow } from './watchlist.repository.ts';

function entryRow(overrides: Partial<EntryRow>): EntryRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    ref_code: 'WL-2026-000001',
    kind: 'person',
    names: ['Ahmad'],
    birth_date: null,
    sex: null,
    nik: null,
    passport_numbers: [],
    phones: [],
    nationality: null,
    birth_place: null,
    home_region_code: null,
    registration_numbers: [],
    address: null,
    listing: 'suspect',
    tppo_types: [],
    reason: 'Alasan pencatatan uji',
    source_type: 'office',
    source_reference: null,
    sensitivity: 'terbatas',
    sharing_scope: 'agreement',
    office_id: '00000000-0000-4000-8000-000000000002',
    status: 'active',
    valid_until: null,
    note: null,
    proposed_by: null,
    proposed_at: new Date('2026-01-01T00:00:00Z'),
    decided_by: null,
    decided_at: null,
    decision_note: null,
    delist_reason: null,
    delist_requested_by: null,
    delist_requested_at: null,
    delisted_by: null,
    delisted_at: null,
    version: 1,
    import_batch_id: null,
    updated_at: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

// Text a person may type into a name or note: letters, spaces, commas, quotes, line breaks; no
// semicolons (the list separator) and no leading or trailing blanks (the reader trims them).
const freeText = fc
  .array(fc.constantFrom(...'abcXYZ é,"\'\n.-'.split('')), { minLength: 1, maxLength: 20 })
  .map((chars) => chars.join('').trim())
  .filter((text) => text !== '');

describe('formatEntryCsvLine', () => {
  it('writes lines the engine reads back to the same entry', () => {
    fc.assert(
      fc.property(
        fc.array(freeText, { minLength: 1, maxLength: 3 }),
        freeText,
        fc.constantFrom('suspect' as const, 'protective' as const),
        fc.subarray(['ONLINE_SCAM', 'KERJA_PAKSA', 'PMI_NONPROSEDURAL']),
        (names, reason, listing, types) => {
          const row = entryRow({
            names,
            reason,
            listing,
            tppo_types: types,
            phones: ['+6281234567890'],
          });
          const text = `${WATCHLIST_CSV_HEADER}\r\n${formatEntryCsvLine(row)}\r\n`;
          const { rows, errors } = parseWatchlistRows(text);
          expect(errors).toEqual([]);
          expect(rows[0]).toMatchObject({
            tppoTypes: types,
            note: reason,
            entry: { id: row.ref_code, names, listing, phones: ['+6281234567890'] },
          });
        },
      ),
    );
  });

  it('leaves the name empty for a phone entry', () => {
    const line = formatEntryCsvLine(entryRow({ kind: 'phone', names: [], phones: ['+6281'] }));
    expect(line.split(',').slice(0, 4)).toEqual(['WL-2026-000001', 'phone', '', '']);
  });
});

describe('parseWatchlistFile', () => {
  it('reads the first sheet of a workbook by row number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Daftar');
    sheet.addRow([...WATCHLIST_HEADER]);
    sheet.addRow([
      'w1',
      'person',
      'Joko',
      '',
      '1990',
      'L',
      '',
      '',
      '',
      'ID',
      '',
      '',
      'suspect',
      'Catatan',
    ]);
    sheet.addRow([]);
    sheet.addRow(['w2', 'robot', 'Budi', '', '', '', '', '', '', '', '', '', 'suspect', '']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const { rows, errors } = await parseWatchlistFile(data);
    expect(rows.map((r) => r.entry.id)).toEqual(['w1']);
    expect(errors).toEqual([{ line: 4, message: expect.stringMatching(/kind/) as string }]);
  });

  it('reports an unreadable workbook as a line-1 error instead of throwing', async () => {
    const { errors } = await parseWatchlistFile(Buffer.from('PK\u0003\u0004broken'), 'xlsx');
    expect(errors[0]?.line).toBe(1);
  });
});

describe('parseMultipart', () => {
  it('splits fields and a file, keeping the file bytes exact', () => {
    const boundary = 'X-BOUNDARY-1';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="activate"\r\n\r\ntrue\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; filename="a.csv"; name="file"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from('id,kind\r\nw1,person\r\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(boundaryOf(`multipart/form-data; boundary="${boundary}"`)).toBe(boundary);
    const parts = parseMultipart(body, boundary);
    expect(parts?.map((p) => [p.name, p.filename, p.contentType, p.data.toString()])).toEqual([
      ['activate', null, null, 'true'],
      ['file', 'a.csv', 'text/csv', 'id,kind\r\nw1,person\r\n'],
    ]);
  });

  it('refuses a body that is cut off', () => {
    expect(
      parseMultipart(
        Buffer.from('--B\r\nContent-Disposition: form-data; name="f"\r\n\r\nabc'),
        'B',
      ),
    ).toBeNull();
  });
});

describe('interpretSearch', () => {
  it.each([
    ['wl-2026-000123', { refCode: 'WL-2026-000123' }],
    ['3201.0114.0280.0001', { nik: '3201011402800001' }],
    ['0812-3456-7890', { phone: '+6281234567890' }],
    ['+62 21 555 0101', { phone: '+62215550101' }],
    ['Djoko', { name: 'Djoko' }],
    ['PT Maju 2', { name: 'PT Maju 2' }],
    ['  ', {}],
  ])('reads %j as %j', (q, want) => {
    expect(interpretSearch(q)).toEqual(want);
  });
});
