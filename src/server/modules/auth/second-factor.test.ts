import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sign-in.ts';
import { auditSince, cookieOf, lastSeq, nextIp } from './auth-test-helpers.ts';
import { currentTotpCode } from './totp.ts';

const START = '2026-11-25T03:00:00.000Z';

describeWithDatabase('second factor', (use) => {
  let app: FastifyInstance;
  const clock = createTestClock(START);
  let officeId: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    officeId = (await createTestOffice(use())).id;
  });
  afterAll(async () => {
    await app.close();
  });

  async function passwordStep(username: string, password: string) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password },
      remoteAddress: nextIp(),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      csrfToken: string;
      secondFactorRequired: boolean;
      totpEnrolmentRequired: boolean;
    }>();
    return { ...body, headers: { cookie: cookieOf(res), 'x-csrf-token': body.csrfToken } };
  }

  function sendCode(headers: Record<string, string>, code: string) {
    return app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers,
      payload: { code },
      remoteAddress: nextIp(),
    });
  }

  it('counts the absolute lifetime from the password step, not from the code', async () => {
    clock.set(START);
    const admin = await createTestUser(use(), { role: 'administrator', officeId });
    const pending = await passwordStep(admin.username, admin.password);
    clock.advance(10 * 60_000);
    const done = await sendCode(pending.headers, currentTotpCode(admin.totpSecret ?? '', clock()));
    expect(done.statusCode).toBe(200);
    const row = await use()
      .db.selectFrom('sessions')
      .select(['created_at', 'expires_at'])
      .where('user_id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(row.created_at.toISOString()).toBe(START);
    clock.set('2026-11-25T14:59:00.000Z');
    await use()
      .db.updateTable('sessions')
      .set({ expires_at: new Date('2026-11-26T00:00:00Z') })
      .where('user_id', '=', admin.id)
      .execute();
    const headers = { cookie: cookieOf(done) };
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode,
    ).toBe(200);
    clock.set('2026-11-25T15:00:00.000Z');
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode,
    ).toBe(401);
  });

  it('holds an enrolled user at the TOTP step, then completes under a new token', async () => {
    clock.set(START);
    const admin = await createTestUser(use(), { role: 'administrator', officeId });
    const secret = admin.totpSecret ?? '';
    const seq = await lastSeq(use());
    const pending = await passwordStep(admin.username, admin.password);
    expect(pending.secondFactorRequired).toBe(true);

    const blocked = await app.inject({
      method: 'GET',
      url: '/api/users',
      headers: pending.headers,
    });
    expect(blocked.statusCode).toBe(401);

    const wrong = await sendCode(
      pending.headers,
      currentTotpCode(secret, new Date('2020-01-01T00:00:00Z')),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('code');

    const done = await sendCode(pending.headers, currentTotpCode(secret, clock()));
    expect(done.statusCode).toBe(200);
    expect(done.json<{ secondFactorRequired: boolean }>().secondFactorRequired).toBe(false);
    const full = {
      cookie: cookieOf(done),
      'x-csrf-token': done.json<{ csrfToken: string }>().csrfToken,
    };
    expect(full.cookie).not.toBe(pending.headers.cookie);
    const pendingAfter = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: pending.headers,
    });
    expect(pendingAfter.statusCode).toBe(401);
    const users = await app.inject({ method: 'GET', url: '/api/users', headers: full });
    expect(users.statusCode).toBe(200);

    const rows = await auditSince(use(), seq);
    expect(
      rows.map((r) => `${r.action}:${(r.details.reason as string | undefined) ?? ''}`),
    ).toEqual(['auth.sign_in:', 'auth.totp_failed:wrong_code', 'auth.totp_verified:']);
  });

  it('refuses a code whose time step was already used', async () => {
    clock.set('2026-11-25T04:00:05.000Z');
    const admin = await createTestUser(use(), { role: 'auditor', officeId });
    const secret = admin.totpSecret ?? '';
    const code = currentTotpCode(secret, clock());
    const first = await passwordStep(admin.username, admin.password);
    expect((await sendCode(first.headers, code)).statusCode).toBe(200);
    const second = await passwordStep(admin.username, admin.password);
    const replay = await sendCode(second.headers, code);
    expect(replay.statusCode).toBe(400);
    expect(replay.json<{ reason: string }>().reason).toBe('replayed');
    clock.advance(30_000);
    expect((await sendCode(second.headers, currentTotpCode(secret, clock()))).statusCode).toBe(200);
  });

  it('counts wrong codes toward the lockout', async () => {
    clock.set('2026-11-25T05:00:00.000Z');
    const admin = await createTestUser(use(), { role: 'administrator', officeId });
    const pending = await passwordStep(admin.username, admin.password);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await sendCode(pending.headers, '000000')).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 423]);
    const right = await sendCode(pending.headers, currentTotpCode(admin.totpSecret ?? '', clock()));
    expect(right.statusCode).toBe(423);
  });

  it('lets an administrator without TOTP use only the enrolment endpoints until enrolled', async () => {
    clock.set('2026-11-25T06:00:00.000Z');
    const admin = await createTestUser(use(), { role: 'administrator', officeId, totp: false });
    const seq = await lastSeq(use());
    const s = await passwordStep(admin.username, admin.password);
    expect(s.totpEnrolmentRequired).toBe(true);
    expect(s.secondFactorRequired).toBe(false);

    for (const [method, url, payload] of [
      ['GET', '/api/users', undefined],
      ['GET', '/api/roles', undefined],
      ['PUT', '/api/account/language', { language: 'en' }],
      [
        'POST',
        '/api/account/password',
        { currentPassword: admin.password, newPassword: 'x'.repeat(20) },
      ],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: s.headers,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: s.headers,
    });
    expect(session.json<{ totpEnrolmentRequired: boolean }>().totpEnrolmentRequired).toBe(true);
    // The TOTP sign-in step is not the way out of enrolment.
    expect((await sendCode(s.headers, '123456')).statusCode).toBe(409);

    const start = await app.inject({
      method: 'POST',
      url: '/api/account/totp/start',
      headers: s.headers,
    });
    expect(start.statusCode).toBe(200);
    const enrol = start.json<{ secret: string; otpauthUri: string; qrSvg: string }>();
    expect(enrol.otpauthUri).toMatch(/^otpauth:\/\/totp\/Waspada:/);
    expect(enrol.qrSvg).toMatch(/^<svg/);
    const stored = await use()
      .db.selectFrom('users')
      .select(['totp_secret', 'totp_pending_secret'])
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ totp_secret: null, totp_pending_secret: enrol.secret });

    const confirmWrong = await app.inject({
      method: 'POST',
      url: '/api/account/totp/confirm',
      headers: s.headers,
      payload: { code: currentTotpCode(enrol.secret, new Date('2020-01-01T00:00:00Z')) },
    });
    expect(confirmWrong.statusCode).toBe(400);
    const confirm = await app.inject({
      method: 'POST',
      url: '/api/account/totp/confirm',
      headers: s.headers,
      payload: { code: currentTotpCode(enrol.secret, clock()) },
    });
    expect(confirm.statusCode).toBe(200);
    const view = confirm.json<{
      csrfToken: string;
      totpEnrolmentRequired: boolean;
      user: { totpEnabled: boolean };
    }>();
    expect(view.totpEnrolmentRequired).toBe(false);
    expect(view.user.totpEnabled).toBe(true);
    const full = { cookie: cookieOf(confirm), 'x-csrf-token': view.csrfToken };
    expect((await app.inject({ method: 'GET', url: '/api/users', headers: full })).statusCode).toBe(
      200,
    );
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers }))
        .statusCode,
    ).toBe(401);

    const rows = await auditSince(use(), seq);
    expect(rows.map((r) => r.action)).toEqual([
      'auth.sign_in',
      'account.totp_enrol_started',
      'account.totp_enrol_failed',
      'account.totp_enabled',
    ]);

    // From now on the same administrator must give a code at sign-in.
    clock.advance(60_000);
    const next = await passwordStep(admin.username, admin.password);
    expect(next.secondFactorRequired).toBe(true);
  });

  it('moves a session to enrolment as soon as its role starts to require TOTP', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    await use()
      .db.updateTable('users')
      .set({ role: 'auditor' })
      .where('id', '=', user.id)
      .execute();
    const res = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(res.json<{ totpEnrolmentRequired: boolean }>().totpEnrolmentRequired).toBe(true);
    expect(
      (await app.inject({ method: 'GET', url: '/api/roles', headers: s.headers })).statusCode,
    ).toBe(401);
  });
});
