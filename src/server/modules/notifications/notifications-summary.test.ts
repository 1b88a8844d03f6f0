import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { NotificationSummary } from './notifications-summary.service.ts';

describeWithDatabase('notification summary', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let headA: SignedInUser;
  let supervisor: SignedInUser;
  let counter: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    headA = await signInAs(app, use(), 'head', org.kanwilA);
    supervisor = await signInAs(app, use(), 'supervisor', org.kanimA1);
    counter = await signInAs(app, use(), 'counter_officer', org.kanimA1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function summary(user: SignedInUser): Promise<NotificationSummary> {
    const res = await app.inject({ url: '/api/notifications/summary', headers: user.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('counts nothing for a new user, and null for what the role cannot approve', async () => {
    const s = await summary(counter);
    expect(s).toMatchObject({ overdueActions: 0, unreadBulletins: 0, openAlerts: 0 });
    expect(s.approvalsWaiting).toEqual({
      total: 0,
      screenings: null,
      watchlist: null,
      sharingAgreements: null,
    });
  });

  it('counts unconfirmed bulletins, overdue owned items and sharing approvals waiting', async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/api/bulletins',
      headers: headA.headers,
      payload: {
        priority: 'biasa',
        title: 'Buletin untuk ringkasan',
        bodyMarkdown: 'Isi buletin.',
        audience: { officeIds: [org.kanimA1] },
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const meeting = await app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: headA.headers,
      payload: {
        title: 'Rapat ringkasan',
        heldOn: '2026-11-01',
        place: 'Ruang rapat',
        hostOfficeId: org.kanwilA,
        participantOfficeIds: [org.kanimA1],
      },
    });
    const meetingId = meeting.json<{ id: string }>().id;
    for (const dueOn of ['2026-11-20', '2026-12-20']) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/meetings/${meetingId}/action-items`,
        headers: headA.headers,
        payload: {
          description: `Butir ${dueOn}`,
          ownerOfficeId: org.kanimA1,
          ownerUserId: supervisor.id,
          dueOn,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      status: 'draft',
    });
    const s = await summary(supervisor);
    expect(s.unreadBulletins).toBe(1);
    expect(s.overdueActions).toBe(1);
    expect(s.approvalsWaiting.screenings).toBe(0);
    expect(s.unreadNotifications).toBeGreaterThanOrEqual(3);
    const head = await summary(headA);
    expect(head.approvalsWaiting.sharingAgreements).toBe(1);
    expect(head.approvalsWaiting.total).toBe(1);
    expect(head.unreadBulletins).toBe(0);
  });

  it('refuses anonymous callers', async () => {
    const res = await app.inject({ url: '/api/notifications/summary' });
    expect(res.statusCode).toBe(401);
  });
});
