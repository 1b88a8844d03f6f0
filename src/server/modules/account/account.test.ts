import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sign-in.ts';
import type { Database } from '../../db/connection.ts';
import { currentTotpCode } from '../auth/totp.ts';

async function auditActions(database: Database, userId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('audit_log')
    .select('action')
    .where('target_id', '=', userId)
    .where('action', 'like', 'account.%')
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describeWithDatabase('own account', (use) => {
  let app: FastifyInstance;
  let officeId: string;
  const clock = createTestClock('2026-11-25T03:00:00.000Z');

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    officeId = (await createTestOffice(use())).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['shorter than 12 characters', 'pendek123', 'newPassword', /12/],
    ['equal to the username', 'USERNAME', 'newPassword', /nama pengguna/],
    ['equal to the current password', 'CURRENT', 'newPassword', /berbeda/],
  ])(
    'refuses a new password %s and keeps the old one',
    async (_case, candidate, field, message) => {
      const user = await createTestUser(use(), {
        role: 'counter_officer',
        officeId,
        username: `pw-user-${Math.random().toString(36).slice(2, 10)}`,
      });
      const newPassword =
        candidate === 'USERNAME'
          ? user.username
          : candidate === 'CURRENT'
            ? user.password
            : candidate;
      const s = await signIn(app, user.username, user.password, undefined, { clock });
      const res = await app.inject({
        method: 'POST',
        url: '/api/account/password',
        headers: s.headers,
        payload: { currentPassword: user.password, newPassword },
      });
      expect(res.statusCode).toBe(400);
      const problem = res.json<{ errors: { path: string; message: string }[] }>();
      expect(problem.errors[0]?.path).toBe(field);
      expect(problem.errors[0]?.message).toMatch(message);
      await signIn(app, user.username, user.password, undefined, { clock });
    },
  );

  it('opens nothing but the password change while the password is temporary', async () => {
    const user = await createTestUser(use(), {
      role: 'supervisor',
      officeId,
      mustChangePassword: true,
    });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const blocked = await app.inject({ method: 'GET', url: '/api/users', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<{ reason: string }>().reason).toBe('password_change_required');
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(me.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(true);
    const change = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: s.headers,
      payload: { currentPassword: user.password, newPassword: 'rendang dan nasi hangat' },
    });
    expect(change.statusCode).toBe(200);
    const open = await app.inject({ method: 'GET', url: '/api/users', headers: s.headers });
    expect(open.statusCode).toBe(200);
  });

  it('refuses a wrong current password, naming the field, and audits the attempt', async () => {
    const user = await createTestUser(use(), { role: 'counter_officer', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const res = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: { ...s.headers, 'accept-language': 'en' },
      payload: { currentPassword: 'not-it-at-all', newPassword: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string; message: string }[] }>().errors[0]).toEqual({
      path: 'currentPassword',
      message: 'The current password is wrong.',
    });
    expect(await auditActions(use(), user.id)).toEqual(['account.password_change_failed']);
  });

  it('changes the password, clears must-change, keeps this session and ends the others', async () => {
    const user = await createTestUser(use(), {
      role: 'counter_officer',
      officeId,
      mustChangePassword: true,
    });
    const here = await signIn(app, user.username, user.password, undefined, { clock });
    const elsewhere = await signIn(app, user.username, user.password, undefined, { clock });
    const res = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: here.headers,
      payload: { currentPassword: user.password, newPassword: 'sate padang di pasar baru' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ sessionsEnded: number }>().sessionsEnded).toBe(1);
    const mine = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: here.headers,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(
      false,
    );
    const other = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: elsewhere.headers,
    });
    expect(other.statusCode).toBe(401);
    await expect(signIn(app, user.username, user.password)).rejects.toThrow(/401/);
    await signIn(app, user.username, 'sate padang di pasar baru', undefined, { clock });
    expect(await auditActions(use(), user.id)).toEqual(['account.password_changed']);
  });

  it('lets any user enrol TOTP voluntarily; sign-in then asks for the code', async () => {
    const user = await createTestUser(use(), { role: 'supervisor', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const start = await app.inject({
      method: 'POST',
      url: '/api/account/totp/start',
      headers: s.headers,
    });
    const { secret } = start.json<{ secret: string }>();
    const confirm = await app.inject({
      method: 'POST',
      url: '/api/account/totp/confirm',
      headers: s.headers,
      payload: { code: currentTotpCode(secret, clock()) },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json<{ csrfToken: string }>().csrfToken).toBe(s.csrfToken);
    // The session that enrolled stays signed in.
    expect(
      (await app.inject({ method: 'GET', url: '/api/roles', headers: s.headers })).statusCode,
    ).toBe(200);
    const again = await app.inject({
      method: 'POST',
      url: '/api/account/totp/start',
      headers: s.headers,
    });
    expect(again.statusCode).toBe(409);
    clock.advance(30_000);
    const next = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: user.username, password: user.password },
      remoteAddress: '198.51.100.7',
    });
    expect(next.json<{ secondFactorRequired: boolean }>().secondFactorRequired).toBe(true);
    expect(await auditActions(use(), user.id)).toEqual([
      'account.totp_enrol_started',
      'account.totp_enabled',
    ]);
  });

  it('shows the same secret to two enrolment starts at once, and a code from it confirms', async () => {
    const user = await createTestUser(use(), { role: 'supervisor', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const start = () =>
      app.inject({ method: 'POST', url: '/api/account/totp/start', headers: s.headers });
    const [first, second] = await Promise.all([start(), start()]);
    const secrets = [first, second].map((r) => r.json<{ secret: string }>().secret);
    expect(secrets[1]).toBe(secrets[0]);
    const later = (await start()).json<{ secret: string }>().secret;
    expect(later).toBe(secrets[0]);
    const confirm = await app.inject({
      method: 'POST',
      url: '/api/account/totp/confirm',
      headers: s.headers,
      payload: { code: currentTotpCode(later, clock()) },
    });
    expect(confirm.statusCode).toBe(200);
  });

  it('refuses confirmation without a started enrolment', async () => {
    const user = await createTestUser(use(), { role: 'supervisor', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const res = await app.inject({
      method: 'POST',
      url: '/api/account/totp/confirm',
      headers: s.headers,
      payload: { code: '123456' },
    });
    expect(res.statusCode).toBe(409);
  });

  it('sets the language, which the next session view reports', async () => {
    const user = await createTestUser(use(), { role: 'pimpasa', officeId });
    const s = await signIn(app, user.username, user.password, undefined, { clock });
    const res = await app.inject({
      method: 'PUT',
      url: '/api/account/language',
      headers: s.headers,
      payload: { language: 'en' },
    });
    expect(res.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(me.json<{ user: { language: string } }>().user.language).toBe('en');
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/account/language',
      headers: s.headers,
      payload: { language: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.language');
    expect(await auditActions(use(), user.id)).toEqual(['account.language_changed']);
  });
});
