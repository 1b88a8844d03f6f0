import { expect, it } from 'vitest';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { createTestApp, createTestClock } from '../../../test/support/app.ts';
import { createTestOrg, signInAs } from '../../../test/support/org-factories.ts';
import { deleteExpiredSessions } from './core-jobs.ts';

describeWithDatabase('session cleanup', (use) => {
  it('removes sessions idle past their deadline and keeps live ones', async () => {
    const clock = createTestClock();
    const { app, deps } = await createTestApp(use(), clock);
    const org = await createTestOrg(use());
    const user = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    expect(await deleteExpiredSessions(deps)).toBe(0);
    clock.advance(31 * 60_000);
    expect(await deleteExpiredSessions(deps)).toBe(1);
    const res = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: user.headers,
    });
    expect(res.statusCode).toBe(401);
    await app.close();
  });

  it('removes sessions past their absolute lifetime even when active', async () => {
    const clock = createTestClock();
    const { app, deps } = await createTestApp(use(), clock, { sessionMaxHours: 2 });
    const org = await createTestOrg(use());
    const user = await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
    const get = () =>
      app.inject({ method: 'GET', url: '/api/auth/session', headers: user.headers });
    for (let i = 0; i < 4; i += 1) {
      clock.advance(25 * 60_000);
      expect((await get()).statusCode).toBe(200);
      expect(await deleteExpiredSessions(deps)).toBe(0);
    }
    // 1 h 40 min after sign-in, seen just now: the idle deadline would be 2 h 10 min.
    await use()
      .db.updateTable('sessions')
      .set({ expires_at: new Date(clock().getTime() + 30 * 60_000) })
      .execute();
    clock.advance(20 * 60_000);
    expect(await deleteExpiredSessions(deps)).toBe(1);
    expect((await get()).statusCode).toBe(401);
    await app.close();
  });
});
