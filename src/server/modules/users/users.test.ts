import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestApp } from '../../../../test/support/app.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';
import { signIn, type SignedIn } from '../../../../test/support/sign-in.ts';
import type { Database } from '../../db/connection.ts';
import type { AppDeps } from '../../deps.ts';

interface Problem {
  code: string;
  errors: { path: string; message: string }[];
}

async function counts(database: Database) {
  const users = await database.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const audit = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { users: Number(users.n), audit: Number(audit.n) };
}

async function lastAudit(database: Database) {
  return database.db
    .selectFrom('audit_log')
    .select(['action', 'actor_username', 'target_id', 'details'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describeWithDatabase('user administration', (use) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let admin: SignedIn;
  let adminName: string;
  let kanwilA: string;
  let kanimA1: string;
  let kanimA2: string;
  let kanimB: string;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use()));
    kanwilA = (await createTestOffice(use(), { kind: 'kanwil' })).id;
    kanimA1 = (await createTestOffice(use(), { kind: 'kanim', parentId: kanwilA })).id;
    kanimA2 = (await createTestOffice(use(), { kind: 'kanim', parentId: kanwilA })).id;
    kanimB = (await createTestOffice(use(), { kind: 'kanim' })).id;
    const a = await createTestUser(use(), { role: 'administrator', officeId: kanwilA });
    adminName = a.username;
    admin = await signIn(app, a.username, a.password, a.totpSecret);
    await createTestUser(use(), {
      role: 'counter_officer',
      username: 'taken.name',
      officeId: kanimB,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  function post(url: string, payload: unknown, as: SignedIn = admin) {
    return app.inject({ method: 'POST', url, payload: payload as object, headers: as.headers });
  }

  it('creates a user with a temporary password that must be changed, and audits it', async () => {
    const res = await post('/api/users', {
      username: 'Siti.Rahma',
      fullName: 'Siti Rahmawati',
      email: 'siti@example.go.id',
      officeId: kanimA1,
      role: 'supervisor',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      user: { id: string; username: string; scopeLevel: string; mustChangePassword: boolean };
      temporaryPassword: string;
    }>();
    expect(body.user.username).toBe('siti.rahma');
    expect(body.user.scopeLevel).toBe('office');
    expect(body.user.mustChangePassword).toBe(true);
    expect(body.temporaryPassword).toMatch(/^[\w]{4}(-[\w]{4}){3}$/);
    const audit = await lastAudit(use());
    expect(audit.action).toBe('user.created');
    expect(audit.actor_username).toBe(adminName);
    expect(audit.target_id).toBe(body.user.id);
    expect(JSON.stringify(audit.details)).not.toContain(body.temporaryPassword);

    const s = await signIn(app, 'siti.rahma', body.temporaryPassword);
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(me.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(true);
  });

  it('creates a user with a given password and an explicit scope, returning no password', async () => {
    const res = await post('/api/users', {
      username: 'andi.analis',
      fullName: 'Andi',
      officeId: kanimA1,
      role: 'intel_analyst',
      scopeLevel: 'kanwil',
      password: 'kopi tubruk pagi hari',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      user: { scopeLevel: string; mustChangePassword: boolean };
      temporaryPassword: null;
    }>();
    expect(body.temporaryPassword).toBeNull();
    expect(body.user).toMatchObject({ scopeLevel: 'kanwil', mustChangePassword: false });
    await signIn(app, 'andi.analis', 'kopi tubruk pagi hari');
  });

  it.each([
    ['a malformed username', { username: 'a b!' }, 400, 'username'],
    ['a too short username', { username: 'ab' }, 400, 'username'],
    ['an unknown role', { role: 'wizard' }, 400, 'role'],
    ['an unknown office', { officeId: '00000000-0000-4000-8000-000000000000' }, 400, 'officeId'],
    ['a short password', { password: 'pendek' }, 400, 'password'],
    [
      'a password equal to the username',
      { username: 'nama.panjang.sekali', password: 'nama.panjang.sekali' },
      400,
      'password',
    ],
    ['a taken username', { username: 'taken.name' }, 409, 'username'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, override, status, field) => {
    const before = await counts(use());
    const res = await post('/api/users', {
      username: 'valid.name',
      fullName: 'Nama Valid',
      officeId: kanimA1,
      role: 'counter_officer',
      ...override,
    });
    expect(res.statusCode).toBe(status);
    const problem = res.json<Problem>();
    expect(problem.errors.map((e) => e.path.replace(/^body\./, ''))).toContain(field);
    expect(await counts(use())).toEqual(before);
  });

  it('names every faulty field of a CLI-style input at once', async () => {
    const { createUser } = await import('./users.service.ts');
    const before = await counts(use());
    const attempt = createUser(
      deps,
      { system: true, name: 'test', requestId: 'r1' },
      {
        username: 'X',
        fullName: ' ',
        officeId: '00000000-0000-4000-8000-000000000000',
        role: 'wizard',
      },
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'validation',
      details: {
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'username' }),
          expect.objectContaining({ path: 'fullName' }),
          expect.objectContaining({ path: 'role' }),
          expect.objectContaining({ path: 'officeId' }),
        ]) as unknown,
      },
    });
    expect(await counts(use())).toEqual(before);
  });

  it('refuses user creation to a role without user.manage', async () => {
    const sup = await createTestUser(use(), { role: 'supervisor', officeId: kanimA1 });
    const s = await signIn(app, sup.username, sup.password);
    const res = await post(
      '/api/users',
      { username: 'x.y.z', fullName: 'X', officeId: kanimA1, role: 'counter_officer' },
      s,
    );
    expect(res.statusCode).toBe(403);
  });

  it('lists only the users in the reader’s scope', async () => {
    const inA1 = await createTestUser(use(), { role: 'counter_officer', officeId: kanimA1 });
    const inA2 = await createTestUser(use(), { role: 'counter_officer', officeId: kanimA2 });
    const inB = await createTestUser(use(), { role: 'counter_officer', officeId: kanimB });
    const officeScoped = await createTestUser(use(), { role: 'supervisor', officeId: kanimA1 });
    const kanwilScoped = await createTestUser(use(), {
      role: 'head',
      officeId: kanimA2,
      scopeLevel: 'kanwil',
    });
    const names = async (s: SignedIn, query = '') => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/users${query}`,
        headers: s.headers,
      });
      expect(res.statusCode).toBe(200);
      return res.json<{ users: { username: string }[] }>().users.map((u) => u.username);
    };
    const sup = await names(await signIn(app, officeScoped.username, officeScoped.password));
    expect(sup).toContain(inA1.username);
    expect(sup).not.toContain(inA2.username);
    expect(sup).not.toContain(inB.username);
    const head = await names(await signIn(app, kanwilScoped.username, kanwilScoped.password));
    expect(head).toEqual(expect.arrayContaining([inA1.username, inA2.username]));
    expect(head).not.toContain(inB.username);
    const all = await names(admin);
    expect(all).toEqual(expect.arrayContaining([inA1.username, inA2.username, inB.username]));
    const filtered = await names(admin, `?officeId=${kanimB}&role=counter_officer`);
    expect(filtered).toContain(inB.username);
    expect(filtered).not.toContain(inA1.username);

    const supSession = await signIn(app, officeScoped.username, officeScoped.password);
    const outside = await app.inject({
      method: 'GET',
      url: `/api/users/${inB.id}`,
      headers: supSession.headers,
    });
    expect(outside.statusCode).toBe(404);
    const inside = await app.inject({
      method: 'GET',
      url: `/api/users/${inA1.id}`,
      headers: supSession.headers,
    });
    expect(inside.statusCode).toBe(200);
  });

  it('changes role (taking its default scope), office and disabled flag, ending sessions on disable', async () => {
    const u = await createTestUser(use(), { role: 'counter_officer', officeId: kanimA1 });
    const s = await signIn(app, u.username, u.password);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      headers: admin.headers,
      payload: { role: 'intel_analyst', officeId: kanimA2 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ role: string; scopeLevel: string; office: { id: string } }>()).toMatchObject({
      role: 'intel_analyst',
      scopeLevel: 'agreement',
      office: { id: kanimA2 },
    });
    const audit = await lastAudit(use());
    expect(audit.action).toBe('user.updated');
    expect(audit.details.changes).toEqual({
      officeId: { from: kanimA1, to: kanimA2 },
      role: { from: 'counter_officer', to: 'intel_analyst' },
      scopeLevel: { from: 'office', to: 'agreement' },
    });
    // The role applies to the running session at once.
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers });
    expect(me.json<{ user: { role: string } }>().user.role).toBe('intel_analyst');

    const disable = await app.inject({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect((await lastAudit(use())).details.sessionsEnded).toBe(1);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers }))
        .statusCode,
    ).toBe(401);
  });

  it.each([
    ['an unknown office', { officeId: '00000000-0000-4000-8000-000000000000' }, 400, 'officeId'],
    ['an unknown role', { role: 'wizard' }, 400, 'role'],
    ['no change at all', {}, 400, 'body'],
  ])('refuses an update with %s and writes nothing', async (_case, payload, status, field) => {
    const u = await createTestUser(use(), { role: 'counter_officer', officeId: kanimA1 });
    const before = await counts(use());
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      headers: admin.headers,
      payload,
    });
    expect(res.statusCode).toBe(status);
    expect(res.json<Problem>().errors.map((e) => e.path)).toContainEqual(
      expect.stringContaining(field),
    );
    expect(await counts(use())).toEqual(before);
    const row = await use()
      .db.selectFrom('users')
      .select(['role', 'office_id'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'counter_officer', office_id: kanimA1 });
  });

  it('refuses to let an administrator disable their own account', async () => {
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: admin.headers,
    });
    const id = me.json<{ user: { id: string } }>().user.id;
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().errors[0]?.path).toBe('disabled');
  });

  it('resets a password: a temporary one, sessions ended, lockout cleared, audited', async () => {
    const u = await createTestUser(use(), { role: 'counter_officer', officeId: kanimA1 });
    const s = await signIn(app, u.username, u.password);
    await use()
      .db.updateTable('users')
      .set({ failed_attempts: 7, locked_until: new Date(Date.now() + 3_600_000) })
      .where('id', '=', u.id)
      .execute();
    const res = await post(`/api/users/${u.id}/reset-password`, undefined);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ temporaryPassword: string; sessionsEnded: number }>();
    expect(body.sessionsEnded).toBe(1);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: s.headers }))
        .statusCode,
    ).toBe(401);
    const row = await use()
      .db.selectFrom('users')
      .select(['failed_attempts', 'locked_until', 'must_change_password'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null, must_change_password: true });
    const audit = await lastAudit(use());
    expect(audit).toMatchObject({
      action: 'user.password_reset',
      target_id: u.id,
      details: { lockoutCleared: true },
    });
    await signIn(app, u.username, body.temporaryPassword);
    await expect(signIn(app, u.username, u.password)).rejects.toThrow(/401/);
  });

  it('lists the roles with labels, permissions, default scope and TOTP rule', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/roles', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const roles = res.json<{
      roles: { id: string; label: { en: string }; requiresTotp: boolean; defaultScope: string }[];
    }>().roles;
    expect(roles).toHaveLength(8);
    expect(roles.find((r) => r.id === 'auditor')).toMatchObject({
      requiresTotp: true,
      defaultScope: 'national',
      label: { en: 'Auditor' },
    });
    expect((await app.inject({ method: 'GET', url: '/api/roles' })).statusCode).toBe(401);
  });
});

describeWithDatabase('the last administrator', (use) => {
  it('cannot be given another role', async () => {
    const { app } = await createTestApp(use());
    const a = await createTestUser(use(), { role: 'administrator' });
    const s = await signIn(app, a.username, a.password, a.totpSecret);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${a.id}`,
      headers: s.headers,
      payload: { role: 'auditor' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().errors[0]?.path).toBe('role');
    const row = await use()
      .db.selectFrom('users')
      .select('role')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('administrator');
    await app.close();
  });
});
