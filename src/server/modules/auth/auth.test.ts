import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sign-in.ts';
import { auditSince, cookieOf, lastSeq, nextIp } from './auth-test-helpers.ts';
import { FAILED_SIGN_IN_FLOOR_MS } from './auth.service.ts';

const START = '2026-11-25T03:00:00.000Z';

describeWithDatabase('sign-in and sessions', (use) => {
  let app: FastifyInstance;
  const clock = createTestClock(START);
  let officeId: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    officeId = (await createTestOffice(use(), { kind: 'kanim', timeZone: 'Asia/Makassar' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  function signInRequest(username: string, password: string, headers: Record<string, string> = {}) {
    return app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password },
      headers,
      remoteAddress: nextIp(),
    });
  }

  it('signs in, sets a strict HttpOnly cookie and stores only the token hash', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const seq = await lastSeq(use());
    const res = await signInRequest(user.username, user.password);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const body = res.json<{
      user: { username: string; roleLabel: { id: string } };
      csrfToken: string;
    }>();
    expect(body.user.username).toBe(user.username);
    expect(body.user.roleLabel.id).toBe('Petugas Loket');
    const token = cookieOf(res).split('=')[1] ?? '';
    const stored = await use()
      .db.selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).not.toBe(token);
    expect(stored[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    const rows = await auditSince(use(), seq);
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in']);
    expect(rows[0]?.actor_username).toBe(user.username);

    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookieOf(res) },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json<{ csrfToken: string }>().csrfToken).toBe(body.csrfToken);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const user = await createTestUser(use(), { role: 'supervisor', officeId });
    const res = await signInRequest(`  ${user.username.toUpperCase()} `, user.password);
    expect(res.statusCode).toBe(200);
  });

  it('answers an unknown username exactly like a wrong password, and audits the name tried', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const seq = await lastSeq(use());
    const t0 = performance.now();
    const wrong = await signInRequest(user.username, 'not-the-password');
    const t1 = performance.now();
    const unknown = await signInRequest('nobody.here', 'not-the-password');
    const t2 = performance.now();
    // Both refusals wait for the same floor, so timing does not reveal which names exist.
    expect(t1 - t0).toBeGreaterThanOrEqual(FAILED_SIGN_IN_FLOOR_MS - 5);
    expect(t2 - t1).toBeGreaterThanOrEqual(FAILED_SIGN_IN_FLOOR_MS - 5);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const a = wrong.json<Record<string, unknown>>();
    const b = unknown.json<Record<string, unknown>>();
    for (const key of ['code', 'title', 'detail', 'errors']) expect(b[key]).toEqual(a[key]);
    const rows = await auditSince(use(), seq);
    expect(rows.map((r) => [r.action, r.details.reason, r.details.username])).toEqual([
      ['auth.sign_in_failed', 'wrong_password', user.username],
      ['auth.sign_in_failed', 'unknown_user', 'nobody.here'],
    ]);
  });

  it('locks after five failures, refuses even the right password, and doubles the lock', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const seq = await lastSeq(use());
    for (let i = 1; i <= 4; i += 1) {
      expect((await signInRequest(user.username, `wrong-${i}`)).statusCode).toBe(401);
    }
    const fifth = await signInRequest(user.username, 'wrong-5');
    expect(fifth.statusCode).toBe(423);
    const problem = fifth.json<{
      code: string;
      lockedUntil: string;
      lockedUntilLocal: string;
      detail: string;
    }>();
    expect(problem.code).toBe('locked');
    expect(problem.lockedUntil).toBe('2026-11-25T03:01:00.000Z');
    // The office is in WITA, but before the password is proved the lock reads in WIB for every
    // username: the office's zone would tell a stranger the account exists and where.
    expect(problem.lockedUntilLocal).toBe('2026-11-25 10:01 WIB');
    expect(problem.detail).toContain('10:01 WIB');

    clock.advance(30_000);
    const rightButLocked = await signInRequest(user.username, user.password);
    expect(rightButLocked.statusCode).toBe(423);

    clock.advance(31_000);
    const sixth = await signInRequest(user.username, 'wrong-6');
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json<{ lockedUntil: string }>().lockedUntil).toBe('2026-11-25T03:03:01.000Z');

    clock.advance(2 * 60_000 + 1_000);
    const ok = await signInRequest(user.username, user.password);
    expect(ok.statusCode).toBe(200);
    const row = await use()
      .db.selectFrom('users')
      .select(['failed_attempts', 'locked_until'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });

    const actions = (await auditSince(use(), seq)).map(
      (r) => `${r.action}:${(r.details.reason as string | undefined) ?? ''}`,
    );
    expect(actions).toEqual([
      'auth.sign_in_failed:wrong_password',
      'auth.sign_in_failed:wrong_password',
      'auth.sign_in_failed:wrong_password',
      'auth.sign_in_failed:wrong_password',
      'auth.sign_in_failed:wrong_password',
      'auth.locked:',
      'auth.sign_in_failed:locked',
      'auth.sign_in_failed:wrong_password',
      'auth.locked:',
      'auth.sign_in:',
    ]);
  });

  it('refuses a disabled user with the right password and audits it', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId, disabled: true });
    const seq = await lastSeq(use());
    const res = await signInRequest(user.username, user.password);
    expect(res.statusCode).toBe(403);
    const rows = await auditSince(use(), seq);
    expect(rows.map((r) => [r.action, r.details.reason])).toEqual([
      ['auth.sign_in_failed', 'disabled'],
    ]);
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const first = await signIn(app, user.username, user.password);
    const second = await signInRequest(user.username, user.password, first.headers);
    expect(second.statusCode).toBe(200);
    expect(cookieOf(second)).not.toBe(first.cookie);
    const old = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: first.cookie },
    });
    expect(old.statusCode).toBe(401);
    const fresh = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookieOf(second) },
    });
    expect(fresh.statusCode).toBe(200);
    const count = await use()
      .db.selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(count).toHaveLength(1);
  });

  it('still signs in a browser that carries an expired cookie', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const old = await signIn(app, user.username, user.password, undefined, { clock });
    clock.advance(31 * 60_000);
    const res = await signInRequest(user.username, user.password, { cookie: old.cookie });
    expect(res.statusCode).toBe(200);
  });

  it('expires a session after 30 idle minutes, sliding on activity', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const get = () =>
      app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    clock.advance(20 * 60_000);
    expect((await get()).statusCode).toBe(200);
    clock.advance(20 * 60_000);
    // 40 minutes after sign-in but 20 after the last request: still alive.
    expect((await get()).statusCode).toBe(200);
    clock.advance(30 * 60_000);
    const expired = await get();
    expect(expired.statusCode).toBe(401);
    expect(String(expired.headers['set-cookie'])).toMatch(/waspada_session=;/);
    const rows = await use()
      .db.selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('ends a session 12 hours after sign-in however active it stays', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const get = () =>
      app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    // A request every 25 minutes keeps the idle deadline moving for 11 h 40 min.
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      clock.set(new Date(Date.parse(START) + minutes * 60_000).toISOString());
      expect((await get()).statusCode, `at ${minutes} min`).toBe(200);
    }
    const row = await use()
      .db.selectFrom('sessions')
      .select('expires_at')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    // The idle deadline stops at the absolute one.
    expect(row.expires_at.toISOString()).toBe('2026-11-25T15:00:00.000Z');
    clock.set('2026-11-25T15:00:00.000Z');
    expect((await get()).statusCode).toBe(401);
  });

  it('slides the idle deadline at most once a minute', async () => {
    clock.set(START);
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const seen = async () =>
      (
        await use()
          .db.selectFrom('sessions')
          .select('last_seen_at')
          .where('user_id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at.toISOString();
    clock.advance(30_000);
    await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(await seen()).toBe(START);
    clock.advance(31_000);
    await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(await seen()).toBe('2026-11-25T03:01:01.000Z');
  });

  it.each([
    ['missing', undefined],
    ['wrong', 'not-the-token'],
  ])(
    'refuses a state-changing request whose CSRF token is %s and writes nothing',
    async (_case, token) => {
      const user = await createTestUser(use(), { role: 'counter_officer', officeId });
      const s = await signIn(app, user.username, user.password);
      const seq = await lastSeq(use());
      const res = await app.inject({
        method: 'PUT',
        url: '/api/account/language',
        headers: { cookie: s.cookie, ...(token ? { 'x-csrf-token': token } : {}) },
        payload: { language: 'en' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json<{ code: string }>().code).toBe('csrf');
      const row = await use()
        .db.selectFrom('users')
        .select('language')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(row.language).toBe('id');
      expect(await lastSeq(use())).toBe(seq);
      const signOut = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { cookie: s.cookie },
      });
      expect(signOut.statusCode).toBe(403);
    },
  );

  it('signs out: the cookie is cleared, the session deleted, the event audited', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password);
    const seq = await lastSeq(use());
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: s.headers });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/waspada_session=;/);
    const after = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(after.statusCode).toBe(401);
    expect((await auditSince(use(), seq)).map((r) => r.action)).toEqual(['auth.sign_out']);
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        // A new name each time: one name would lock after five tries, before the rate limit.
        payload: { username: `ghost-${i}`, password: 'whatever' },
        remoteAddress: '203.0.113.9',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
