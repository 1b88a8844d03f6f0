import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { renderProfilePdf } from './desa-profile.pdf.ts';
import type { DesaDetail, DesaSummary, ProfileView } from './desa.schema.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';

describeWithDatabase('Desa Binaan registry, activities and reports', (use) => {
  // 03:00 UTC on 25 Nov 2026 is 10:00 WIB: "today" for the WIB test offices is 2026-11-25.
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let headA1: SignedInUser;
  let pimpasaA1: SignedInUser;
  let otherPimpasaA1: SignedInUser;
  let analystA1: SignedInUser;
  let analystB1: SignedInUser;
  let headKanwilA: SignedInUser;
  let bumiDaya: DesaDetail;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    headA1 = await signInAs(app, use(), 'head', org.kanimA1);
    pimpasaA1 = await signInAs(app, use(), 'pimpasa', org.kanimA1);
    otherPimpasaA1 = await signInAs(app, use(), 'pimpasa', org.kanimA1);
    analystA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    analystB1 = await signInAs(app, use(), 'intel_analyst', org.kanimB1);
    headKanwilA = await signInAs(app, use(), 'head', org.kanwilA);
    await use()
      .db.insertInto('office_coverage')
      .values({ office_id: org.kanimA1, region_code: '18.01' })
      .execute();
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(
    user: SignedInUser,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  function pathsOf(body: string): string[] {
    return (JSON.parse(body) as { errors: { path: string }[] }).errors.map((e) => e.path);
  }

  async function count(table: 'desa_binaan' | 'desa_activities' | 'desa_reports' | 'audit_log') {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
      use().db,
    );
    return r.rows[0]?.n ?? -1;
  }

  async function auditActions(targetId: string): Promise<string[]> {
    const rows = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', targetId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.action);
  }

  it('resolves the seed text to Bumi Daya 18.01.10.2013 with the spelling note', async () => {
    const res = await call(
      headA1,
      'GET',
      `/api/desa-binaan/resolve?text=${encodeURIComponent('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda')}`,
    );
    expect(res.statusCode).toBe(200);
    const [first] = res.json<{ candidates: { code: string; name: string; notes: string[] }[] }>()
      .candidates;
    expect(first).toMatchObject({ code: '18.01.10.2013', name: 'Bumi Daya', level: 'desa' });
    expect(first?.notes.join(' ')).toMatch(/Bumi Daya/);
  });

  it('registers a village from the place as written, keeping that name beside the official one', async () => {
    const res = await call(headA1, 'POST', '/api/desa-binaan', {
      nameAsWritten: 'Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda',
      officeId: org.kanimA1,
      formedOn: '2024-03-01',
      formedPrecision: 'month',
      criteria: ['kantong_pmi', 'usia_produktif'],
      contacts: [{ name: 'Kepala Desa Uji', role: 'Kepala Desa', phone: '0812-3456-7890' }],
      pimpasaUserIds: [pimpasaA1.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    bumiDaya = res.json<DesaDetail>();
    expect(bumiDaya.region).toEqual({ code: '18.01.10.2013', name: 'Bumi Daya', level: 'desa' });
    expect(bumiDaya.parents.map((p) => p.code)).toEqual(['18', '18.01', '18.01.10']);
    expect(bumiDaya.nameAsWritten).toBe('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda');
    expect(bumiDaya.formedPrecision).toBe('month');
    expect(bumiDaya.skNumber).toBeNull();
    expect(bumiDaya.contacts).toEqual([
      { name: 'Kepala Desa Uji', role: 'Kepala Desa', phone: '+6281234567890' },
    ]);
    expect(bumiDaya.pimpasa.map((p) => p.id)).toEqual([pimpasaA1.id]);
    expect(await auditActions(bumiDaya.id)).toEqual(['desa.register']);
  });

  it('refuses a village registered before with a 409 naming regionCode', async () => {
    const before = await count('desa_binaan');
    const res = await call(headA1, 'POST', '/api/desa-binaan', {
      nameAsWritten: 'Bumi Daya',
      regionCode: '1801102013',
      officeId: org.kanimA1,
    });
    expect(res.statusCode).toBe(409);
    expect(pathsOf(res.body)).toEqual(['regionCode']);
    expect(await count('desa_binaan')).toBe(before);
  });

  it.each([
    ['an unknown region code', { regionCode: '18.01.10.2999' }, 'regionCode'],
    ['a district code', { regionCode: '18.01.10' }, 'regionCode'],
    ['a place that is no village', { nameAsWritten: 'Xyzzy Qwerty Plugh' }, 'nameAsWritten'],
    [
      'a formation date in the future',
      { regionCode: '18.01.10.2001', formedOn: '2026-11-26' },
      'formedOn',
    ],
    [
      'a PIMPASA of another office',
      { regionCode: '18.01.10.2001', pimpasaUserIds: ['PB'] },
      'pimpasaUserIds[0]',
    ],
    [
      'an unreadable contact phone',
      { regionCode: '18.01.10.2001', contacts: [{ name: 'A', role: 'B', phone: 'abc' }] },
      'contacts[0].phone',
    ],
    [
      'a fostering office that is a Kanwil',
      { regionCode: '18.01.10.2001', officeId: 'KWA' },
      'officeId',
    ],
  ])('refuses %s naming the field, writing nothing', async (_name, patch, field) => {
    const foreignPimpasa = await signInAs(app, use(), 'pimpasa', org.kanimB1);
    const body: Record<string, unknown> = {
      nameAsWritten: 'Desa Sukaraja',
      officeId: org.kanimA1,
      ...patch,
    };
    if (Array.isArray(body.pimpasaUserIds)) body.pimpasaUserIds = [foreignPimpasa.id];
    if (body.officeId === 'KWA') body.officeId = org.kanwilA;
    const before = [await count('desa_binaan'), await count('audit_log')];
    const res = await call(headKanwilA, 'POST', '/api/desa-binaan', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(pathsOf(res.body)).toContain(field);
    expect([await count('desa_binaan'), await count('audit_log')]).toEqual(before);
  });

  it('shows the village to its PIMPASA, its Kanim and its Kanwil, and to no one else', async () => {
    const ids = async (user: SignedInUser) =>
      (await call(user, 'GET', '/api/desa-binaan'))
        .json<{ villages: DesaSummary[] }>()
        .villages.map((v) => v.id);
    expect(await ids(pimpasaA1)).toContain(bumiDaya.id);
    expect(await ids(headA1)).toContain(bumiDaya.id);
    expect(await ids(headKanwilA)).toContain(bumiDaya.id);
    expect(await ids(otherPimpasaA1)).not.toContain(bumiDaya.id);
    expect(await ids(analystB1)).not.toContain(bumiDaya.id);
    expect((await call(otherPimpasaA1, 'GET', `/api/desa-binaan/${bumiDaya.id}`)).statusCode).toBe(
      404,
    );
    expect((await call(analystB1, 'GET', `/api/desa-binaan/${bumiDaya.id}`)).statusCode).toBe(404);
  });

  it('lets a partner Kanwil read the village under an active village_reports agreement only', async () => {
    const reader = await signInAs(app, use(), 'intel_analyst', org.kanimB1);
    await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      dataKinds: ['watchlist'],
    });
    expect((await call(reader, 'GET', `/api/desa-binaan/${bumiDaya.id}`)).statusCode).toBe(404);
    const agreement = await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      dataKinds: ['village_reports'],
    });
    const res = await call(reader, 'GET', `/api/desa-binaan/${bumiDaya.id}`);
    expect(res.statusCode).toBe(200);
    // Reading is not managing: the partner's PIMPASA-less analyst may not file a report there.
    const filed = await call(reader, 'POST', `/api/desa-binaan/${bumiDaya.id}/reports`, {
      category: 'lainnya',
      seenOn: '2026-11-20',
      regionCode: '18.01.10.2013',
      narrative: 'Uji',
    });
    expect(filed.statusCode).toBe(403);
    await use()
      .db.updateTable('sharing_agreements')
      .set({ status: 'ended' })
      .where('id', '=', agreement)
      .execute();
    expect((await call(reader, 'GET', `/api/desa-binaan/${bumiDaya.id}`)).statusCode).toBe(404);
  });

  it('audits every read of the contacts', async () => {
    const before = (await auditActions(bumiDaya.id)).filter((a) => a === 'desa.read').length;
    const res = await call(pimpasaA1, 'GET', `/api/desa-binaan/${bumiDaya.id}`);
    expect(res.json<DesaDetail>().contacts).toHaveLength(1);
    const after = (await auditActions(bumiDaya.id)).filter((a) => a === 'desa.read').length;
    expect(after).toBe(before + 1);
  });

  it('logs an activity held, with participants by sex and age group, and refuses a future date', async () => {
    const future = await call(pimpasaA1, 'POST', `/api/desa-binaan/${bumiDaya.id}/activities`, {
      kind: 'penyuluhan',
      date: '2026-11-26',
      topic: 'Migrasi aman',
    });
    expect(future.statusCode).toBe(400);
    expect(pathsOf(future.body)).toEqual(['date']);
    const res = await call(pimpasaA1, 'POST', `/api/desa-binaan/${bumiDaya.id}/activities`, {
      kind: 'penyuluhan',
      date: '2026-11-25',
      topic: 'Migrasi aman dan modus lowongan kerja palsu',
      tppoTypes: ['PMI_NONPROSEDURAL', 'ONLINE_SCAM'],
      participants: { L: { u18: 2, a18_25: 10, a26_45: 5 }, P: { a18_25: 12, o45: 3 } },
      partners: ['BP3MI Lampung', 'Polsek Palas'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ participantTotal: 32, date: '2026-11-25' });
    expect(
      (
        await call(otherPimpasaA1, 'POST', `/api/desa-binaan/${bumiDaya.id}/activities`, {
          kind: 'kunjungan',
          date: '2026-11-20',
          topic: 'Kunjungan',
        })
      ).statusCode,
    ).toBe(404);
  });

  let reportId = '';
  it('files an early-warning report with normalised phones; bad input names the field', async () => {
    const url = `/api/desa-binaan/${bumiDaya.id}/reports`;
    const good = {
      category: 'perekrut',
      seenOn: '2026-11-20',
      regionCode: '18.01.10.2013',
      people: [
        { name: 'Perekrut Uji', role: 'perekrut', phone: '0812 9999 0001' },
        { phone: '+62 813-1111-2222' },
      ],
      narrative: 'Seorang perekrut menawarkan kerja di Malaysia tanpa dokumen resmi.',
    };
    for (const [patch, field] of [
      [{ regionCode: '18.01.10.2999' }, 'regionCode'],
      [{ seenOn: '2026-12-01' }, 'seenOn'],
      [{ people: [{ role: 'saksi' }] }, 'people[0]'],
      [{ people: [{ name: 'X', phone: 'nomor?' }] }, 'people[0].phone'],
    ] as const) {
      const before = await count('desa_reports');
      const bad = await call(pimpasaA1, 'POST', url, { ...good, ...patch });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(pathsOf(bad.body)).toContain(field);
      expect(await count('desa_reports')).toBe(before);
    }
    const res = await call(pimpasaA1, 'POST', url, good);
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json<{ id: string; refCode: string; phones: string[] }>();
    reportId = report.id;
    expect(report.refCode).toMatch(/^LPD-2026-\d{6}$/);
    expect(report.phones).toEqual(['+6281299990001', '+6281311112222']);
    expect(await auditActions(reportId)).toEqual(['desa_report.create']);
  });

  it('audits the read of a report with its people; lists carry no people', async () => {
    const list = await call(headA1, 'GET', `/api/desa-binaan/${bumiDaya.id}/reports`);
    expect(list.json<{ reports: object[] }>().reports[0]).not.toHaveProperty('people');
    const res = await call(analystA1, 'GET', `/api/desa-reports/${reportId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ people: object[] }>().people).toHaveLength(2);
    expect(await auditActions(reportId)).toContain('desa_report.read');
    expect((await call(analystB1, 'GET', `/api/desa-reports/${reportId}`)).statusCode).toBe(404);
  });

  it('turns a report into a watchlist proposal with one action, and shows it on the report', async () => {
    const res = await call(analystA1, 'POST', `/api/desa-reports/${reportId}/watchlist-proposal`);
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json<{
      refCode: string;
      outcome: { watchlist: { id: string; status: string }[] };
    }>();
    expect(report.outcome.watchlist).toHaveLength(1);
    expect(report.outcome.watchlist[0]?.status).toBe('proposed');
    const entry = await use()
      .db.selectFrom('watchlist_entries')
      .selectAll()
      .where('id', '=', report.outcome.watchlist[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      status: 'proposed',
      source_type: 'report',
      source_reference: report.refCode,
      names: ['Perekrut Uji'],
      phones: ['+6281299990001', '+6281311112222'],
      office_id: org.kanimA1,
    });
    expect(await auditActions(entry.id)).toContain('watchlist.propose');
    const again = await call(analystA1, 'POST', `/api/desa-reports/${reportId}/watchlist-proposal`);
    expect(again.statusCode).toBe(409);
    // A PIMPASA holds no watchlist.propose: the route refuses before reading anything.
    expect(
      (await call(pimpasaA1, 'POST', `/api/desa-reports/${reportId}/watchlist-proposal`))
        .statusCode,
    ).toBe(403);
  });

  it('turns a report into an alert to the offices covering the place, once', async () => {
    const supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    const res = await call(analystA1, 'POST', `/api/desa-reports/${reportId}/alert`, {
      note: 'Segera cek',
    });
    expect(res.statusCode, res.body).toBe(201);
    const outcome = res.json<{ outcome: { alert: { offices: { id: string }[] } | null } }>()
      .outcome;
    expect(outcome.alert?.offices.map((o) => o.id)).toContain(org.kanimA1);
    const note = await use()
      .db.selectFrom('notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', supervisorA1.id)
      .executeTakeFirst();
    expect(note).toEqual({ kind: 'desa_report.alert', link: `/desa?laporan=${reportId}` });
    expect((await call(analystA1, 'POST', `/api/desa-reports/${reportId}/alert`)).statusCode).toBe(
      409,
    );
    expect(await auditActions(reportId)).toContain('desa_report.alert');
  });

  it('builds the profile and a PDF in Bahasa Indonesia naming the official village and code', async () => {
    const profile = await call(headA1, 'GET', `/api/desa-binaan/${bumiDaya.id}/profile`);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      activities: { count: 1, participantTotal: 32 },
      period: { from: '2025-11-25', to: '2026-11-25' },
    });
    const res = await call(headA1, 'GET', `/api/desa-binaan/${bumiDaya.id}/profile.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(await auditActions(bumiDaya.id)).toContain('desa.profile_pdf');
  });

  it('writes the official name, code, parents and report outcome into the PDF text', async () => {
    const profile = (
      await call(headA1, 'GET', `/api/desa-binaan/${bumiDaya.id}/profile`)
    ).json<ProfileView>();
    const text = pdfText(await renderProfilePdf(profile, clock(), { compress: false }));
    expect(text).toContain('Desa Bumi Daya');
    expect(text).toContain('18.01.10.2013');
    expect(text).toContain('Kabupaten Lampung Selatan');
    expect(text).toContain('Maret 2024');
    expect(text).toMatch(/usulan daftar pengawasan WL-/);
  });
});
