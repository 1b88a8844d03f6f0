import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { dateInZone, effectiveStatusOf } from './agreement-validity.ts';
import type { AgreementView } from './sharing.schema.ts';

describe('effectiveStatusOf', () => {
  const at = new Date('2026-11-25T16:30:00.000Z'); // 23:30 WIB, 00:30 WITA on the 26th
  it.each([
    [{ status: 'draft', validFrom: '2026-01-01', validUntil: null }, 'Asia/Jakarta', 'draft'],
    [{ status: 'ended', validFrom: '2026-01-01', validUntil: null }, 'Asia/Jakarta', 'ended'],
    [
      { status: 'active', validFrom: '2026-11-25', validUntil: '2026-11-25' },
      'Asia/Jakarta',
      'active',
    ],
    [
      { status: 'active', validFrom: '2026-11-25', validUntil: '2026-11-25' },
      'Asia/Makassar',
      'expired',
    ],
    [{ status: 'active', validFrom: '2026-11-26', validUntil: null }, 'Asia/Jakarta', 'scheduled'],
    [{ status: 'active', validFrom: '2026-11-26', validUntil: null }, 'Asia/Jayapura', 'active'],
  ] as const)('reads %o in %s as %s', (terms, zone, want) => {
    expect(effectiveStatusOf(terms, zone, at)).toBe(want);
  });

  it('gives the calendar date of an instant in each zone', () => {
    expect(dateInZone(at, 'Asia/Jakarta')).toBe('2026-11-25');
    expect(dateInZone(at, 'Asia/Jayapura')).toBe('2026-11-26');
  });
});

