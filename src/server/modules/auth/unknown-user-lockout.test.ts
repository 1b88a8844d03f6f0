import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';

const START = '2026-11-25T03:00:00.000Z';
let ipCounter = 0;

/** What a caller sees of a refusal (the request id aside). */
function seen(res: LightMyRequestResponse) {
  const body = res.json<Record<string, unknown>>();
  return {
    status: res.statusCode,
    code: body.code,
    title: body.title,
    detail: body.detail,
    errors: body.errors,
    lockedUntil: body.lockedUntil,
    lockedUntilLocal: body.lockedUntilLocal,
  };
}

describeWithDatabase('lockout of unknown usernames', (use) => {
  let app: FastifyInstance;
  const clock = createTestClock(START);
  let officeId: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    // An office outside WIB: its zone must not show in a sign-in lock either.
    officeId = (await createTestOffice(use(), { kind: 'kanim', timeZone: 'Asia/Jayapura' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  function attempt(username: string, password: string) {
    ipCounter += 1;
    return app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password },
      remoteAddress: `10.9.${ipCounter >> 8}.${ipCounter & 255}`,
    });
  }

  it('locks an unknown username after the same failures, for the same time, with the same answer', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const unknown = 'belum.terdaftar';
    const steps: [number, string][] = [
      [0, 'salah-1'],
      [0, 'salah-2'],
      [0, 'salah-3'],
      [0, 'salah-4'],
      [0, 'salah-5'], // locks for one minute
      [30_000, 'salah-6'], // still locked: not counted
      [31_000, 'salah-7'], // the lock has passed: sixth failure, two minutes
      [2 * 60_000 + 1_000, 'salah-8'], // seventh, four minutes
    ];
    for (const [advance, password] of steps) {
      clock.advance(advance);
      const known = seen(await attempt(user.username, password));
      const other = seen(await attempt(unknown, password));
      expect(other, `${password} at ${clock().toISOString()}`).toEqual(known);
    }
    const last = seen(await attempt(unknown, 'salah-9'));
    expect(last).toMatchObject({
      status: 423,
      code: 'locked',
      lockedUntil: '2026-11-25T03:07:02.000Z',
      lockedUntilLocal: '2026-11-25 10:07 WIB',
    });
  });

  it('counts a username however it is typed, and audits as before with the lock', async () => {
    clock.set('2026-11-26T03:00:00.000Z');
    const before = await use()
      .db.selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const spellings = ['orang.asing', ' Orang.Asing', 'ORANG.ASING ', 'orang.asing', 'Orang.asing'];
    const statuses = [];
    for (const name of spellings) statuses.push((await attempt(name, 'tebakan')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    statuses.length = 0;
    statuses.push((await attempt('orang.asing', 'tebakan')).statusCode);
    expect(statuses).toEqual([423]);
    const rows = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('seq', '>', before.seq)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.action, r.details.reason ?? null, r.details.username])).toEqual([
      ['auth.sign_in_failed', 'unknown_user', 'orang.asing'],
      ['auth.sign_in_failed', 'unknown_user', 'orang.asing'],
      ['auth.sign_in_failed', 'unknown_user', 'orang.asing'],
      ['auth.sign_in_failed', 'unknown_user', 'orang.asing'],
      ['auth.sign_in_failed', 'unknown_user', 'orang.asing'],
      ['auth.locked', null, 'orang.asing'],
      ['auth.sign_in_failed', 'locked', 'orang.asing'],
    ]);
    const row = await use()
      .db.selectFrom('sign_in_failures')
      .selectAll()
      .where('username', '=', 'orang.asing')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(5);
    expect(row.locked_until?.toISOString()).toBe('2026-11-26T03:01:00.000Z');
  });
});
