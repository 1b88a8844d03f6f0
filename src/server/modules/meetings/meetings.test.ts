import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { MeetingView } from './meetings.schema.ts';
import { createMeetingsWorld, type MeetingsWorld } from './meetings-test-helpers.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';

describeWithDatabase('meetings', (use) => {
  // 03:00 UTC is 10:00 WIB on 25 November 2026.
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let analystA: SignedInUser;
  let headA: SignedInUser;
  let headB: SignedInUser;
  let createMeeting: MeetingsWorld['createMeeting'];
  let addItem: MeetingsWorld['addItem'];

  beforeAll(async () => {
    ({ app, org, analystA, headA, headB, createMeeting, addItem } = await createMeetingsWorld(
      use(),
      clock,
    ));
  });
  afterAll(async () => {
    await app.close();
  });

  it('records a meeting with its host among the participants and audits it', async () => {
    const meeting = await createMeeting(analystA);
    expect(meeting.hostOffice.id).toBe(org.kanwilA);
    expect(meeting.participants.map((p) => p.id).sort()).toEqual(
      [org.kanwilA, org.kanimA1, org.kanwilB].sort(),
    );
    expect(meeting.canManage).toBe(true);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', meeting.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('meeting.create');
  });

  it('changes the minutes alone without emptying participants, types or topics', async () => {
    const meeting = await createMeeting(analystA);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/meetings/${meeting.id}`,
      headers: analystA.headers,
      payload: { minutes: 'Notulen yang diperbarui.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const changed = res.json<MeetingView>();
    expect(changed.minutes).toBe('Notulen yang diperbarui.');
    expect(changed.participants.map((p) => p.id).sort()).toEqual(
      meeting.participants.map((p) => p.id).sort(),
    );
    expect(changed.tppoTypes).toEqual(meeting.tppoTypes);
    expect(changed.topics).toEqual(meeting.topics);
  });

  it('proposes a draft sharing agreement from a kesepakatan, pending every party head', async () => {
    const meeting = await createMeeting(headA);
    const res = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/agreements`,
      headers: headA.headers,
      payload: {
        text: 'Kedua Kanwil saling berbagi data penundaan paspor.',
        partyOfficeIds: [org.kanwilA, org.kanwilB],
        status: 'agreed',
        sharing: { dataKinds: ['screening_decisions'], validFrom: '2026-12-01' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const agreement = res.json<{ sharingAgreementId: string; sharingAgreementStatus: string }>();
    expect(agreement.sharingAgreementStatus).toBe('draft');
    const parties = await use()
      .db.selectFrom('sharing_agreement_parties')
      .selectAll()
      .where('agreement_id', '=', agreement.sharingAgreementId)
      .execute();
    expect(parties.map((p) => p.office_id).sort()).toEqual([org.kanwilA, org.kanwilB].sort());
    expect(parties.every((p) => p.approved_by === null)).toBe(true);
    const asked = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'sharing.approval_needed')
      .execute();
    expect(asked.map((a) => a.user_id)).toContain(headB.id);
  });

  it('refuses a sharing draft from a role that may not propose one', async () => {
    const meeting = await createMeeting(analystA);
    const res = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/agreements`,
      headers: analystA.headers,
      payload: {
        text: 'Berbagi data.',
        partyOfficeIds: [org.kanwilA, org.kanwilB],
        sharing: { dataKinds: ['alerts'], validFrom: '2026-12-01' },
      },
    });
    expect(res.statusCode).toBe(403);
  });

  it('renders the minutes as a PDF with the title and an action item owner', async () => {
    const meeting = await createMeeting(analystA, { title: 'Rapat Notulen Uji' });
    await addItem(meeting.id, {
      description: 'Laporkan hasil pemeriksaan',
      ownerOfficeId: org.kanimA1,
      ownerPerson: 'Budi Santoso',
      dueOn: '2026-12-15',
    });
    const res = await app.inject({
      url: `/api/meetings/${meeting.id}/minutes.pdf`,
      headers: analystA.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Rapat Notulen Uji');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('NOTULEN RAPAT KOORDINASI');
  });

  it('lists meetings by scope: a partner Kanwil under an active agreement sees them', async () => {
    const meeting = await createMeeting(analystA, { participantOfficeIds: [org.kanimA1] });
    const analystB = await signInAs(app, use(), 'intel_analyst', org.kanwilB);
    const list = async (user: SignedInUser): Promise<string[]> => {
      const res = await app.inject({ url: '/api/meetings?limit=200', headers: user.headers });
      expect(res.statusCode).toBe(200);
      return res.json<{ items: { id: string }[] }>().items.map((m) => m.id);
    };
    expect(await list(analystB)).not.toContain(meeting.id);
    await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      dataKinds: ['village_reports'],
    });
    expect(await list(analystB)).toContain(meeting.id);
  });
});
