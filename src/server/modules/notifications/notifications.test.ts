import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestUser } from '../../../../test/support/factories.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { notifyRole, notifyUsers, type NotificationView } from './notifications.service.ts';

describeWithDatabase('notifications', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let user: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    user = await signInAs(app, use(), 'supervisor', org.kanimA1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function list(query = ''): Promise<{ items: NotificationView[]; unread: number }> {
    const res = await app.inject({ url: `/api/notifications${query}`, headers: user.headers });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  it('sends once per user, and by role only to enabled users at the named offices', async () => {
    const db = use().db;
    expect(await notifyUsers(db, [user.id, user.id], { kind: 'test.once', title: 'Sekali' })).toBe(
      1,
    );
    const here = await createTestUser(use(), { role: 'head', officeId: org.kanimA2 });
    const there = await createTestUser(use(), { role: 'head', officeId: org.kanimB1 });
    const off = await createTestUser(use(), {
      role: 'head',
      officeId: org.kanimA2,
      disabled: true,
    });
    const sent = await notifyRole(db, 'head', [org.kanimA2], { kind: 'test.role', title: 'Peran' });
    expect(sent).toBe(1);
    const rows = await db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'test.role')
      .execute();
    expect(rows.map((r) => r.user_id)).toEqual([here.id]);
    expect([there.id, off.id]).not.toContain(rows[0]?.user_id);
    expect(await notifyRole(db, 'head', [], { kind: 'test.none', title: 'Tidak ada' })).toBe(0);
  });

  it('lists unread first, newest first within each group, and marks one read once', async () => {
    const db = use().db;
    for (const title of ['Lama', 'Tengah', 'Baru']) {
      clock.advance(60_000);
      await db
        .insertInto('notifications')
        .values({ user_id: user.id, kind: 'test.order', title, created_at: clock() })
        .execute();
    }
    const before = await list();
    const tengah = before.items.find((n) => n.title === 'Tengah');
    if (!tengah) throw new Error('missing notification');
    clock.advance(1000);
    const marked = await app.inject({
      method: 'POST',
      url: `/api/notifications/${tengah.id}/read`,
      headers: user.headers,
    });
    expect(marked.json<NotificationView>().readAt).toBe(clock().toISOString());
    const firstReadAt = clock().toISOString();
    clock.advance(1000);
    const again = await app.inject({
      method: 'POST',
      url: `/api/notifications/${tengah.id}/read`,
      headers: user.headers,
    });
    expect(again.json<NotificationView>().readAt).toBe(firstReadAt);

    const after = await list();
    expect(after.unread).toBe(before.unread - 1);
    const titles = after.items.filter((n) => n.kind === 'test.order').map((n) => n.title);
    expect(titles).toEqual(['Baru', 'Lama', 'Tengah']);
    const unreadOnly = await list('?unreadOnly=true');
    expect(unreadOnly.items.every((n) => n.readAt === null)).toBe(true);
  });

  it('marks all of the own notifications read and leaves other users alone', async () => {
    const other = await createTestUser(use(), { role: 'supervisor', officeId: org.kanimA1 });
    await notifyUsers(use().db, [other.id], { kind: 'test.other', title: 'Lain' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: user.headers,
    });
    expect(res.json<{ marked: number }>().marked).toBeGreaterThan(0);
    expect((await list()).unread).toBe(0);
    const theirs = await use()
      .db.selectFrom('notifications')
      .select('read_at')
      .where('user_id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(theirs.read_at).toBeNull();
  });
});
