import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { ScreeningView } from './screening-view.schema.ts';
import { closeExpiredTunda } from './screening-tunda.job.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { screeningBody } from './screening-test-helpers.ts';

const PHNOM_PENH = {
  trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
  interview: { firstTimeTraveller: true },
};

describeWithDatabase('screening decisions, approvals, TUNDA and receipts', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let officer: SignedInUser;
  let supervisor: SignedInUser;
  let otherSupervisor: SignedInUser;
  let tpiOfficer: SignedInUser;
  let tpiSupervisor: SignedInUser;
  let kanimOfficer: SignedInUser;
  let a2Officer: SignedInUser;
  let serial = 100;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    officer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    supervisor = await signInAs(app, use(), 'supervisor', org.kanimA1);
    otherSupervisor = await signInAs(app, use(), 'supervisor', org.kanimA2);
    tpiOfficer = await signInAs(app, use(), 'counter_officer', org.tpiA1);
    tpiSupervisor = await signInAs(app, use(), 'supervisor', org.tpiA1);
    kanimOfficer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    a2Officer = await signInAs(app, use(), 'counter_officer', org.kanimA2);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A fresh person each time, so earlier decisions never match. */
  function person(name: string) {
    serial += 1;
    return {
      name,
      nik: `35020152050${String(serial).padStart(5, '0')}`,
      birthDate: '2001-05-12',
      sex: 'P',
    };
  }

  async function call(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  async function screenTunda(user: SignedInUser, name: string, kind = 'passport_application') {
    const res = await call(
      user,
      'POST',
      '/api/screenings',
      screeningBody({
        kind: kind as 'passport_application',
        applicant: person(name),
        ...PHNOM_PENH,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<ScreeningView>();
    expect(s.recommendation).toBe('TUNDA');
    return s;
  }

  async function decide(user: SignedInUser, id: string, body: object) {
    return call(user, 'POST', `/api/screenings/${id}/decision`, body);
  }

  async function notified(userId: string, kind: string, id: string): Promise<number> {
    const rows = await use()
      .db.selectFrom('notifications')
      .select('id')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('link', '=', `/screenings/${id}`)
      .execute();
    return rows.length;
  }

  it('asks a supervisor when the officer overrides a TUNDA, and only another supervisor of the office may approve', async () => {
    const s = await screenTunda(officer, 'Lestari Handayani');
    const res = await decide(officer, s.id, {
      decision: 'LANJUT',
      indicatorsObserved: ['NO_RETURN_TICKET'],
      note: 'Tiket pulang ditunjukkan setelah wawancara.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ScreeningView>().decision).toMatchObject({
      decision: 'LANJUT',
      status: 'awaiting_approval',
      decidedBy: officer.id,
    });
    expect(await notified(supervisor.id, 'screening.approval_needed', s.id)).toBe(1);
    expect(await notified(otherSupervisor.id, 'screening.approval_needed', s.id)).toBe(0);

    const queue = await call(supervisor, 'GET', '/api/screenings/approvals');
    expect(queue.json<{ screenings: { id: string }[] }>().screenings.map((q) => q.id)).toContain(
      s.id,
    );
    const elsewhere = await call(otherSupervisor, 'GET', '/api/screenings/approvals');
    expect(
      elsewhere.json<{ screenings: { id: string }[] }>().screenings.map((q) => q.id),
    ).not.toContain(s.id);

    expect(
      (await call(otherSupervisor, 'POST', `/api/screenings/${s.id}/approval`, { approve: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await decide(officer, s.id, { decision: 'TUNDA', reasonCategory: 'dugaan_tppo' }))
        .statusCode,
    ).toBe(409);

    const approved = await call(supervisor, 'POST', `/api/screenings/${s.id}/approval`, {
      approve: true,
      note: 'Tiket pulang sah.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<ScreeningView>().decision).toMatchObject({
      decision: 'LANJUT',
      status: 'final',
      approvalBy: supervisor.id,
    });
    expect(approved.json<ScreeningView>().tunda).toBeNull();
    expect(await notified(officer.id, 'screening.approved', s.id)).toBe(1);
    const actions = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', s.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'screening.create',
      'screening.decide',
      'screening.approve',
    ]);
  });

  it('refuses self-approval, and a refused override goes back to the officer', async () => {
    const s = await screenTunda(supervisor, 'Wulan Sari');
    await decide(supervisor, s.id, {
      decision: 'WAWANCARA',
      note: 'Cukup wawancara lanjutan saja.',
    });
    const self = await call(supervisor, 'POST', `/api/screenings/${s.id}/approval`, {
      approve: true,
    });
    expect(self.statusCode).toBe(403);

    const second = await signInAs(app, use(), 'supervisor', org.kanimA1);
    const noReason = await call(second, 'POST', `/api/screenings/${s.id}/approval`, {
      approve: false,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'note',
    ]);
    const refused = await call(second, 'POST', `/api/screenings/${s.id}/approval`, {
      approve: false,
      note: 'Indikator rute terlalu kuat.',
    });
    expect(refused.json<ScreeningView>().decision.status).toBe('rejected_by_supervisor');
    const again = await decide(supervisor, s.id, {
      decision: 'TUNDA',
      reasonCategory: 'dugaan_pmi_np',
      indicatorsObserved: ['SCAM_ROUTE_ONE_WAY'],
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<ScreeningView>().decision).toMatchObject({
      status: 'final',
      decision: 'TUNDA',
      approvalBy: null,
    });
  });

  it('names the fields of a bad decision and changes nothing', async () => {
    const s = await screenTunda(officer, 'Nur Aini');
    const res = await decide(officer, s.id, {
      decision: 'LANJUT',
      indicatorsObserved: ['NO_SUCH_RULE'],
      note: 'ok',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['indicatorsObserved.0', 'note']);
    const tolak = await decide(officer, s.id, { decision: 'TOLAK' });
    expect(tolak.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'reasonCategory',
    ]);
    const row = await use()
      .db.selectFrom('screenings')
      .select('decision_status')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row.decision_status).toBe('open');
    expect(
      (await decide(a2Officer, s.id, { decision: 'TUNDA', reasonCategory: 'dugaan_tppo' }))
        .statusCode,
    ).toBe(403);
  });

  it('issues a receipt at the checkpoint, forwards the passport to the Kanim and records its follow-up', async () => {
    const s = await screenTunda(tpiOfficer, 'Sri Wahyuni', 'departure_check');
    const res = await decide(tpiOfficer, s.id, {
      decision: 'TUNDA',
      reasonCategory: 'dugaan_tppo',
      indicatorsObserved: ['SCAM_ROUTE_ONE_WAY', 'FIRST_TIME_TRAVELLER'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<ScreeningView>();
    const tpiCode = await use()
      .db.selectFrom('offices')
      .select('code')
      .where('id', '=', org.tpiA1)
      .executeTakeFirstOrThrow();
    expect(view.receipt?.number).toBe(`STP/${tpiCode.code}/2026/00001`);
    expect(view.receipt?.forwardedTo?.id).toBe(org.kanimA1);
    expect(await notified(supervisor.id, 'screening.forwarded', s.id)).toBe(1);

    const pdf = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}/receipt.pdf`,
      headers: tpiOfficer.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(view.receipt?.number);
    expect(text).toContain('TANDA TERIMA PENAHANAN PASPOR');
    expect(text).toContain('Sri Wahyuni');
    expect(text).toContain('25 November 2026 10.00 WIB');
    expect(text).toMatch(/Dugaan tindak pidana perdagangan orang/);
    expect(text).toContain('25 Desember 2026');

    const receivingKanim = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}/receipt.pdf`,
      headers: kanimOfficer.headers,
    });
    expect(receivingKanim.statusCode).toBe(200);
    const stranger = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}/receipt.pdf`,
      headers: a2Officer.headers,
    });
    expect(stranger.statusCode).toBe(403);

    const wrongKanim = await call(a2Officer, 'POST', `/api/screenings/${s.id}/followup`, {
      outcome: 'dirujuk_bp3mi',
      note: 'Dirujuk untuk konseling.',
    });
    expect(wrongKanim.statusCode).toBe(403);
    const followup = await call(kanimOfficer, 'POST', `/api/screenings/${s.id}/followup`, {
      outcome: 'dirujuk_bp3mi',
      note: 'Dirujuk untuk konseling.',
    });
    expect(followup.statusCode, followup.body).toBe(200);
    expect(followup.json<ScreeningView>().followup).toMatchObject({
      outcome: 'dirujuk_bp3mi',
      by: kanimOfficer.id,
    });

    const second = await screenTunda(tpiOfficer, 'Rahayu Ningsih', 'departure_check');
    const next = await decide(tpiOfficer, second.id, {
      decision: 'TUNDA',
      reasonCategory: 'dugaan_pmi_np',
    });
    expect(next.json<ScreeningView>().receipt?.number).toBe(`STP/${tpiCode.code}/2026/00002`);
    const downloads = await use()
      .db.selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'screening.receipt_download')
      .where('target_id', '=', s.id)
      .execute();
    expect(downloads.map((d) => d.actor_user_id).sort()).toEqual(
      [tpiOfficer.id, kanimOfficer.id].sort(),
    );
    void tpiSupervisor;
  });

  it('has no receipt for a TUNDA at a Kanim', async () => {
    const s = await screenTunda(officer, 'Tuti Alawiyah');
    await decide(officer, s.id, { decision: 'TUNDA', reasonCategory: 'dugaan_pmi_np' });
    const pdf = await call(officer, 'GET', `/api/screenings/${s.id}/receipt.pdf`);
    expect(pdf.statusCode).toBe(404);
  });

  it('gives a final TUNDA its deadline in the office calendar and puts it in the shared history', async () => {
    clock.set('2026-11-25T20:00:00.000Z'); // 26 November in WIB
    const late = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    const lateA2 = await signInAs(app, use(), 'counter_officer', org.kanimA2, undefined, clock);
    const s = await screenTunda(late, 'Yuni Kartika');
    const res = await decide(late, s.id, { decision: 'TUNDA', reasonCategory: 'dugaan_pmi_np' });
    expect(res.json<ScreeningView>().tunda).toMatchObject({
      deadline: '2026-12-26',
      closedAt: null,
    });
    const again = await call(
      lateA2,
      'POST',
      '/api/screenings',
      screeningBody({
        applicant: {
          name: s.subject.name,
          nik: s.subject.nik,
          birthDate: s.subject.birthDate,
          sex: 'P',
        },
      }),
    );
    expect(again.statusCode, again.body).toBe(201);
    const hit = again.json<ScreeningView>().hits.find((h) => h.refId === s.id);
    expect(hit).toMatchObject({ source: 'history', band: 'strong', alerted: true });
  });

  it('closes TUNDA files left incomplete past the deadline, and only those', async () => {
    clock.set('2026-11-26T03:00:00.000Z');
    const first = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    const old = await screenTunda(first, 'Kartini Putri');
    await decide(first, old.id, { decision: 'TUNDA', reasonCategory: 'dokumen_tidak_lengkap' });
    clock.set('2026-12-10T03:00:00.000Z');
    const fresh = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    const recent = await screenTunda(fresh, 'Ratna Dewi');
    await decide(fresh, recent.id, { decision: 'TUNDA', reasonCategory: 'dokumen_tidak_lengkap' });

    clock.set('2026-12-26T16:30:00.000Z'); // 23:30 WIB on the deadline day: still open
    expect((await closeExpiredTunda(deps)).closed).not.toContain(old.id);
    clock.set('2026-12-26T17:05:00.000Z'); // 00:05 WIB on 27 December
    const run = await closeExpiredTunda(deps);
    expect(run.closed).toContain(old.id);
    expect(run.closed).not.toContain(recent.id);
    const row = await use()
      .db.selectFrom('screenings')
      .selectAll()
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(row.tunda_close_reason).toBe('dokumen tidak dilengkapi dalam 30 hari');
    expect(row.tunda_deadline).toBe('2026-12-26');
    expect(row.tunda_closed_at?.toISOString()).toBe('2026-12-26T17:05:00.000Z');
    expect((await closeExpiredTunda(deps)).closed).toEqual([]);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('target_id', '=', old.id)
      .where('action', '=', 'screening.tunda_close')
      .execute();
    expect(audit).toEqual([
      { action: 'screening.tunda_close', actor_username: 'system:tunda-expiry' },
    ]);
  });
});
