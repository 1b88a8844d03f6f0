import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import type { SignedInUser, TestOrg } from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { remindOverdueActionItems } from './action-items.service.ts';
import type { ActionItemView } from './meetings.schema.ts';
import { createMeetingsWorld, type MeetingsWorld } from './meetings-test-helpers.ts';

describeWithDatabase('meeting action items', (use) => {
  // 03:00 UTC is 10:00 WIB on 25 November 2026.
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let analystA: SignedInUser;
  let supervisorA1: SignedInUser;
  let counterB: SignedInUser;
  let deps: AppDeps;
  let createMeeting: MeetingsWorld['createMeeting'];
  let addItem: MeetingsWorld['addItem'];

  beforeAll(async () => {
    ({ app, org, deps, analystA, supervisorA1, counterB, createMeeting, addItem } =
      await createMeetingsWorld(use(), clock));
  });
  afterAll(async () => {
    await app.close();
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
});
