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
import type { AppDeps } from '../../deps.ts';
import { remindOverdueActionItems } from './action-items.service.ts';
import type { ActionItemView, MeetingView } from './meetings.schema.ts';

/** The text shown by a PDF written without compression (pdfkit writes hex strings in TJ). */
function pdfText(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .split('\n')
    .filter((line) => line.endsWith('TJ'))
    .map((line) =>
      [...line.matchAll(/<([0-9a-f]+)>/g)]
        .map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}

describeWithDatabase('meetings', (use) => {
  // 03:00 UTC is 10:00 WIB on 25 November 2026.
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let analystA: SignedInUser;
  let headA: SignedInUser;
  let headB: SignedInUser;
  let supervisorA1: SignedInUser;
  let counterB: SignedInUser;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    analystA = await signInAs(app, use(), 'intel_analyst', org.kanwilA);
    headA = await signInAs(app, use(), 'head', org.kanwilA);
    headB = await signInAs(app, use(), 'head', org.kanwilB);
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    counterB = await signInAs(app, use(), 'counter_officer', org.kanimB1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function createMeeting(
    user: SignedInUser,
    body: Record<string, unknown> = {},
  ): Promise<MeetingView> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: user.headers,
      payload: {
        title: 'Rapat koordinasi uji',
        heldOn: '2026-11-20',
        place: 'Ruang rapat Kanwil A',
        hostOfficeId: org.kanwilA,
        participantOfficeIds: [org.kanimA1, org.kanwilB],
        tppoTypes: ['KAWIN_KONTRAK', 'ONLINE_SCAM'],
        topics: ['modus operandi', 'pencegahan'],
        minutes: 'Pembahasan pencegahan TPPO lintas Kanwil.',
        ...body,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function addItem(
    meetingId: string,
    body: Record<string, unknown>,
    user = analystA,
  ): Promise<{ statusCode: number; body: string; json: () => ActionItemView }> {
    const res = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/action-items`,
      headers: { ...user.headers, 'accept-language': 'en' },
      payload: body,
    });
    return { statusCode: res.statusCode, body: res.body, json: () => res.json() };
  }

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

  it('refuses an action item without an owner, naming ownerOfficeId, and writes nothing', async () => {
    const meeting = await createMeeting(analystA);
    const before = await use().db.selectFrom('action_items').select('id').execute();
    const res = await addItem(meeting.id, {
      description: 'Susun daftar desa',
      dueOn: '2026-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify((JSON.parse(res.body) as { errors: unknown }).errors)).toContain(
      'ownerOfficeId',
    );
    const after = await use().db.selectFrom('action_items').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses an owner office that did not take part, naming the field', async () => {
    const meeting = await createMeeting(analystA);
    const res = await addItem(meeting.id, {
      description: 'Susun daftar desa',
      ownerOfficeId: org.kanimA2,
      dueOn: '2026-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('ownerOfficeId');
  });

  it('closes an item only with evidence, and notifies the named owner when assigned', async () => {
    const meeting = await createMeeting(analystA);
    const created = await addItem(meeting.id, {
      description: 'Sosialisasi modus kawin kontrak di desa binaan',
      ownerOfficeId: org.kanimA1,
      ownerUserId: supervisorA1.id,
      ownerPerson: 'Kepala Seksi Inteldakim',
      dueOn: '2026-12-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    const note = await use()
      .db.selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', supervisorA1.id)
      .execute();
    expect(note.map((n) => n.kind)).toContain('action_item.assigned');

    const refused = await app.inject({
      method: 'PATCH',
      url: `/api/action-items/${item.id}`,
      headers: { ...supervisorA1.headers, 'accept-language': 'en' },
      payload: { status: 'done' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('evidenceText');

    const done = await app.inject({
      method: 'PATCH',
      url: `/api/action-items/${item.id}`,
      headers: supervisorA1.headers,
      payload: {
        status: 'done',
        evidenceText: 'Sosialisasi dilaksanakan 2 Desember 2026, 40 peserta.',
        evidenceAttachment: {
          name: 'daftar-hadir.txt',
          contentType: 'text/plain',
          dataBase64: Buffer.from('daftar hadir').toString('base64'),
        },
      },
    });
    expect(done.statusCode, done.body).toBe(200);
    const closed = done.json<ActionItemView>();
    expect(closed.status).toBe('done');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.evidenceAttachment?.name).toBe('daftar-hadir.txt');
    const file = await app.inject({
      url: `/api/meetings/attachments/${closed.evidenceAttachment?.id ?? ''}`,
      headers: analystA.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('daftar hadir');
  });

  it('lets neither a stranger nor another office change an item it does not own', async () => {
    const meeting = await createMeeting(analystA);
    const item = (
      await addItem(meeting.id, {
        description: 'Tukar data pemohon tertunda',
        ownerOfficeId: org.kanimA1,
        dueOn: '2026-12-10',
      })
    ).json();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/action-items/${item.id}`,
      headers: supervisorA1.headers,
      payload: { status: 'in_progress' },
    });
    expect(res.statusCode).toBe(403);
    const outside = await app.inject({
      url: `/api/meetings/${meeting.id}`,
      headers: counterB.headers,
    });
    // Kanim B1's counter officer sees only Kanim B1: Kanwil B's participation is not enough.
    expect(outside.statusCode).toBe(404);
  });

  it('refuses a file over 10 MB, naming the field', async () => {
    const meeting = await createMeeting(analystA);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    const res = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/attachments`,
      headers: { ...analystA.headers, 'accept-language': 'en' },
      payload: { name: 'besar.bin', contentType: 'application/octet-stream', dataBase64: big },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('dataBase64');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/attachments`,
      headers: analystA.headers,
      payload: {
        name: 'bahan.txt',
        contentType: 'text/plain',
        dataBase64: Buffer.from('bahan rapat').toString('base64'),
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<{ sizeBytes: number }>().sizeBytes).toBe(11);
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

  it('shows the follow-up per Kanwil grouped by owner office, overdue counted in WIB', async () => {
    const meeting = await createMeeting(analystA);
    await addItem(meeting.id, {
      description: 'Butir lewat tenggat',
      ownerOfficeId: org.kanwilB,
      dueOn: '2026-11-24',
    });
    await addItem(meeting.id, {
      description: 'Butir jatuh tempo hari ini',
      ownerOfficeId: org.kanwilB,
      dueOn: '2026-11-25',
    });
    const res = await app.inject({
      url: `/api/meetings/follow-up?kanwilId=${org.kanwilA}`,
      headers: analystA.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      groups: { ownerOffice: { id: string }; overdue: number; items: ActionItemView[] }[];
    }>();
    const b = body.groups.find((g) => g.ownerOffice.id === org.kanwilB);
    const mine = b?.items.filter((i) => i.meetingId === meeting.id) ?? [];
    expect(mine.map((i) => [i.description, i.overdue])).toEqual([
      ['Butir lewat tenggat', true],
      ['Butir jatuh tempo hari ini', false],
    ]);
    const refused = await app.inject({
      url: `/api/meetings/follow-up?kanwilId=${org.kanwilB}`,
      headers: supervisorA1.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('reminds overdue owners once a day, and again the next day', async () => {
    const meeting = await createMeeting(analystA);
    const item = (
      await addItem(meeting.id, {
        description: 'Butir untuk pengingat',
        ownerOfficeId: org.kanimA1,
        ownerUserId: supervisorA1.id,
        dueOn: '2026-11-26',
      })
    ).json();
    const countReminders = async (): Promise<number> =>
      (
        await use()
          .db.selectFrom('notifications')
          .select('id')
          .where('user_id', '=', supervisorA1.id)
          .where('kind', '=', 'action_item.overdue')
          .where('body', 'like', 'Butir untuk pengingat%')
          .execute()
      ).length;
    try {
      // 26 Nov 23:00 WIB: due today, not overdue yet.
      clock.set('2026-11-26T16:00:00.000Z');
      expect(await remindOverdueActionItems(deps)).not.toContain(item.id);
      // 27 Nov 00:30 WIB: overdue; a second run the same day sends nothing more.
      clock.set('2026-11-26T17:30:00.000Z');
      expect(await remindOverdueActionItems(deps)).toContain(item.id);
      expect(await remindOverdueActionItems(deps)).not.toContain(item.id);
      expect(await countReminders()).toBe(1);
      clock.set('2026-11-28T02:00:00.000Z');
      expect(await remindOverdueActionItems(deps)).toContain(item.id);
      expect(await countReminders()).toBe(2);
    } finally {
      clock.set('2026-11-25T03:00:00.000Z');
    }
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
