import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { startJobRunner } from '../../jobs/job-runner.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import type { ScreeningView } from '../screening/screening-view.schema.ts';
import { insertActiveEntry, screeningBody } from '../screening/screening-test-helpers.ts';
import type { AlertDetail, AlertView } from './alerts.schema.ts';
import {
  enqueueRetroScreening,
  registerAlertJobs,
  runRetroScreening,
} from './retro-screening.job.ts';

describeWithDatabase('alerts between offices and retro-screening', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let officerA1: SignedInUser;
  let officerA2: SignedInUser;
  let officerB1: SignedInUser;
  let supervisorA1: SignedInUser;
  let supervisorA2: SignedInUser;
  let analystA2: SignedInUser;
  let supervisorB1: SignedInUser;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    officerA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    officerA2 = await signInAs(app, use(), 'counter_officer', org.kanimA2);
    officerB1 = await signInAs(app, use(), 'counter_officer', org.kanimB1);
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    supervisorA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
    analystA2 = await signInAs(app, use(), 'intel_analyst', org.kanimA2, 'office');
    supervisorB1 = await signInAs(app, use(), 'supervisor', org.kanimB1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  async function screen(
    user: SignedInUser,
    applicant: Record<string, unknown>,
  ): Promise<ScreeningView> {
    const res = await call(user, 'POST', '/api/screenings', screeningBody({ applicant }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScreeningView>();
  }

  it('opens a thread both offices write in, and only the alerted office closes it', async () => {
    const person = {
      name: 'Hendra Gunawan',
      nik: '3502011111880021',
      birthDate: '1988-11-11',
      sex: 'L',
    };
    const earlier = await screen(officerA2, person);
    await use()
      .db.updateTable('screenings')
      .set({ decision: 'TUNDA', decision_status: 'final', decided_by: officerA2.id })
      .where('id', '=', earlier.id)
      .execute();
    await enqueueIndexChange(use().db, 'history', earlier.id);
    const now = await screen(officerA1, person);

    const inbox = await call(analystA2, 'GET', '/api/alerts');
    expect(inbox.statusCode).toBe(200);
    const alert = inbox
      .json<{ alerts: AlertView[] }>()
      .alerts.find((a) => a.screeningId === now.id);
    expect(alert).toMatchObject({
      kind: 'history_hit',
      office: { id: org.kanimA2 },
      sourceOffice: { id: org.kanimA1 },
      matchedScreeningId: earlier.id,
      status: 'open',
    });
    if (!alert) return;
    const told = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('link', '=', `/alerts/${alert.id}`)
      .execute();
    expect(told.map((t) => t.user_id).sort()).toEqual([analystA2.id, supervisorA2.id].sort());

    const first = await call(analystA2, 'POST', `/api/alerts/${alert.id}/messages`, {
      body: 'Orang ini kami tunda bulan lalu; mohon periksa sponsornya.',
    });
    expect(first.statusCode, first.body).toBe(201);
    clock.advance(60_000);
    const reply = await call(supervisorA1, 'POST', `/api/alerts/${alert.id}/messages`, {
      body: 'Sudah kami wawancara ulang.',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json<AlertDetail>().messages.map((m) => m.office.id)).toEqual([
      org.kanimA2,
      org.kanimA1,
    ]);

    expect(
      (await call(officerA1, 'POST', `/api/alerts/${alert.id}/messages`, { body: 'x' })).statusCode,
    ).toBe(403);
    expect((await call(supervisorB1, 'GET', `/api/alerts/${alert.id}`)).statusCode).toBe(403);
    expect(
      (await call(supervisorA1, 'POST', `/api/alerts/${alert.id}/status`, { status: 'closed' }))
        .statusCode,
    ).toBe(403);
    const ack = await call(supervisorA2, 'POST', `/api/alerts/${alert.id}/status`, {
      status: 'acknowledged',
    });
    expect(ack.json<AlertDetail>().status).toBe('acknowledged');
    const closed = await call(supervisorA2, 'POST', `/api/alerts/${alert.id}/status`, {
      status: 'closed',
      note: 'Ditangani bersama.',
    });
    expect(closed.json<AlertDetail>()).toMatchObject({
      status: 'closed',
      closedBy: supervisorA2.id,
    });
    expect(
      (await call(analystA2, 'POST', `/api/alerts/${alert.id}/messages`, { body: 'lagi' }))
        .statusCode,
    ).toBe(409);
    const views = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', alert.id)
      .orderBy('seq')
      .execute();
    expect(views.map((v) => v.action)).toEqual([
      'alert.message',
      'alert.message',
      'alert.acknowledge',
      'alert.close',
    ]);
  });

  it('retro-screens a new entry against recent screenings in the listing office scope, once', async () => {
    const person = {
      name: 'Agus Salim Pratama',
      nik: '3502010303870022',
      birthDate: '1987-03-03',
      sex: 'L',
    };
    const inScope = await screen(officerA1, person);
    const outOfScope = await screen(officerB1, person);
    const entryId = await insertActiveEntry(use().db, {
      officeId: org.kanimA2,
      names: ['Agus Salim Pratomo', 'Agus SP'],
      birthDate: '1987-03-03',
    });
    const run = await runRetroScreening(deps, entryId);
    expect(run.alerts).toHaveLength(1);
    const alerts = await use()
      .db.selectFrom('alerts')
      .selectAll()
      .where('entry_id', '=', entryId)
      .execute();
    expect(alerts).toMatchObject([
      {
        kind: 'retro_hit',
        office_id: org.kanimA1,
        source_office_id: org.kanimA2,
        screening_id: inScope.id,
      },
    ]);
    expect(alerts.some((a) => a.screening_id === outOfScope.id)).toBe(false);
    const told = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('link', '=', `/alerts/${alerts[0]?.id}`)
      .execute();
    expect(told.map((t) => t.user_id)).toEqual([supervisorA1.id]);
    expect((await runRetroScreening(deps, entryId)).alerts).toEqual([]);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('actor_username')
      .where('action', '=', 'watchlist.retro_screen')
      .where('target_id', '=', entryId)
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.actor_username).toBe('system:retro-screening');
  });

  it('queues the retro-screening in the activating transaction and the worker raises the alert', async () => {
    const person = {
      name: 'Slamet Riyadi Kusuma',
      nik: '3502010404860023',
      birthDate: '1986-04-04',
      sex: 'L',
    };
    const screened = await screen(officerA1, person);
    const jobs = await startJobRunner(use(), { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      const withJobs: AppDeps = { ...deps, jobs };
      await registerAlertJobs(withJobs, jobs);
      const entryId = await insertActiveEntry(use().db, {
        officeId: org.kanimA2,
        names: ['Slamet Riyadi Kusuma'],
        birthDate: '1986-04-04',
      });
      await use()
        .db.transaction()
        .execute(async (trx) => {
          await enqueueRetroScreening(withJobs, trx, entryId);
        });
      let found: unknown[] = [];
      for (let i = 0; i < 60 && found.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        found = await use()
          .db.selectFrom('alerts')
          .select('id')
          .where('entry_id', '=', entryId)
          .where('screening_id', '=', screened.id)
          .execute();
      }
      expect(found).toHaveLength(1);
    } finally {
      await jobs.stop();
    }
  });

  it('queues nothing when the activating transaction rolls back', async () => {
    const jobs = await startJobRunner(use(), { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      await jobs.boss.createQueue('retro-screening');
      const withJobs: AppDeps = { ...deps, jobs };
      const entryId = await insertActiveEntry(use().db, {
        officeId: org.kanimA2,
        names: ['Tono Sudarsono'],
      });
      await use()
        .db.transaction()
        .execute(async (trx) => {
          await enqueueRetroScreening(withJobs, trx, entryId);
          throw new Error('activation failed');
        })
        .catch(() => undefined);
      const queued = await jobs.boss.getQueueSize('retro-screening');
      expect(queued).toBe(0);
    } finally {
      await jobs.stop();
    }
  });
});