describeWithDatabase('sharing agreements', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let headA: SignedInUser;
  let headB: SignedInUser;
  let headKanimA1: SignedInUser;
  let headC: SignedInUser;
  let analystA1: SignedInUser;
  let auditor: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    const kanwilC = (await createTestOffice(use(), { kind: 'kanwil' })).id;
    headA = await signInAs(app, use(), 'head', org.kanwilA);
    headB = await signInAs(app, use(), 'head', org.kanwilB);
    headKanimA1 = await signInAs(app, use(), 'head', org.kanimA1);
    headC = await signInAs(app, use(), 'head', kanwilC);
    analystA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    auditor = await signInAs(app, use(), 'auditor', org.kanwilA, undefined, clock);
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

  async function propose(title = 'Kerja sama uji'): Promise<AgreementView> {
    const res = await call(headA, 'POST', '/api/sharing-agreements', {
      title,
      dataKinds: ['watchlist', 'alerts'],
      partyOfficeIds: [org.kanwilA, org.kanwilB],
      validFrom: '2026-11-01',
      validUntil: '2027-10-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<AgreementView>();
  }

  async function notificationsOf(user: SignedInUser, kind: string, link: string) {
    return use()
      .db.selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', user.id)
      .where('kind', '=', kind)
      .where('link', '=', link)
      .execute();
  }

  async function auditActions(id: string): Promise<string[]> {
    const rows = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.action);
  }

  it('becomes active only when every party has approved, telling the heads at each step', async () => {
    const draft = await propose();
    const link = `/sharing-agreements/${draft.id}`;
    expect(draft).toMatchObject({
      status: 'draft',
      effectiveStatus: 'draft',
      timeZone: 'Asia/Jakarta',
    });
    expect(draft.proposingOffice?.id).toBe(org.kanwilA);
    for (const head of [headA, headB]) {
      expect(await notificationsOf(head, 'sharing.approval_needed', link)).toHaveLength(1);
    }
    expect(await notificationsOf(headC, 'sharing.approval_needed', link)).toHaveLength(0);

    const first = await call(headA, 'POST', `/api/sharing-agreements/${draft.id}/approve`, {});
    expect(first.statusCode).toBe(200);
    const half = first.json<AgreementView>();
    expect(half.status).toBe('draft');
    expect(half.parties.find((p) => p.officeId === org.kanwilA)?.approvedBy?.id).toBe(headA.id);
    expect(half.parties.find((p) => p.officeId === org.kanwilB)?.approvedBy).toBeNull();

    const second = await call(headB, 'POST', `/api/sharing-agreements/${draft.id}/approve`);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<AgreementView>()).toMatchObject({
      status: 'active',
      effectiveStatus: 'active',
      activatedAt: clock().toISOString(),
    });
    for (const head of [headA, headB]) {
      expect(await notificationsOf(head, 'sharing.active', link)).toHaveLength(1);
    }
    expect(await auditActions(draft.id)).toEqual([
      'sharing.propose',
      'sharing.approve',
      'sharing.approve',
      'sharing.activate',
    ]);

    const scope = await call(analystA1, 'GET', '/api/access/scope?kind=alerts');
    const offices = scope.json<{
      offices: { id: string; reason: string }[];
      agreementIds: string[];
    }>();
    expect(offices.offices.find((o) => o.id === org.kanimB1)?.reason).toBe('agreement');
    expect(offices.agreementIds).toContain(draft.id);
    const notShared = await call(analystA1, 'GET', '/api/access/scope?kind=cases');
    expect(notShared.json<{ offices: { id: string }[] }>().offices.map((o) => o.id)).not.toContain(
      org.kanimB1,
    );
  });

  it('refuses approving twice, approving for another party, and approving from outside the parties', async () => {
    const draft = await propose();
    const url = `/api/sharing-agreements/${draft.id}/approve`;
    expect((await call(headA, 'POST', url, {})).statusCode).toBe(200);
    const twice = await call(headA, 'POST', url, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ detail: string }>().detail).toMatch(/already approved/);
    const forOther = await call(headA, 'POST', url, { partyOfficeId: org.kanwilB });
    expect(forOther.statusCode).toBe(403);
    // The head of a Kanim under a party Kanwil is not that party.
    expect((await call(headKanimA1, 'POST', url, {})).statusCode).toBe(403);
    expect((await call(headC, 'POST', url, {})).statusCode).toBe(403);
    expect(await auditActions(draft.id)).toEqual(['sharing.propose', 'sharing.approve']);
  });

  it('withdraws approvals when a draft changes, and refuses to change an active agreement', async () => {
    const draft = await propose();
    await call(headA, 'POST', `/api/sharing-agreements/${draft.id}/approve`, {});
    const changed = await call(headA, 'PATCH', `/api/sharing-agreements/${draft.id}`, {
      dataKinds: ['watchlist'],
    });
    expect(changed.statusCode).toBe(200);
    const view = changed.json<AgreementView>();
    expect(view.dataKinds).toEqual(['watchlist']);
    expect(view.parties.every((p) => p.approvedBy === null)).toBe(true);
    await call(headA, 'POST', `/api/sharing-agreements/${draft.id}/approve`, {});
    await call(headB, 'POST', `/api/sharing-agreements/${draft.id}/approve`, {});
    const edit = await call(headA, 'PATCH', `/api/sharing-agreements/${draft.id}`, {
      title: 'Judul lain',
    });
    expect(edit.statusCode).toBe(409);
    const again = await call(headB, 'POST', `/api/sharing-agreements/${draft.id}/approve`, {});
    expect(again.statusCode).toBe(409);
  });

  it('ends an active agreement with a reason, and refuses to end a draft or end twice', async () => {
    const draft = await propose();
    const endDraft = await call(headA, 'POST', `/api/sharing-agreements/${draft.id}/end`, {
      reason: 'Tidak jadi dilanjutkan oleh kedua pihak',
    });
    expect(endDraft.statusCode).toBe(409);
    expect(endDraft.json<{ detail: string }>().detail).toMatch(/draft/);

    const id = await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
    const reason = 'Digantikan perjanjian nasional yang baru';
    const outsider = await call(headC, 'POST', `/api/sharing-agreements/${id}/end`, { reason });
    expect(outsider.statusCode).toBe(403);
    const ended = await call(headB, 'POST', `/api/sharing-agreements/${id}/end`, { reason });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<AgreementView>()).toMatchObject({
      status: 'ended',
      endReason: reason,
      endedBy: headB.id,
    });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['reason', 'actor_user_id'])
      .where('action', '=', 'sharing.end')
      .where('target_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ reason, actor_user_id: headB.id });
    expect(await notificationsOf(headA, 'sharing.ended', `/sharing-agreements/${id}`)).toHaveLength(
      1,
    );
    const twice = await call(headB, 'POST', `/api/sharing-agreements/${id}/end`, { reason });
    expect(twice.statusCode).toBe(409);
  });

  it('counts an agreement past its last day as expired, and will not approve one', async () => {
    const expired = await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      validUntil: '2026-11-24',
    });
    const res = await call(headA, 'GET', '/api/sharing-agreements?status=expired');
    const ids = res.json<{ agreements: AgreementView[] }>().agreements.map((a) => a.id);
    expect(ids).toContain(expired);
    const detail = await call(headA, 'GET', `/api/sharing-agreements/${expired}`);
    expect(detail.json<AgreementView>()).toMatchObject({
      status: 'active',
      effectiveStatus: 'expired',
    });

    const stale = await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      status: 'draft',
      validFrom: '2026-01-01',
      validUntil: '2026-11-24',
    });
    const approve = await call(headA, 'POST', `/api/sharing-agreements/${stale}/approve`, {});
    expect(approve.statusCode).toBe(409);
  });

  it('lists for each user only the agreements their side takes part in; national scope sees all', async () => {
    const own = await createTestAgreement(use(), { parties: [org.kanimA2, org.kanimB1] });
    const list = async (user: SignedInUser) =>
      (await call(user, 'GET', '/api/sharing-agreements'))
        .json<{ agreements: AgreementView[] }>()
        .agreements.map((a) => a.id);
    expect(await list(headA)).toContain(own); // Kanwil A oversees Kanim A2
    expect(await list(auditor)).toContain(own);
    expect(await list(headC)).toEqual([]);
    const forbidden = await call(headC, 'GET', `/api/sharing-agreements/${own}`);
    expect(forbidden.statusCode).toBe(403);
  });

  it('requires the proposer to be on one side of the agreement', async () => {
    const res = await call(headC, 'POST', '/api/sharing-agreements', {
      title: 'Bukan urusan kami',
      dataKinds: ['watchlist'],
      partyOfficeIds: [org.kanwilA, org.kanwilB],
      validFrom: '2026-12-01',
    });
    expect(res.statusCode).toBe(403);
  });
});
