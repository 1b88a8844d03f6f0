import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { whileWritesFail } from '../../../../test/support/failing-writes.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

describeWithDatabase('a kesepakatan with a sharing draft: one transaction, one result', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let headA: SignedInUser;
  let headB: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    headA = await signInAs(app, use(), 'head', org.kanwilA, undefined, clock);
    // The other party's head is asked to approve every draft.
    headB = await signInAs(app, use(), 'head', org.kanwilB, undefined, clock);
  });
  afterAll(async () => {
    await app.close();
  });

  async function createMeeting(title: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: headA.headers,
      payload: {
        title,
        heldOn: '2026-11-20',
        place: 'Ruang rapat Kanwil A',
        hostOfficeId: org.kanwilA,
        participantOfficeIds: [org.kanwilB],
        tppoTypes: ['ONLINE_SCAM'],
        topics: ['berbagi data'],
        minutes: 'Pembahasan berbagi data penundaan paspor.',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  }

  function addAgreement(meetingId: string) {
    return app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/agreements`,
      headers: { ...headA.headers, 'accept-language': 'en' },
      payload: {
        text: 'Kedua Kanwil saling berbagi data penundaan paspor.',
        partyOfficeIds: [org.kanwilA, org.kanwilB],
        status: 'agreed',
        sharing: { dataKinds: ['screening_decisions'], validFrom: '2026-12-01' },
      },
    });
  }

  async function written(meetingId: string, title: string) {
    const db = use().db;
    const agreements = await db
      .selectFrom('meeting_agreements')
      .select(['id', 'sharing_agreement_id'])
      .where('meeting_id', '=', meetingId)
      .execute();
    const drafts = await db
      .selectFrom('sharing_agreements')
      .select('id')
      .where('title', '=', `Kesepakatan rapat: ${title}`)
      .execute();
    // Counted over the whole suite: each test compares with what it saw before.
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['sharing.propose', 'meeting.agreement_add'])
      .execute();
    const asked = await db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'sharing.approval_needed')
      .where('user_id', '=', headB.id)
      .execute();
    const count = (action: string) => audit.filter((a) => a.action === action).length;
    return {
      agreements,
      drafts,
      proposed: count('sharing.propose'),
      added: count('meeting.agreement_add'),
      asked: asked.length,
    };
  }

  it('proposes no draft when the kesepakatan cannot be stored, and the retry stores both', async () => {
    const title = 'Rapat gagal simpan';
    const meetingId = await createMeeting(title);
    const before = await written(meetingId, title);
    const failed = await whileWritesFail(
      use().db,
      { table: 'meeting_agreements', on: 'INSERT' },
      () => addAgreement(meetingId),
    );
    expect(failed.statusCode).toBe(500);
    expect(await written(meetingId, title)).toEqual(before);

    const retried = await addAgreement(meetingId);
    expect(retried.statusCode, retried.body).toBe(201);
    const after = await written(meetingId, title);
    expect(after.drafts).toHaveLength(1);
    expect(after.agreements).toEqual([
      { id: retried.json<{ id: string }>().id, sharing_agreement_id: after.drafts[0]?.id },
    ]);
    expect(after).toMatchObject({
      proposed: before.proposed + 1,
      added: before.added + 1,
      asked: before.asked + 1,
    });
  });

  it('stores one kesepakatan and one draft when the same one is submitted twice at once', async () => {
    const title = 'Rapat kirim ganda';
    const meetingId = await createMeeting(title);
    const before = await written(meetingId, title);
    const [a, b] = await Promise.all([addAgreement(meetingId), addAgreement(meetingId)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect((await addAgreement(meetingId)).statusCode).toBe(409);
    const after = await written(meetingId, title);
    expect(after.agreements).toHaveLength(1);
    expect(after.drafts).toHaveLength(1);
    expect(after.agreements[0]?.sharing_agreement_id).toBe(after.drafts[0]?.id);
    expect(after).toMatchObject({
      proposed: before.proposed + 1,
      added: before.added + 1,
      asked: before.asked + 1,
    });
  });
});
