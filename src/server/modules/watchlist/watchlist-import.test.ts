import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../deps.ts';
import { matchingFor } from '../matching/matching.service.ts';
import type { Actor } from '../../context/actor.ts';
import { importLineTexts } from './watchlist-file.ts';
import { actorFromUser, hasKnownRole } from '../auth/session-state.ts';
import { findUserByUsername } from '../users/users.repository.ts';
import { parseWatchlistFile, WATCHLIST_CSV_HEADER } from './watchlist-file.ts';
import { importWatchlist } from './watchlist-import.service.ts';
import { callAs } from './watchlist-test-helpers.ts';

const GOOD = [
  'a1,person,Sugeng Riyadi,Sugeng R,1982-05-06,L,3201010605820003,B1234567,0812-7777-0001,ID,Cianjur,PMI_NONPROSEDURAL;KERJA_PAKSA,suspect,Perekrut tanpa izin (laporan BP3MI)',
  'a2,organization,PT Maju Jaya Sentosa,,,,,,021-555-0101,,,PMI_NONPROSEDURAL,suspect,Agen penempatan tanpa SIP3MI',
  'a3,phone,,,,,,,+62 813 9999 0002,,,ONLINE_SCAM,suspect,Nomor perekrut lowongan palsu',
  'a4,person,Ani Suryani,,1999,P,,,,ID,,ONLINE_SCAM,protective,Dipulangkan dari Myawaddy',
];

function csvOf(lines: string[]): string {
  return `${WATCHLIST_CSV_HEADER}\n${lines.join('\n')}\n`;
}

