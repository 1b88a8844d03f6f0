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
});
