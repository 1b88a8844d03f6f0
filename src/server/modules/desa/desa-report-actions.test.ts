import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { whileWritesFail } from '../../../../test/support/failing-writes.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';

interface ReportAnswer {
  id: string;
  refCode: string;
  outcome: { watchlist: { id: string }[]; alert: { offices: { id: string }[] } | null };
}

describeWithDatabase('early-warning report actions: one transaction, one result', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let pimpasa: SignedInUser;
  let supervisor: SignedInUser;
  let desaId = '';

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    const head = await signInAs(app, use(), 'head', org.kanimA1, undefined, clock);
    pimpasa = await signInAs(app, use(), 'pimpasa', org.kanimA1, undefined, clock);
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanimA1, undefined, clock);
    // Approves proposals and receives alerts, so notifications are part of every first write.
    supervisor = await signInAs(app, use(), 'supervisor', org.kanimA1, undefined, clock);
    await use()
      .db.insertInto('office_coverage')
      .values({ office_id: org.kanimA1, region_code: '18.01' })
      .execute();
    const desa = await call(head, 'POST', '/api/desa-binaan', {
      nameAsWritten: 'Bumi Daya',
      regionCode: '18.01.10.2013',
      officeId: org.kanimA1,
      pimpasaUserIds: [pimpasa.id],
    });
    expect(desa.statusCode, desa.body).toBe(201);
    desaId = desa.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
  });

  function call(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  async function fileReport(name: string): Promise<ReportAnswer> {
    const res = await call(pimpasa, 'POST', `/api/desa-binaan/${desaId}/reports`, {
      category: 'perekrut',
      seenOn: '2026-11-20',
      regionCode: '18.01.10.2013',
      people: [{ name, role: 'perekrut', phone: '0812 9999 0001' }],
      narrative: 'Seorang perekrut menawarkan kerja di luar negeri tanpa dokumen resmi.',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ReportAnswer>();
  }

  async function proposalsOf(report: ReportAnswer) {
    const db = use().db;
    const entries = await db
      .selectFrom('watchlist_entries')
      .select(['id', 'ref_code'])
      .where('source_reference', '=', report.refCode)
      .execute();
    const entryIds = entries.map((e) => e.id);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', 'in', [report.id, ...entryIds])
      .where('action', 'in', ['watchlist.propose', 'desa_report.propose_watchlist'])
      .execute();
    // Every proposal of the office asks the supervisor: counted over the whole suite.
    const notifications = await db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'watchlist.approval_needed')
      .where('user_id', '=', supervisor.id)
      .execute();
    return { entries, audit: audit.map((a) => a.action).sort(), asked: notifications.length };
  }

  async function alertOf(report: ReportAnswer) {
    const db = use().db;
    const row = await db
      .selectFrom('desa_reports')
      .select(['alerted_at', 'alert_office_ids'])
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    const notifications = await db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'desa_report.alert')
      .where('link', '=', `/desa?laporan=${report.id}`)
      .execute();
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', report.id)
      .where('action', '=', 'desa_report.alert')
      .execute();
    return { alerted: row.alerted_at !== null, notifications: notifications.length, audit };
  }

  it('leaves no proposal when the report cannot record it, and the retry makes the one proposal', async () => {
    const report = await fileReport('Perekrut Satu');
    const asked = (await proposalsOf(report)).asked;
    const failed = await whileWritesFail(
      use().db,
      { table: 'audit_log', on: 'INSERT', when: `NEW.action = 'desa_report.propose_watchlist'` },
      () => call(analyst, 'POST', `/api/desa-reports/${report.id}/watchlist-proposal`),
    );
    expect(failed.statusCode).toBe(500);
    expect(await proposalsOf(report)).toEqual({ entries: [], audit: [], asked });

    const retried = await call(
      analyst,
      'POST',
      `/api/desa-reports/${report.id}/watchlist-proposal`,
    );
    expect(retried.statusCode, retried.body).toBe(201);
    const after = await proposalsOf(report);
    expect(after.entries.map((e) => e.id)).toEqual(
      retried.json<ReportAnswer>().outcome.watchlist.map((w) => w.id),
    );
    // The failed attempt's reference number was rolled back with it.
    expect(after.entries[0]?.ref_code).toMatch(/-000001$/);
    expect(after.audit).toEqual(['desa_report.propose_watchlist', 'watchlist.propose']);
    expect(after.asked).toBe(asked + 1);
  });

  it('makes one proposal when the same report is submitted twice at once', async () => {
    const report = await fileReport('Perekrut Dua');
    const asked = (await proposalsOf(report)).asked;
    const url = `/api/desa-reports/${report.id}/watchlist-proposal`;
    const [a, b] = await Promise.all([call(analyst, 'POST', url), call(analyst, 'POST', url)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect((await call(analyst, 'POST', url)).statusCode).toBe(409);
    const after = await proposalsOf(report);
    expect(after.entries).toHaveLength(1);
    expect(after.audit).toEqual(['desa_report.propose_watchlist', 'watchlist.propose']);
    expect(after.asked).toBe(asked + 1);
  });

  it('sends no alert when the report cannot be marked as alerted, and the retry alerts once', async () => {
    const report = await fileReport('Perekrut Tiga');
    const failed = await whileWritesFail(use().db, { table: 'desa_reports', on: 'UPDATE' }, () =>
      call(analyst, 'POST', `/api/desa-reports/${report.id}/alert`, { note: 'Segera cek' }),
    );
    expect(failed.statusCode).toBe(500);
    expect(await alertOf(report)).toEqual({ alerted: false, notifications: 0, audit: [] });

    const retried = await call(analyst, 'POST', `/api/desa-reports/${report.id}/alert`);
    expect(retried.statusCode, retried.body).toBe(201);
    const after = await alertOf(report);
    expect(after.alerted).toBe(true);
    // The analyst and the supervisor of the covering Kanim, told once.
    expect(after.notifications).toBe(2);
    expect(after.audit).toHaveLength(1);
  });

  it('alerts once when the same report is sent as an alert twice at once', async () => {
    const report = await fileReport('Perekrut Empat');
    const url = `/api/desa-reports/${report.id}/alert`;
    const [a, b] = await Promise.all([call(analyst, 'POST', url), call(analyst, 'POST', url)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const after = await alertOf(report);
    expect(after).toMatchObject({ alerted: true, notifications: 2 });
    expect(after.audit).toHaveLength(1);
  });
});
