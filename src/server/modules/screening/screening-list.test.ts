import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  expectBadInputRefused,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { ScreeningSummary, ScreeningView } from './screening-view.schema.ts';
import { screeningBody } from './screening-test-helpers.ts';

/*
 * The screening history list: every filter the history page offers, paging, the office and
 * follow-up state on each line, and the audit of each read. Kanim A2 keeps WIT (UTC+9) here,
 * the other offices WIB (UTC+7), so a calendar day means the screening office's own day.
 */
describeWithDatabase('the screening history list', (use) => {
  const clock = createTestClock('2026-11-26T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let officerA1: SignedInUser;
  let officerA2: SignedInUser;
  let officerTpi: SignedInUser;
  let analyst: SignedInUser;
  const ids: Record<string, string> = {};

  const oneWayToCambodia = {
    trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
    interview: { firstTimeTraveller: true },
  };

  async function call(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  async function screenAt(
    user: SignedInUser,
    at: string,
    body: Record<string, unknown>,
  ): Promise<ScreeningView> {
    const res = await call(user, 'POST', '/api/screenings', body);
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ScreeningView>();
    // Sessions follow the clock; the screening's instant is set afterwards instead.
    await sql`UPDATE screenings SET created_at = ${at}::timestamptz WHERE id = ${view.id}`.execute(
      use().db,
    );
    return view;
  }

  async function list(user: SignedInUser, query: string): Promise<ScreeningSummary[]> {
    const res = await call(user, 'GET', `/api/screenings?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ screenings: ScreeningSummary[] }>().screenings;
  }

  const refsOf = (rows: ScreeningSummary[]): string[] => rows.map((r) => r.id).sort();
  const idsOf = (...names: string[]): string[] => names.map((n) => ids[n] ?? n).sort();

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    await use()
      .db.updateTable('offices')
      .set({ time_zone: 'Asia/Jayapura' })
      .where('id', '=', org.kanimA2)
      .execute();
    officerA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    officerA2 = await signInAs(app, use(), 'counter_officer', org.kanimA2, undefined, clock);
    officerTpi = await signInAs(app, use(), 'counter_officer', org.tpiA1, undefined, clock);
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanwilA, 'national', clock);

    // 25 Nov 00:30 WIB at Kanim A1; still 24 Nov in UTC.
    ids.rina = (
      await screenAt(
        officerA1,
        '2026-11-24T17:30:00.000Z',
        screeningBody({
          applicant: { name: 'Rina Kartika', nik: '3502014506990001', birthDate: '1999-06-05' },
          document: { passportNumber: 'C1234567' },
        }),
      )
    ).id;
    // 24 Nov 23:30 WIT at Kanim A2: the same UTC day as Rina, another calendar day there.
    ids.budi = (
      await screenAt(
        officerA2,
        '2026-11-24T14:30:00.000Z',
        screeningBody({
          applicant: { name: 'Budi_Santoso', nik: '3502011203950002', sex: 'L' },
          ...oneWayToCambodia,
        }),
      )
    ).id;
    // A departure check at the TPI, decided TUNDA: a receipt, forwarded to Kanim A1.
    const dewi = await screenAt(
      officerTpi,
      '2026-11-26T02:00:00.000Z',
      screeningBody({
        kind: 'departure_check',
        applicant: { name: 'Dewi Lestari', nik: '3502015508000003' },
        ...oneWayToCambodia,
      }),
    );
    ids.dewi = dewi.id;
    expect(dewi.recommendation).toBe('TUNDA');
    const decided = await call(officerTpi, 'POST', `/api/screenings/${dewi.id}/decision`, {
      decision: 'TUNDA',
      reasonCategory: 'dugaan_tppo',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const followup = await call(officerA1, 'POST', `/api/screenings/${dewi.id}/followup`, {
      outcome: 'dirujuk_bp3mi',
      note: 'Dirujuk ke BP3MI untuk pendampingan.',
    });
    expect(followup.statusCode, followup.body).toBe(200);
  });
  afterAll(async () => {
    await app.close();
  });

  it('names the office with its zone and what followed a TUNDA on each line', async () => {
    const rows = await list(analyst, '');
    expect(rows.map((r) => r.id)).toEqual([ids.dewi, ids.rina, ids.budi]);
    const [dewi, , budi] = rows;
    expect(dewi).toMatchObject({
      kind: 'departure_check',
      office: { id: org.tpiA1, timeZone: 'Asia/Jakarta' },
      decision: 'TUNDA',
      decisionStatus: 'final',
      forwardedToOfficeId: org.kanimA1,
      followupOutcome: 'dirujuk_bp3mi',
      tundaClosedAt: null,
    });
    expect(dewi?.tundaDeadline).toMatch(/^2026-12-\d{2}$/);
    expect(dewi?.receiptNumber).toBeTruthy();
    expect(dewi?.office.name).toMatch(/^TPI Uji A1/);
    expect(budi).toMatchObject({
      office: { id: org.kanimA2, timeZone: 'Asia/Jayapura' },
      tundaDeadline: null,
      receiptNumber: null,
      followupOutcome: null,
    });
  });

  it("filters a date range by each screening office's own calendar day", async () => {
    expect(refsOf(await list(analyst, 'from=2026-11-25&to=2026-11-25'))).toEqual(idsOf('rina'));
    expect(refsOf(await list(analyst, 'from=2026-11-24&to=2026-11-24'))).toEqual(idsOf('budi'));
    expect(refsOf(await list(analyst, 'from=2026-11-25'))).toEqual(idsOf('rina', 'dewi'));
    expect(refsOf(await list(analyst, 'to=2026-11-24'))).toEqual(idsOf('budi'));
  });

  it('filters by recommendation, decision, status, kind and office', async () => {
    expect(refsOf(await list(analyst, 'recommendation=TUNDA'))).toEqual(idsOf('budi', 'dewi'));
    expect(refsOf(await list(analyst, 'decision=TUNDA'))).toEqual(idsOf('dewi'));
    expect(refsOf(await list(analyst, 'status=open'))).toEqual(idsOf('rina', 'budi'));
    expect(refsOf(await list(analyst, 'kind=departure_check'))).toEqual(idsOf('dewi'));
    expect(refsOf(await list(analyst, `officeId=${org.kanimA2}`))).toEqual(idsOf('budi'));
    expect(await list(analyst, 'recommendation=TOLAK')).toEqual([]);
  });

  it('finds a name by a part of it, a NIK and a passport number, and takes % and _ literally', async () => {
    expect(refsOf(await list(analyst, 'q=kartika'))).toEqual(idsOf('rina'));
    expect(refsOf(await list(analyst, 'q=3502.0155.0800.0003'))).toEqual(idsOf('dewi'));
    expect(refsOf(await list(analyst, 'q=c1234567'))).toEqual(idsOf('rina'));
    expect(refsOf(await list(analyst, 'q=i_S'))).toEqual(idsOf('budi'));
    // As a wildcard, _ would match the space in "Rina Kartika".
    expect(await list(analyst, 'q=a_K')).toEqual([]);
    expect(await list(analyst, 'q=%25%25')).toEqual([]);
    expect(await list(analyst, 'q=350201')).toEqual([]);
  });

  it('pages newest first without repeating a line', async () => {
    const first = await list(analyst, 'limit=2&offset=0');
    const second = await list(analyst, 'limit=2&offset=2');
    expect(first.map((r) => r.id)).toEqual([ids.dewi, ids.rina]);
    expect(second.map((r) => r.id)).toEqual([ids.budi]);
  });

  it("keeps an officer to their unit, and refuses another office's filter by name", async () => {
    expect(refsOf(await list(officerA1, ''))).toEqual(idsOf('rina', 'dewi'));
    await expectBadInputRefused(app, use(), officerA1, {
      name: 'office out of scope',
      method: 'GET',
      url: () => `/api/screenings?officeId=${org.kanimA2}`,
      status: 403,
      field: 'officeId',
    });
  });

  it('refuses bad filters naming the field, and writes nothing', async () => {
    const cases = [
      { query: 'from=2026-11-26&to=2026-11-25', field: 'querystring.to' },
      { query: 'from=2026-02-30', field: 'querystring.from' },
      { query: 'recommendation=MAYBE', field: 'querystring.recommendation' },
      { query: 'kind=visa', field: 'querystring.kind' },
      { query: 'officeId=kanim', field: 'querystring.officeId' },
      { query: 'q=a', field: 'querystring.q' },
    ];
    for (const c of cases) {
      await expectBadInputRefused(app, use(), analyst, {
        name: c.query,
        method: 'GET',
        url: () => `/api/screenings?${c.query}`,
        status: 400,
        field: c.field,
      });
    }
  });

  it('audits each list read with its filters', async () => {
    await list(analyst, 'recommendation=TUNDA&q=Budi&from=2026-11-01');
    const entry = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'screening.list')
      .where('actor_user_id', '=', analyst.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({
      count: 1,
      recommendation: 'TUNDA',
      q: 'Budi',
      from: '2026-11-01',
    });
  });

  it("reads one screening with its office's zone", async () => {
    const res = await call(analyst, 'GET', `/api/screenings/${ids.budi}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ScreeningView>().office).toMatchObject({
      id: org.kanimA2,
      timeZone: 'Asia/Jayapura',
    });
  });
});