describeWithDatabase('watchlist import and export', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let supervisorA1: SignedInUser;
  let supervisorA2: SignedInUser;
  let secondA1: SignedInUser;
  let secondA2: SignedInUser;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    supervisorA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
    secondA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    secondA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
  });

  async function actorOf(user: SignedInUser): Promise<Actor> {
    const row = await findUserByUsername(use().db, user.username);
    if (!row || !hasKnownRole(row)) throw new Error('test user missing');
    return actorFromUser(row, 'test');
  }

  async function statusesOf(refCodes: string[]): Promise<string[]> {
    const rows = await use()
      .db.selectFrom('watchlist_entries')
      .select(['ref_code', 'status'])
      .where('ref_code', 'in', refCodes)
      .orderBy('ref_code')
      .execute();
    return rows.map((r) => r.status);
  }
  afterAll(async () => {
    await app.close();
  });

  async function countEntries(): Promise<number> {
    const row = await use()
      .db.selectFrom('watchlist_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function importCsv(user: SignedInUser, text: string, query = '') {
    return callAs(app, user, 'POST', `/api/watchlist/import${query}`, text, {
      'content-type': 'text/csv',
    });
  }

  it('imports every row as a proposal, audited as one import plus one row per entry', async () => {
    const before = await countEntries();
    const res = await importCsv(supervisorA1, csvOf(GOOD));
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<{ imported: number; status: string; refCodes: string[] }>();
    expect(result).toMatchObject({ imported: 4, status: 'proposed' });
    expect(await countEntries()).toBe(before + 4);
    const stored = await use()
      .db.selectFrom('watchlist_entries')
      .select(['ref_code', 'phones', 'source_type', 'source_reference', 'reason', 'status'])
      .where('ref_code', 'in', result.refCodes)
      .orderBy('ref_code')
      .execute();
    expect(stored.map((s) => s.phones)).toEqual([
      ['+6281277770001'],
      ['+62215550101'],
      ['+6281399990002'],
      [],
    ]);
    expect(stored[0]).toMatchObject({
      source_type: 'import',
      source_reference: 'upload#a1',
      reason: 'Perekrut tanpa izin (laporan BP3MI)',
      status: 'proposed',
    });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['watchlist.import', 'watchlist.import_entry'])
      .orderBy('seq')
      .execute();
    expect(audit.filter((a) => a.action === 'watchlist.import_entry')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'watchlist.import')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ count: 4 }) as object }),
    ]);
  });

  it('finds imported entries by phone, NIK, reference code and filters, auditing each search', async () => {
    const search = async (query: string) => {
      const res = await callAs(app, supervisorA1, 'GET', `/api/watchlist?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: { names: string[]; refCode: string }[]; total: number }>();
    };
    const byPhone = await search('q=0812%207777%200001');
    expect(byPhone.items.map((e) => e.names[0])).toEqual(['Sugeng Riyadi']);
    const byNik = await search('q=3201010605820003');
    expect(byNik.items.map((e) => e.names[0])).toEqual(['Sugeng Riyadi']);
    const byRef = await search(`q=${byNik.items[0]?.refCode.toLowerCase() ?? ''}`);
    expect(byRef.total).toBe(1);
    expect((await search('kind=organization')).items.map((e) => e.names[0])).toEqual([
      'PT Maju Jaya Sentosa',
    ]);
    expect(
      (await search('listing=protective&type=ONLINE_SCAM')).items.map((e) => e.names[0]),
    ).toEqual(['Ani Suryani']);
    expect((await search('status=active')).total).toBe(0);
    expect((await search('q=suryani')).total).toBe(1);
    const audits = await use()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'watchlist.search')
      .where('actor_user_id', '=', supervisorA1.id)
      .execute();
    expect(audits).toHaveLength(7);
  });

  it('refuses the whole file when rows are bad, naming every bad line and writing nothing', async () => {
    const before = await countEntries();
    const text = csvOf([
      GOOD[0] as string,
      'b2,person,Budi,,1990-13,L,,,,ID,,,suspect,Alasan cukup panjang',
      'b3,person,Citra,,,,,,not-a-phone,,,,suspect,Alasan cukup panjang',
      GOOD[1] as string,
      'b5,person,Dewi,,,,,,,,,HUMAN_TRAFFICKING,suspect,Alasan cukup panjang',
      'b6,person,Eka,,,,,,,,,,suspect,',
      'b7,person,Fajar,,,,1234,,,,,,suspect,Alasan cukup panjang',
    ]);
    const res = await importCsv(supervisorA1, text);
    expect(res.statusCode).toBe(400);
    const lines = res.json<{ lines: { line: number; message: string }[] }>().lines;
    expect(lines.map((l) => l.line)).toEqual([3, 4, 6, 7, 8]);
    expect(lines[0]?.message).toMatch(/birth_date/);
    expect(lines[1]?.message).toMatch(/phones: "not-a-phone"/);
    expect(lines[2]?.message).toMatch(/tppo_types: Unknown TPPO code: HUMAN_TRAFFICKING/);
    expect(lines[3]?.message).toMatch(/^note:/);
    expect(lines[4]?.message).toMatch(/nik/);
    // The listed rows speak the request's language: Indonesian by default, English on request.
    const idAnswer = await callAs(app, supervisorA1, 'POST', '/api/watchlist/import', text, {
      'content-type': 'text/csv',
      'accept-language': 'id',
    });
    const id = idAnswer.json<{ errors: { message: string }[] }>().errors.map((e) => e.message);
    expect(id[0]).toBe('baris 3: birth_date harus YYYY, YYYY-MM atau YYYY-MM-DD (mis. 1990-05-17)');
    expect(id.join('\n')).not.toMatch(/\bline \d|must be|is empty/);
    const en = await callAs(app, supervisorA1, 'POST', '/api/watchlist/import', text, {
      'content-type': 'text/csv',
      'accept-language': 'en',
    });
    const enMessages = en.json<{ errors: { message: string }[] }>().errors.map((e) => e.message);
    expect(enMessages[0]).toBe('line 3: birth_date must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await countEntries()).toBe(before);
  });

  it('words every engine file problem in Indonesian, English kept beside it', () => {
    expect(importLineTexts({ line: 2, message: 'id is empty' })).toEqual({
      message:
        'baris 2: id kosong: isi dengan pengenal baris yang unik di berkas ini (mis. 1 atau A-17)',
      messageEn: 'line 2: id is empty',
    });
    expect(
      importLineTexts({ line: 4, message: 'nik must be 16 digits; sex must be L, P or empty' })
        .message,
    ).toBe('baris 4: nik harus 16 angka; sex harus L, P atau kosong');
    expect(importLineTexts({ line: 1, message: 'expected 14 fields, found 3' }).message).toBe(
      'baris 1: harus ada 14 kolom, ditemukan 3',
    );
  });

  it('refuses direct activation, naming the field and the four-eyes rule, and writes nothing', async () => {
    const before = await countEntries();
    const res = await importCsv(supervisorA1, csvOf([GOOD[0] as string]), '?activate=true');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/"path":"activate"/);
    expect(res.body).toMatch(/second eligible person/);
    expect(await countEntries()).toBe(before);
  });

  it('lets a second eligible person approve the whole batch in one action, screenable at once', async () => {
    const res = await importCsv(
      supervisorA1,
      csvOf([
        'c1,person,Wahyu Kurniawan,,1975-11-30,L,,,,ID,,KERJA_PAKSA,suspect,Sindikat ABK',
        'c2,phone,,,,,,,+62 813 4444 0003,,,ONLINE_SCAM,suspect,Nomor perekrut palsu',
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { batchId, refCodes, status } = res.json<{
      batchId: string;
      refCodes: string[];
      status: string;
    }>();
    expect(status).toBe('proposed');
    const pending = await callAs(app, secondA1, 'GET', '/api/watchlist/import-batches');
    expect(pending.statusCode, pending.body).toBe(200);
    expect(pending.json<{ id: string; entryCount: number }[]>()).toContainEqual(
      expect.objectContaining({ id: batchId, entryCount: 2 }),
    );

    const own = await callAs(
      app,
      supervisorA1,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      {},
    );
    expect(own.statusCode).toBe(403);
    expect(own.json<{ detail: string; rule: string }>()).toMatchObject({ rule: 'four_eyes' });
    expect(own.body).toMatch(/Four-eyes rule/);
    expect(await statusesOf(refCodes)).toEqual(['proposed', 'proposed']);

    const otherOffice = await callAs(
      app,
      secondA2,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      {},
    );
    expect(otherOffice.statusCode).toBe(404);
    expect(await statusesOf(refCodes)).toEqual(['proposed', 'proposed']);

    const ok = await callAs(
      app,
      secondA1,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      { note: 'Diperiksa' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      decided: 2,
      batch: { status: 'approved', decidedBy: { id: secondA1.id } },
    });
    expect(await statusesOf(refCodes)).toEqual(['active', 'active']);
    const hits = (await matchingFor(deps)).search(
      { name: 'Wahyu Kurniawan', birthDate: '1975-11-30' },
      () => true,
    );
    expect(hits.map((h) => h.item.refCode)).toEqual([refCodes[0]]);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where((eb) =>
        eb.or([
          eb('target_id', '=', batchId),
          eb.and([eb('action', '=', 'watchlist.approve'), eb('actor_user_id', '=', secondA1.id)]),
        ]),
      )
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'watchlist.approve',
      'watchlist.approve',
      'watchlist.import_approve',
    ]);
    const again = await callAs(
      app,
      secondA1,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      {},
    );
    expect(again.statusCode).toBe(409);
  });

  it('approves nothing when one entry of the batch is past its last day', async () => {
    const res = await importCsv(
      supervisorA1,
      csvOf([
        'd1,person,Dodi Permana,,1970,L,,,,ID,,KERJA_PAKSA,suspect,Perekrut kapal ikan',
        'd2,person,Desi Ratnasari,,1990,P,,,,ID,,ONLINE_SCAM,protective,Korban lowongan palsu',
      ]),
    );
    const { batchId, refCodes } = res.json<{ batchId: string; refCodes: string[] }>();
    await use()
      .db.updateTable('watchlist_entries')
      .set({ valid_until: '2020-01-01' })
      .where('ref_code', '=', refCodes[1] as string)
      .execute();
    const refused = await callAs(
      app,
      secondA1,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      {},
    );
    expect(refused.statusCode).toBe(409);
    expect(await statusesOf(refCodes)).toEqual(['proposed', 'proposed']);
    const rejected = await callAs(
      app,
      secondA1,
      'POST',
      `/api/watchlist/import-batches/${batchId}/reject`,
      { note: 'Sumber belum diverifikasi' },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await statusesOf(refCodes)).toEqual(['rejected', 'rejected']);
  });

  it('refuses an import for another office and an approval at import by the importer', async () => {
    const res = await importCsv(supervisorA1, csvOf([GOOD[0] as string]), `?office=${org.kanimA2}`);
    expect(res.statusCode).toBe(403);
    const before = await countEntries();
    const importer = await actorOf(supervisorA1);
    const file = await parseWatchlistFile(Buffer.from(csvOf([GOOD[0] as string])), 'csv');
    const error = await importWatchlist(deps, importer, file, {
      officeId: org.kanimA1,
      sourceLabel: 'x',
      approvedBy: importer,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('forbidden');
    expect(await countEntries()).toBe(before);
  });

  it('accepts an XLSX workbook sent as multipart form data', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Daftar');
    sheet.addRow(WATCHLIST_CSV_HEADER.split(','));
    sheet.addRow([
      'x1',
      'person',
      'Yanti Lestari',
      '',
      '1996-02',
      'P',
      '',
      '',
      '',
      'ID',
      '',
      'KAWIN_KONTRAK',
      'protective',
      'Calon korban kawin kontrak',
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const boundary = 'WaspadaBoundary7';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="daftar.xlsx"\r\n` +
          'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await callAs(app, supervisorA1, 'POST', '/api/watchlist/import', body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [code] = res.json<{ refCodes: string[] }>().refCodes;
    const row = await use()
      .db.selectFrom('watchlist_entries')
      .select(['names', 'listing', 'source_reference'])
      .where('ref_code', '=', code as string)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      names: ['Yanti Lestari'],
      listing: 'protective',
      source_reference: 'daftar.xlsx#x1',
    });
  });

  it('round-trips: importing an export reproduces the entries', async () => {
    const exported = await callAs(
      app,
      supervisorA1,
      'GET',
      '/api/watchlist/export.csv?status=proposed,active',
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const first = exported.body.replace(/^\uFEFF/, '');
    const count = first.trimEnd().split('\r\n').length - 1;
    expect(count).toBeGreaterThanOrEqual(6);
    const imported = await importCsv(supervisorA2, first);
    expect(imported.statusCode, imported.body).toBe(201);
    const { batchId } = imported.json<{ batchId: string }>();
    const approved = await callAs(
      app,
      secondA2,
      'POST',
      `/api/watchlist/import-batches/${batchId}/approve`,
      {},
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const again = await callAs(
      app,
      supervisorA2,
      'GET',
      `/api/watchlist/export.csv?office=${org.kanimA2}`,
    );
    const withoutId = (text: string) =>
      text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.slice(line.indexOf(',') + 1));
    expect(withoutId(again.body)).toEqual(withoutId(first));
  });
});
